import * as React from 'react';
import { toApiFailure, type ApiFailure } from '../utils/api-error';

export type PanelData<T> =
  | { phase: 'loading' }
  /** The server answered 404 (no such resource for this record, or out of the caller's reach): no panel. */
  | { phase: 'absent' }
  | { phase: 'failed'; failure: ApiFailure }
  | { phase: 'ready'; view: T };

/**
 * What an edit-view side panel shows. `load` (memoised by the caller; null while there is nothing
 * to load) runs again when it changes, when `version` (the document's updatedAt) changes, or on
 * reload(); the last view stays shown meanwhile.
 */
export const usePanelData = <T>(load: (() => Promise<T>) | null, version?: string) => {
  const [state, setState] = React.useState<PanelData<T>>({ phase: 'loading' });
  const [reloads, setReloads] = React.useState(0);

  React.useEffect(() => {
    if (!load) return;
    let current = true;
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
  }, [load, version, reloads]);

  const reload = React.useCallback(() => setReloads((n) => n + 1), []);
  return { state, reload };
};
