import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { TransitionRequest } from '../../../shared/contracts';
import { toApiFailure, type ApiFailure } from '../utils/api-error';
import { workflowPath } from './useWorkflow';

export type TransitionOutcome = { ok: true; status: string } | { ok: false; failure: ApiFailure };

/** POSTs one transition; the outcome carries the new status or the server's refusal. */
export const useTakeTransition = (collection: string, documentId: string) => {
  const { post } = useFetchClient();
  const [isSubmitting, setSubmitting] = React.useState(false);

  const take = React.useCallback(
    async (request: TransitionRequest): Promise<TransitionOutcome> => {
      setSubmitting(true);
      try {
        const { data } = await post<{ data: { state: string } }, TransitionRequest>(
          `${workflowPath(collection, documentId)}/transitions`,
          request
        );
        return { ok: true, status: data.data.state };
      } catch (error) {
        return { ok: false, failure: toApiFailure(error) };
      } finally {
        setSubmitting(false);
      }
    },
    [post, collection, documentId]
  );

  return { take, isSubmitting };
};
