/**
 * The caller's delegations (GET /synergy/todos/delegations), its colleagues of the same unit to
 * hand its to-dos to (GET /synergy/todos/colleagues), starting one and ending one early.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TodoColleague, TodoDelegationRequest, TodoDelegationView } from '../../../shared/contracts/todos';
import { PLUGIN_ID } from '../pluginId';
import { toApiFailure, type ApiFailure } from '../utils/api-error';

const BASE = `/${PLUGIN_ID}/todos`;

export type Outcome = { ok: true } | { ok: false; failure: ApiFailure };

export const useDelegations = (onChange: () => void) => {
  const { get, post } = useFetchClient();
  const [delegations, setDelegations] = React.useState<TodoDelegationView[] | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [version, setVersion] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    get<{ data: TodoDelegationView[] }>(`${BASE}/delegations`)
      .then(({ data }) => current && (setDelegations(data.data), setFailure(null)))
      .catch((error) => current && setFailure(toApiFailure(error)));
    return () => {
      current = false;
    };
  }, [get, version]);

  const changed = React.useCallback(() => {
    setVersion((v) => v + 1);
    onChange();
  }, [onChange]);

  const colleagues = React.useCallback(async (): Promise<TodoColleague[]> => {
    const { data } = await get<{ data: TodoColleague[] }>(`${BASE}/colleagues`);
    return data.data;
  }, [get]);

  const delegate = React.useCallback(
    async (request: TodoDelegationRequest['data']): Promise<Outcome> => {
      try {
        await post<unknown, TodoDelegationRequest>(`${BASE}/delegations`, { data: request });
        changed();
        return { ok: true };
      } catch (error) {
        return { ok: false, failure: toApiFailure(error) };
      }
    },
    [post, changed]
  );

  const end = React.useCallback(
    async (documentId: string): Promise<Outcome> => {
      try {
        await post(`${BASE}/delegations/${documentId}/end`);
        changed();
        return { ok: true };
      } catch (error) {
        const outcome = { ok: false as const, failure: toApiFailure(error) };
        setFailure(outcome.failure);
        return outcome;
      }
    },
    [post, changed]
  );

  return { delegations, failure, colleagues, delegate, end };
};
