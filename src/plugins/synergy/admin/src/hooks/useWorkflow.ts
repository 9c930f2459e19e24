import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AllowedAction, HistoryEntry, HistoryResponse, TransitionsResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { toApiFailure, type ApiFailure } from '../utils/api-error';

export interface WorkflowView {
  status: string;
  actions: AllowedAction[];
  history: HistoryEntry[];
}

export type WorkflowState =
  | { phase: 'loading' }
  /** The type has no workflow, or the record is out of the caller's reach: no panel. */
  | { phase: 'absent' }
  | { phase: 'failed'; failure: ApiFailure }
  | { phase: 'ready'; view: WorkflowView };

export const workflowPath = (collection: string, documentId: string) =>
  `/${PLUGIN_ID}/${collection}/${encodeURIComponent(documentId)}`;

/**
 * The record's status, the caller's allowed actions and the history. Loaded again when `version`
 * changes (the document's updatedAt) or on reload(); the last view stays shown meanwhile.
 */
export const useWorkflow = (collection: string | undefined, documentId: string | undefined, version?: string) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<WorkflowState>({ phase: 'loading' });
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    if (!collection || !documentId) return;
    let current = true;
    const path = workflowPath(collection, documentId);
    // Transitions first: their 404 tells a type without a workflow, which then needs no history.
    const load = async (): Promise<WorkflowView> => {
      const transitions = await get<TransitionsResponse>(`${path}/transitions`);
      const history = await get<HistoryResponse>(`${path}/history`);
      return { status: transitions.data.meta.status, actions: transitions.data.data, history: history.data.data };
    };
    load()
      .then((view) => {
        if (current) setState({ phase: 'ready', view });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const failure = toApiFailure(error);
        setState(failure.status === 404 ? { phase: 'absent' } : { phase: 'failed', failure });
      });
    return () => {
      current = false;
    };
  }, [get, collection, documentId, version, reloads]);

  const reload = React.useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
};
