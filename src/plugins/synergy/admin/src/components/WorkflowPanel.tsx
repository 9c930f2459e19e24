import { useIntl } from 'react-intl';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useCollectionName } from '../hooks/useCollectionName';
import { useWorkflow } from '../hooks/useWorkflow';
import { getTranslation } from '../utils/getTranslation';
import { FailureNotice } from './FailureNotice';
import { WorkflowPanelContent } from './WorkflowPanelContent';

/**
 * Edit-view side panel "Workflow". A description component: it returns the panel's title and
 * content, or null to show no panel (creating a record, or a type without a workflow).
 */
export const WorkflowPanel: PanelComponent = ({ model, collectionType, documentId, document }) => {
  const { formatMessage } = useIntl();
  const collection = useCollectionName(model, collectionType);
  // Only records with a lifecycle carry `state`: for other types nothing is asked of the server.
  const hasLifecycle = !!document && typeof (document as Record<string, unknown>).state === 'string';
  const existing = hasLifecycle && documentId && documentId !== 'create' ? documentId : undefined;
  const { state, reload } = useWorkflow(collection, existing, document?.updatedAt as string | undefined);

  if (!collection || !existing || state.phase === 'loading' || state.phase === 'absent') return null;

  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Workflow' }),
    content:
      state.phase === 'failed' ? (
        <FailureNotice failure={state.failure} />
      ) : (
        <WorkflowPanelContent model={model} collection={collection} documentId={existing} view={state.view} reload={reload} />
      ),
  };
};
