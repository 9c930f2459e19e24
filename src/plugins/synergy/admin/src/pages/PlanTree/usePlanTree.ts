import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { AllowedAction, PlanSummary, PlanTree, TransitionsResponse } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export type { PlanNode, PlanSummary, PlanTree } from '../../../../shared/contracts';

const PLANS = `/${PLUGIN_ID}/annual-plans`;

/** The plans the admin may read, the chosen plan's tree and its allowed transitions; every write reloads them. */
export const usePlanTree = (chosen: string | null) => {
  const { get, post } = useFetchClient();
  const [plans, setPlans] = React.useState<PlanSummary[] | null>(null);
  const [tree, setTree] = React.useState<PlanTree | null>(null);
  const [actions, setActions] = React.useState<AllowedAction[]>([]);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [version, setVersion] = React.useState(0);
  // The chosen plan, else the latest year's.
  const documentId = chosen ?? plans?.[0]?.documentId ?? null;

  React.useEffect(() => {
    get<{ data: PlanSummary[] }>(PLANS)
      .then(({ data }) => setPlans(data.data))
      .catch((error) => setFailure(toApiFailure(error)));
  }, [get]);

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    const base = `/${PLUGIN_ID}/annual-plans/${encodeURIComponent(documentId)}`;
    Promise.all([get<{ data: PlanTree }>(`${base}/tree`), get<TransitionsResponse>(`${base}/transitions`)])
      .then(([treeAnswer, transitions]) => {
        if (!current) return;
        setTree(treeAnswer.data.data);
        setActions(transitions.data.data);
        setFailure(null);
      })
      .catch((error) => current && setFailure(toApiFailure(error)));
    return () => {
      current = false;
    };
  }, [get, documentId, version]);

  /** POSTs to the plan (decompose, group-targets, transitions); null when done, else the server's refusal. */
  const send = React.useCallback(
    async (path: string, body: unknown): Promise<ApiFailure | null> => {
      if (!documentId) return null;
      try {
        await post(`/${PLUGIN_ID}/annual-plans/${encodeURIComponent(documentId)}/${path}`, body);
        setVersion((v) => v + 1);
        return null;
      } catch (error) {
        return toApiFailure(error);
      }
    },
    [post, documentId]
  );

  return { plans, documentId, tree, actions, failure, send };
};
