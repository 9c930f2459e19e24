import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

/** The figures of a report, in the order the page shows them (the server's compiled quarter). */
export const FIGURE_KEYS = [
  'demandsPublished',
  'demandsDocking',
  'demandsAgreed',
  'projectsLanded',
  'projectAmount',
  'benefitsConfirmed',
  'benefitAmount',
  'tendersAwarded',
  'exemptionsApproved',
] as const;
export const AMOUNT_KEYS: ReadonlyArray<string> = ['projectAmount', 'benefitAmount'];

export type Figures = Record<(typeof FIGURE_KEYS)[number], number>;

export interface CompiledUnit {
  unit: { documentId: string; code: string | null; name: string };
  report: { documentId: string; state: string } | null;
  figures: Figures | null;
}

export interface CompiledQuarter {
  quarter: string;
  segments: Array<{
    segment: { code: string | null; name: string } | null;
    units: CompiledUnit[];
    handedIn: number;
    missing: number;
    totals: Figures;
  }>;
  group: { handedIn: number; missing: number; totals: Figures };
  missing: Array<{ documentId: string; code: string | null; name: string; segment: string | null }>;
}

/** HQ's compiled quarter (`quarter` null: the quarter HQ collects now, as the server decides). */
export const useCompiledQuarter = (quarter: string | null) => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<CompiledQuarter | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    const query = quarter ? `?${new URLSearchParams({ quarter })}` : '';
    get<{ data: CompiledQuarter }>(`/${PLUGIN_ID}/quarterly-reports/compiled${query}`)
      .then(({ data }) => {
        if (!current) return;
        setAnswer(data.data);
        setFailure(null);
      })
      .catch((error) => current && (setAnswer(null), setFailure(toApiFailure(error))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, quarter]);

  return { answer, failure, loading };
};
