import * as React from 'react';
import { Divider, Flex, Typography } from '@strapi/design-system';
import { useForm, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AllowedAction } from '../../../shared/contracts';
import { useRefreshDocument } from '../hooks/useRefreshDocument';
import { useTakeTransition } from '../hooks/useTakeTransition';
import type { WorkflowView } from '../hooks/useWorkflow';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import type { ApiFailure } from '../utils/api-error';
import { getTranslation } from '../utils/getTranslation';
import { ActionButtons } from './ActionButtons';
import { FailureNotice } from './FailureNotice';
import { HistoryList } from './HistoryList';
import { StatusBadge } from './StatusBadge';
import { TransitionDialog } from './TransitionDialog';

interface WorkflowPanelContentProps {
  model: string;
  collection: string;
  documentId: string;
  view: WorkflowView;
  reload: () => void;
}

export const WorkflowPanelContent = ({ model, collection, documentId, view, reload }: WorkflowPanelContentProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const labels = useWorkflowLabels();
  const refreshDocument = useRefreshDocument();
  const [, setQuery] = useQueryParams();
  const { take, isSubmitting } = useTakeTransition(collection, documentId);
  // The server checks the saved record, and the refetch after a transition resets the form.
  const hasUnsavedEdits = useForm('WorkflowPanel', (state) => state.modified);
  const [chosen, setChosen] = React.useState<AllowedAction | null>(null);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  const confirm = async (comment: string) => {
    if (!chosen) return;
    const outcome = await take({ action: chosen.action, ...(comment ? { comment } : {}) });
    setChosen(null);
    if (outcome.ok) {
      setFailure(null);
      // The new state in the page's query: the content manager checks the permissions on this
      // record again (a record sent back to draft becomes editable; rbac/record-permissions.ts).
      setQuery({ state: outcome.status }, 'push', true);
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTranslation('panel.done'), defaultMessage: '{action}: done, now {state}' },
          { action: labels.action(chosen.action), state: labels.state(outcome.status) }
        ),
      });
    } else {
      setFailure(outcome.failure);
      reload();
    }
    // Show the stored record (after a 409 someone else changed it); the form holds no unsaved
    // edits, as the buttons are disabled then. A newer updatedAt also reloads this panel.
    refreshDocument(model, documentId);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} justifyContent="space-between">
        <Typography variant="pi" textColor="neutral600">
          {t('panel.status', 'Status')}
        </Typography>
        <StatusBadge state={view.status} />
      </Flex>
      {view.actions.length > 0 ? (
        <ActionButtons actions={view.actions} disabled={hasUnsavedEdits || isSubmitting} onChoose={setChosen} />
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.no-actions', 'Nothing you can do in this state.')}
        </Typography>
      )}
      {hasUnsavedEdits && view.actions.length > 0 && (
        <Typography variant="pi" textColor="warning600">
          {t('panel.unsaved', 'Save your changes before a transition.')}
        </Typography>
      )}
      {failure && <FailureNotice failure={failure} />}
      <Divider />
      <Typography tag="h3" variant="sigma" textColor="neutral600">
        {t('history.title', 'History')}
      </Typography>
      <HistoryList entries={view.history} />
      <TransitionDialog
        action={chosen}
        from={view.status}
        isSubmitting={isSubmitting}
        onClose={() => setChosen(null)}
        onConfirm={confirm}
      />
    </Flex>
  );
};
