import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export interface Column {
  key: string;
  zh: string;
  en: string;
  type: 'text' | 'integer' | 'number' | 'percent' | 'amount';
}

export interface Section {
  kind: string;
  title: { zh: string; en: string };
  prompt: string;
  tables: Array<{ title: { zh: string; en: string }; columns: Column[]; rows: Array<Record<string, string | number | null>> }>;
}

export interface Report {
  documentId: string;
  title: string;
  unitName: string;
  periodLabel: string;
  version: number;
  state: string;
  generatedAt: string;
  sections: Section[];
  commentary: Record<string, string> | null;
}

export interface Options {
  canGenerate: boolean;
  templates: Array<{ documentId: string; name: string; description: string | null }>;
  units: Array<{ documentId: string; code: string; name: string; level: string; depth: number }>;
  reports: Array<{
    documentId: string;
    title: string;
    unitName: string;
    periodLabel: string;
    version: number;
    state: string;
    generatedAt: string;
  }>;
}

const BASE = `/${PLUGIN_ID}/analysis-reports`;

/** The page's choices (templates, units in the caller's scope, its latest reports); `reload` after a change. */
export const useOptions = () => {
  const { get } = useFetchClient();
  const [options, setOptions] = React.useState<Options | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    get<{ data: Options }>(`${BASE}/options`)
      .then(({ data }) => current && (setOptions(data.data), setFailure(null)))
      .catch((error) => current && setFailure(toApiFailure(error)));
    return () => {
      current = false;
    };
  }, [get, generation]);
  return { options, failure, reload: () => setGeneration((n) => n + 1) };
};

/** One report's snapshot, and the writes the page makes to it. */
export const useReport = (documentId: string | null) => {
  const { get, put, post } = useFetchClient();
  const [report, setReport] = React.useState<Report | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  React.useEffect(() => {
    let current = true;
    setReport(null);
    if (!documentId) return undefined;
    get<{ data: Report }>(`${BASE}/${documentId}/snapshot`)
      .then(({ data }) => current && (setReport(data.data), setFailure(null)))
      .catch((error) => current && setFailure(toApiFailure(error)));
    return () => {
      current = false;
    };
  }, [get, documentId]);

  const saveCommentary = async (commentary: Record<string, string>) => {
    const { data } = await put<{ data: Report }>(`${BASE}/${documentId}/commentary`, { data: { commentary } });
    setReport(data.data);
  };
  const finalise = async () => {
    await post(`/${PLUGIN_ID}/analysis-reports/${documentId}/transitions`, { action: 'finalise' });
    const { data } = await get<{ data: Report }>(`${BASE}/${documentId}/snapshot`);
    setReport(data.data);
  };
  return { report, failure, saveCommentary, finalise };
};

export const generateReport = async (
  post: ReturnType<typeof useFetchClient>['post'],
  body: { template: string; unit: string; year: number; period: string }
): Promise<Report> => (await post<{ data: Report }>(`${BASE}/generate`, { data: body })).data.data;
