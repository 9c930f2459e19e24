import * as React from 'react';
import { Field, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AllowedAction } from '../../../shared/contracts';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import { getTranslation } from '../utils/getTranslation';
import { DialogFrame } from './DialogFrame';

interface TransitionDialogProps {
  /** The chosen action; the dialog is open while it is set. */
  action: AllowedAction | null;
  from: string;
  isSubmitting: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Confirms one transition and takes its comment, which some actions require. */
export const TransitionDialog = ({ action, from, isSubmitting, onClose, onConfirm }: TransitionDialogProps) => {
  const { formatMessage } = useIntl();
  const labels = useWorkflowLabels();
  const [comment, setComment] = React.useState('');
  const [tried, setTried] = React.useState(false);

  React.useEffect(() => {
    setComment('');
    setTried(false);
  }, [action]);

  const required = !!action?.requiresComment;
  const missing = required && comment.trim() === '';
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });

  const confirm = () => {
    setTried(true);
    if (!missing) onConfirm(comment.trim());
  };

  return (
    <DialogFrame
      open={action !== null}
      title={action ? labels.action(action.action) : ''}
      confirmLabel={t('dialog.confirm', 'Confirm')}
      isSubmitting={isSubmitting}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Typography>
        {formatMessage(
          { id: getTranslation('dialog.move'), defaultMessage: 'Status will change from {from} to {to}.' },
          { from: labels.state(from), to: labels.state(action?.to ?? from) }
        )}
      </Typography>
      <Field.Root
        name="synergy-transition-comment"
        required={required}
        error={tried && missing ? t('dialog.comment.missing', 'Enter a comment.') : undefined}
        hint={
          required
            ? t('dialog.comment.required-hint', 'Required for this action.')
            : t('dialog.comment.optional-hint', 'Optional; kept in the history.')
        }
      >
        <Field.Label>{t('dialog.comment', 'Comment')}</Field.Label>
        <Textarea value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
        <Field.Error />
        <Field.Hint />
      </Field.Root>
    </DialogFrame>
  );
};
