/**
 * Data of the matching workbench, through the synergy plugin's admin routes: the open demands
 * the caller may match, one demand's candidates, and HQ's latest bulk run (polled while it runs).
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { MatchableDemandsResponse, MatchesResponse, MatchRunResponse } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export type Loaded<T> =
  { phase: 'idle' } | { phase: 'loading'; last?: T } | { phase: 'ready'; value: T } | { phase: 'failed'; failure: ApiFailure };

export const lastValue = <T>(state: Loaded<T>): T | undefined =>
  state.phase === 'ready' ? state.value : state.phase === 'loading' ? state.last : undefined;

const BASE = `/${PLUGIN_ID}/matching`;
const SEARCH_DELAY_MS = 300;
const POLL_MS = 1000;
export const CANDIDATE_LIMIT = 10;

/** The open demands the caller may match whose title contains `search` (asked again as the search settles). */
export const useMatchableDemands = (search: string, version: number) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loaded<MatchableDemandsResponse>>({ phase: 'idle' });
  React.useEffect(() => {
    let current = true;
    setState((previous) => ({ phase: 'loading', last: lastValue(previous) }));
    const timer = setTimeout(
      () => {
        get<MatchableDemandsResponse>(`${BASE}/demands`, { params: search ? { search } : {} })
          .then(({ data }) => current && setState({ phase: 'ready', value: data }))
          .catch((error: unknown) => current && setState({ phase: 'failed', failure: toApiFailure(error) }));
      },
      search ? SEARCH_DELAY_MS : 0
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [get, search, version]);
  return state;
};

/**
 * The ranked candidates of one demand, and what the caller may do with them now: start docking
 * (the `dock` transition), or file an exemption — it matters to whoever may close the demand as
 * bought outside (`close-external`: the demand's own unit, or HQ).
 */
export const useMatches = (documentId: string | null, collection: string | null, version: number) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loaded<{ matches: MatchesResponse; mayDock: boolean; mayExempt: boolean }>>({ phase: 'idle' });
  React.useEffect(() => {
    if (!documentId || !collection) return setState({ phase: 'idle' });
    let current = true;
    setState({ phase: 'loading' });
    const id = encodeURIComponent(documentId);
    Promise.all([
      get<MatchesResponse>(`${BASE}/demands/${id}/matches`, { params: { limit: CANDIDATE_LIMIT } }),
      get<{ data: Array<{ action: string }> }>(`/${PLUGIN_ID}/${collection}/${id}/transitions`),
    ])
      .then(([matches, transitions]) => {
        if (!current) return;
        const actions = transitions.data.data.map((t) => t.action);
        setState({
          phase: 'ready',
          value: { matches: matches.data, mayDock: actions.includes('dock'), mayExempt: actions.includes('close-external') },
        });
      })
      .catch((error: unknown) => current && setState({ phase: 'failed', failure: toApiFailure(error) }));
    return () => {
      current = false;
    };
  }, [get, documentId, collection, version]);
  return state;
};

/** HQ's latest bulk run (one page of its table; null before the first), polled while it runs; `start` begins a new one. */
export const useMatchRun = (page: number, pageSize: number) => {
  const { get, post } = useFetchClient();
  const [state, setState] = React.useState<Loaded<MatchRunResponse>>({ phase: 'idle' });
  const [runId, setRunId] = React.useState<number | 'latest'>('latest');
  const [tick, setTick] = React.useState(0);
  const [starting, setStarting] = React.useState(false);
  const [startFailure, setStartFailure] = React.useState<ApiFailure | null>(null);

  React.useEffect(() => {
    let current = true;
    setState((previous) => ({ phase: 'loading', last: lastValue(previous) }));
    get<MatchRunResponse>(`${BASE}/runs/${runId}`, { params: { page, pageSize } })
      .then(({ data }) => current && setState({ phase: 'ready', value: data }))
      .catch((error: unknown) => current && setState({ phase: 'failed', failure: toApiFailure(error) }));
    return () => {
      current = false;
    };
  }, [get, runId, page, pageSize, tick]);

  const run = lastValue(state)?.data;
  const running = run?.status === 'running' && !run.stale;
  React.useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state]);

  const start = React.useCallback(async () => {
    setStarting(true);
    setStartFailure(null);
    try {
      const { data } = await post<{ data: { id: number } }>(`${BASE}/runs`);
      setRunId(data.data.id);
      setTick((n) => n + 1);
    } catch (error) {
      setStartFailure(toApiFailure(error));
    } finally {
      setStarting(false);
    }
  }, [post]);

  return { state, start, starting, startFailure };
};
