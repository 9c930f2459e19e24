import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { MeetingResolutionsResponse } from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { usePanelData, type PanelData } from './usePanelData';

/** 'absent' when the meeting is out of the caller's reach. */
export type ResolutionsState = PanelData<MeetingResolutionsResponse>;

/** A meeting's resolutions with their tasks' state; loaded again when `version` (updatedAt) changes. */
export const useMeetingResolutions = (documentId: string | undefined, version?: string): ResolutionsState => {
  const { get } = useFetchClient();
  const load = React.useMemo(
    () =>
      documentId
        ? async () => (await get<MeetingResolutionsResponse>(`/${PLUGIN_ID}/meetings/${encodeURIComponent(documentId)}/resolutions`)).data
        : null,
    [get, documentId]
  );
  return usePanelData(load, version).state;
};
