/**
 * A page of the signed-in admin's to-dos (GET /synergy/todos), and acting on them from the inbox:
 * an item's action is POSTed to its `href` (the workflow's transitions endpoint, with its usual
 * 403 and 409). After an action the page and the shared count are asked again, so the item is gone
 * as soon as its cause is done and the badge follows.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TodoAction, TodoKind, TodoListResponse } from '../../../shared/contracts/todos';
import { PLUGIN_ID } from '../pluginId';
import { toApiFailure, type ApiFailure } from '../utils/api-error';
import { refreshTodoCount, setTodoCount, useTodoCount } from './todo-count';

export interface TodosQuery {
  kind?: TodoKind;
  overdue?: boolean;
  dueBefore?: string;
  page: number;
  pageSize: number;
}

export type ActionOutcome = { ok: true; state: string } | { ok: false; failure: ApiFailure };

/** The query string of GET /synergy/todos for `query`. */
export const todosSearch = (query: TodosQuery) => {
  const search = new URLSearchParams({ 'pagination[page]': String(query.page), 'pagination[pageSize]': String(query.pageSize) });
  if (query.kind) search.set('filters[kind]', query.kind);
  if (query.overdue) search.set('filters[overdue]', 'true');
  if (query.dueBefore) search.set('filters[dueBefore]', query.dueBefore);
  return search.toString();
};

export const useTodos = (query: TodosQuery) => {
  const { get, post } = useFetchClient();
  const [answer, setAnswer] = React.useState<TodoListResponse | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [version, setVersion] = React.useState(0);
  const search = todosSearch(query);
  const unfiltered = !query.kind && !query.overdue && !query.dueBefore;

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    get<TodoListResponse>(`/${PLUGIN_ID}/todos?${search}`)
      .then(({ data }) => {
        if (!current) return;
        setAnswer(data);
        setFailure(null);
        // The whole inbox's total is the badge's count; a filtered page's is not.
        if (unfiltered) setTodoCount(data.meta.pagination.total);
      })
      .catch((error) => current && setFailure(toApiFailure(error)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, search, unfiltered, version]);

  // The shared count is asked every minute and after every action: when it no longer matches
  // this unfiltered page's total, something changed elsewhere (another tab, a colleague, a
  // scheduled scan), and the page is asked again — the list never disagrees with the badge for long.
  const shared = useTodoCount();
  const stale = unfiltered && !loading && answer !== null && shared !== null && shared !== answer.meta.pagination.total;
  React.useEffect(() => {
    if (stale) setVersion((v) => v + 1);
  }, [stale]);

  const reload = React.useCallback(() => {
    setVersion((v) => v + 1);
    void refreshTodoCount();
  }, []);

  /** Takes one action; the caller reloads (once, after a bulk run). */
  const act = React.useCallback(
    async (action: TodoAction): Promise<ActionOutcome> => {
      try {
        const { data } = await post<{ data: { state: string } }>(action.href, { action: action.action });
        return { ok: true, state: data.data.state };
      } catch (error) {
        return { ok: false, failure: toApiFailure(error) };
      }
    },
    [post]
  );

  return { answer, failure, loading, reload, act };
};
