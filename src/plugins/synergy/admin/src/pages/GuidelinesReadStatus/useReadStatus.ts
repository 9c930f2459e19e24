import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../pluginId';
import { usePanelData } from '../../hooks/usePanelData';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import type { ReadOverviewResponse, ReadStatusResponse } from './types';

const base = `/${PLUGIN_ID}/guidelines`;

/** The must-read guidelines in force, with their counts. */
export const useReadOverview = () => {
  const { get } = useFetchClient();
  const load = React.useMemo(() => async () => (await get<ReadOverviewResponse>(`${base}/read-overview`)).data, [get]);
  return usePanelData(load);
};

/** One guideline's read status (null: none chosen), and confirming the reading for the caller's unit. */
export const useReadStatus = (documentId: string | null, version?: string) => {
  const { get, post } = useFetchClient();
  const load = React.useMemo(
    () => (documentId ? async () => (await get<ReadStatusResponse>(`${base}/${encodeURIComponent(documentId)}/read-status`)).data : null),
    [get, documentId]
  );
  const { state, reload } = usePanelData(load, version);
  const [confirming, setConfirming] = React.useState(false);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const confirm = React.useCallback(async () => {
    if (!documentId) return;
    setConfirming(true);
    setFailure(null);
    try {
      await post(`${base}/${encodeURIComponent(documentId)}/read`, {});
      reload();
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setConfirming(false);
    }
  }, [post, documentId, reload]);
  return { state, reload, confirm, confirming, failure };
};
