import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { LetterDiffResponse, LetterVersionRef, LetterVersionsResponse } from '../../../../shared/contracts';
import { usePanelData } from '../../hooks/usePanelData';
import { PLUGIN_ID } from '../../pluginId';
import { collectionPath } from '../../services/admin-views';

export interface LetterChoice {
  documentId: string;
  title: string;
  year: number | null;
  state: string;
  unit: string | null;
}

/** The letters the admin reads (the content manager's list, so its permissions apply), newest year first. */
export const useLetterChoices = (uid: string | undefined, search: string) => {
  const { get } = useFetchClient();
  const load = React.useMemo(
    () =>
      uid
        ? async (): Promise<LetterChoice[]> => {
            const { data } = await get<{ results: any[] }>(collectionPath(uid), {
              params: { page: 1, pageSize: 50, sort: 'year:DESC', ...(search ? { _q: search } : {}) },
            });
            return data.results.map((row) => ({
              documentId: row.documentId,
              title: row.title,
              year: row.year ?? null,
              state: row.state,
              unit: row.ownerUnit?.name ?? null,
            }));
          }
        : null,
    [get, uid, search]
  );
  return usePanelData(load).state;
};

/** A letter's signed versions. */
export const useLetterVersions = (documentId: string | null, version?: string) => {
  const { get } = useFetchClient();
  const load = React.useMemo(
    () =>
      documentId
        ? async () =>
            (await get<LetterVersionsResponse>(`/${PLUGIN_ID}/responsibility-letters/${encodeURIComponent(documentId)}/versions`)).data
        : null,
    [get, documentId]
  );
  return usePanelData(load, version).state;
};

/** The diff of two versions of a letter. */
export const useLetterDiff = (documentId: string | null, from: LetterVersionRef | null, to: LetterVersionRef | null) => {
  const { get } = useFetchClient();
  const load = React.useMemo(
    () =>
      documentId && from !== null && to !== null
        ? async () =>
            (
              await get<LetterDiffResponse>(`/${PLUGIN_ID}/responsibility-letters/${encodeURIComponent(documentId)}/diff`, {
                params: { from: String(from), to: String(to) },
              })
            ).data
        : null,
    [get, documentId, from, to]
  );
  return usePanelData(load).state;
};
