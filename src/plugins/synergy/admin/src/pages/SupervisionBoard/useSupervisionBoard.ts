import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { BoardTask, SupervisionBoardResponse } from '../../../../shared/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';

export type BoardQuery = Partial<Record<'from' | 'to' | 'category' | 'unit' | 'light' | 'state', string>>;

/** The board for a query; `replaceTask` puts a task changed by an action (催办) in place without a reload. */
export const useSupervisionBoard = (query: BoardQuery) => {
  const { get } = useFetchClient();
  const [board, setBoard] = React.useState<SupervisionBoardResponse | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [version, setVersion] = React.useState(0);
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1])).toString();

  React.useEffect(() => {
    let current = true;
    setLoading(true);
    get<SupervisionBoardResponse>(`/${PLUGIN_ID}/supervision/board${search ? `?${search}` : ''}`)
      .then(({ data }) => {
        if (!current) return;
        setBoard(data);
        setFailure(null);
      })
      .catch((error) => current && setFailure(toApiFailure(error)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [get, search, version]);

  const replaceTask = React.useCallback((task: BoardTask) => {
    setBoard(
      (previous) =>
        previous && {
          ...previous,
          data: { ...previous.data, tasks: previous.data.tasks.map((t) => (t.documentId === task.documentId ? task : t)) },
        }
    );
  }, []);

  return { board, failure, loading, reload: () => setVersion((v) => v + 1), replaceTask };
};
