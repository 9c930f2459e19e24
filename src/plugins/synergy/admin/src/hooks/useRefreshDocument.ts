import * as React from 'react';
import { adminApi } from '@strapi/strapi/admin';

/**
 * The content manager caches documents in the admin's RTK Query store under 'Document' tags.
 * A transition changes the record behind its back, so this no-op mutation invalidates those
 * tags: the edit view refetches the record and its form takes the new values.
 */
const documentCache = adminApi.enhanceEndpoints({ addTagTypes: ['Document'] }).injectEndpoints({
  endpoints: (builder) => ({
    synergyRefreshDocument: builder.mutation<null, { model: string; documentId: string }>({
      queryFn: () => ({ data: null }),
      invalidatesTags: (_result, _error, { model, documentId }) => [
        { type: 'Document', id: `${model}_${documentId}` },
        { type: 'Document', id: `${model}_LIST` },
      ],
    }),
  }),
  overrideExisting: false,
});

export const useRefreshDocument = () => {
  const [refresh] = documentCache.useSynergyRefreshDocumentMutation();
  return React.useCallback((model: string, documentId: string) => refresh({ model, documentId }), [refresh]);
};
