import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { MeetingResolutionsResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { toApiFailure, type ApiFailure } from '../utils/api-error';

export type ResolutionsState =
  | { phase: 'loading' }
  /** The meeting is out of the caller's reach: no panel. */
  | { phase: 'absent' }
  | { phase: 'failed'; failure: ApiFailure }
  | { phase: 'ready'; view: MeetingResolutionsResponse };

/** A meeting's resolutions with their tasks' state; loaded again when `version` (updatedAt) changes. */
export const useMeetingResolutions = (documentId: string | undefined, version?: string) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ResolutionsState>({ phase: 'loading' });

  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<MeetingResolutionsResponse>(`/${PLUGIN_ID}/meetings/${encodeURIComponent(documentId)}/resolutions`)
      .then((response) => {
        if (current) setState({ phase: 'ready', view: response.data });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const failure = toApiFailure(error);
        setState(failure.status === 404 ? { phase: 'absent' } : { phase: 'failed', failure });
      });
    return () => {
      current = false;
    };
  }, [get, documentId, version]);

  return state;
};
