import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export interface GridUnit {
  documentId: string;
  code: string;
  name: string;
  level: string;
  writable: boolean;
}

export interface GridRow {
  indicator: { documentId: string; code: string; name: string; unit: string | null; decimals: number | null };
  value: {
    documentId: string;
    value: number | null;
    exclusion: number | null;
    exclusionReason: string | null;
    exclusionState: string;
    adjustedValue: number | null;
    revision: number;
  } | null;
  previous: number | null;
  correction: { documentId: string; state: string; correctedValue: number | null; reason: string | null } | null;
}

export interface Grid {
  unit: GridUnit;
  period: { year: number; kind: 'month' | 'quarter' | 'year'; number: number; label: string };
  previousPeriod: string;
  /** The closed period that locks this one, or null when it is open. */
  closed: string | null;
  units: GridUnit[];
  rows: GridRow[];
}

export interface GridQuery {
  unit: string | null;
  year: number;
  periodKind: string;
  periodNumber: number;
}

/** What a cell holds while edited: text, so the server (not the input) judges what is a number. */
export interface CellInput {
  value: string;
  exclusion: string;
  exclusionReason: string;
}

/** The server's problems of a refused save, by the indicator code of the row they name. */
export type RowErrors = Record<string, string[]>;

const rowProblems = (error: unknown, sent: string[], locale: string): RowErrors => {
  if (!isFetchError(error)) return {};
  const details = error.response?.data?.error?.details as { errors?: unknown } | undefined;
  const problems = (Array.isArray(details?.errors) ? details.errors : []) as Array<{
    path?: string[];
    messages?: { en: string; zh: string };
    message?: string;
  }>;
  const byRow: RowErrors = {};
  for (const problem of problems) {
    const [head, row] = problem.path ?? [];
    const code = head === 'rows' ? sent[Number(row) - 1] : undefined;
    if (!code) continue;
    const text = problem.messages ? (locale.toLowerCase().startsWith('zh') ? problem.messages.zh : problem.messages.en) : problem.message;
    (byRow[code] ??= []).push(String(text ?? ''));
  }
  return byRow;
};

/** The grid of a unit and period, saving it all or nothing, and filing a correction of a closed value. */
export const useValueGrid = (query: GridQuery, locale: string) => {
  const { get, put, post } = useFetchClient();
  const [grid, setGrid] = React.useState<Grid | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    const params = new URLSearchParams({
      year: String(query.year),
      periodKind: query.periodKind,
      periodNumber: String(query.periodNumber),
      ...(query.unit ? { unit: query.unit } : {}),
    });
    get<{ data: Grid }>(`/${PLUGIN_ID}/indicator-values/grid?${params}`)
      .then(({ data }) => current && (setGrid(data.data), setFailure(null)))
      .catch((error) => current && (setGrid(null), setFailure(toApiFailure(error))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, query.unit, query.year, query.periodKind, query.periodNumber, reloads]);

  const reload = React.useCallback(() => setReloads((n) => n + 1), []);

  /** Sends every filled row; on a refusal, the problems by row (nothing was written). */
  const save = React.useCallback(
    async (inputs: Record<string, CellInput>) => {
      if (!grid) return { ok: false as const, failure: null, rowErrors: {} };
      const filled = grid.rows.filter((row) => {
        const input = inputs[row.indicator.code];
        return input && (input.value.trim() !== '' || input.exclusion.trim() !== '' || row.value !== null);
      });
      const rows = filled.map((row) => {
        const input = inputs[row.indicator.code];
        return {
          indicator: row.indicator.code,
          value: input.value.trim(),
          exclusion: input.exclusion.trim() === '' ? null : input.exclusion.trim(),
          exclusionReason: input.exclusionReason.trim() || null,
        };
      });
      try {
        const { data } = await put<{ data: { created: number; updated: number; unchanged: number } }>(
          `/${PLUGIN_ID}/indicator-values/grid`,
          { unit: grid.unit.documentId, year: grid.period.year, periodKind: grid.period.kind, periodNumber: grid.period.number, rows }
        );
        reload();
        return { ok: true as const, counts: data.data, rowErrors: {} };
      } catch (error) {
        return {
          ok: false as const,
          failure: toApiFailure(error),
          rowErrors: rowProblems(
            error,
            filled.map((row) => row.indicator.code),
            locale
          ),
        };
      }
    },
    [grid, put, reload, locale]
  );

  const fileCorrection = React.useCallback(
    async (value: string, correctedValue: string, reason: string) => {
      try {
        await post(`/${PLUGIN_ID}/indicator-corrections/file`, { data: { value, correctedValue, reason } });
        reload();
        return null;
      } catch (error) {
        return toApiFailure(error);
      }
    },
    [post, reload]
  );

  return { grid, failure, loading, save, fileCorrection };
};
