import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AllowedAction, HistoryEntry, HistoryResponse, TransitionsResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { usePanelData, type PanelData } from './usePanelData';

export interface WorkflowView {
  status: string;
  actions: AllowedAction[];
  history: HistoryEntry[];
}

/** 'absent' when the type has no workflow, or the record is out of the caller's reach. */
export type WorkflowState = PanelData<WorkflowView>;

export const workflowPath = (collection: string, documentId: string) => `/${PLUGIN_ID}/${collection}/${encodeURIComponent(documentId)}`;

/**
 * The record's status, the caller's allowed actions and the history. Loaded again when `version`
 * changes (the document's updatedAt) or on reload(); the last view stays shown meanwhile.
 */
export const useWorkflow = (collection: string | undefined, documentId: string | undefined, version?: string) => {
  const { get } = useFetchClient();
  const load = React.useMemo(() => {
    if (!collection || !documentId) return null;
    const path = workflowPath(collection, documentId);
    // Transitions first: their 404 tells a type without a workflow, which then needs no history.
    return async (): Promise<WorkflowView> => {
      const transitions = await get<TransitionsResponse>(`${path}/transitions`);
      const history = await get<HistoryResponse>(`${path}/history`);
      return { status: transitions.data.meta.status, actions: transitions.data.data, history: history.data.data };
    };
  }, [get, collection, documentId]);
  return usePanelData(load, version);
};
