import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import type { Achievement, AchievementUnit } from '../Achievement/useAchievement';
import type { CockpitAssessment } from '../../../../shared/contracts/cockpit';

export type { CockpitAssessment };

export type TaskLight = 'green' | 'yellow' | 'red';

/** A node's synergy figures (GET /synergy/cockpit): its own units' plus its children's. */
export interface NodeFigures {
  demands: { total: number; byState: Record<string, number> };
  /** Yuan, by period ('2026-Q1', '2026-H1', '2026'). */
  benefit: { confirmed: number; byPeriod: Record<string, number> };
  tasks: {
    open: number;
    byLight: Record<TaskLight, number>;
    due: number;
    doneOnTime: number;
    overdue: number;
    /** 0..1, null when nothing was due. */
    landingRate: number | null;
  };
}

export interface Cockpit {
  unit: AchievementUnit;
  trail: AchievementUnit[];
  year: number;
  period: string;
  demandStates: string[];
  synergy: { figures: NodeFigures; own: NodeFigures; children: Array<{ unit: AchievementUnit; figures: NodeFigures }> };
  indicators: Pick<Achievement, 'indicators' | 'figures' | 'children'>;
  assessment: CockpitAssessment[];
}

export interface CockpitQuery {
  unit: string | null;
  year: number;
  period: string;
}

/** One node of the cockpit for a year and period (the server applies the admin's scope before it sums). */
export const useCockpit = ({ unit, year, period }: CockpitQuery) => {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<Cockpit | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    const params = new URLSearchParams({ year: String(year), period, ...(unit ? { unit } : {}) });
    get<{ data: Cockpit }>(`/${PLUGIN_ID}/cockpit?${params}`)
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
  }, [get, unit, year, period]);

  return { answer, failure, loading };
};
