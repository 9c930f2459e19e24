import * as React from 'react';
import { Field, Textarea, Typography } from '@strapi/design-system';
import type { Candidate } from '../../../../shared/contracts';
import { DialogFrame } from '../../components/DialogFrame';
import { FailureNotice } from '../../components/FailureNotice';
import type { ApiFailure } from '../../utils/api-error';
import type { MatchingText } from './useMatchingText';

interface DockDialogProps {
  text: MatchingText;
  /** The counterpart chosen; the dialog is open while it is set. */
  candidate: Candidate | null;
  isSubmitting: boolean;
  failure: ApiFailure | null;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** The counterpart as the demand's history names it (the transition comment). */
export const dockingComment = (text: MatchingText, candidate: Candidate) =>
  text.t('matching.dock.comment', 'Docking with {title} ({unit})', {
    title: candidate.title,
    unit: candidate.supplierUnit?.name ?? text.kind(candidate.kind),
  });

/** Confirms the move of the demand to docking with one candidate; the comment names it. */
export const DockDialog = ({ text, candidate, isSubmitting, failure, onClose, onConfirm }: DockDialogProps) => {
  const { t } = text;
  const [comment, setComment] = React.useState('');
  React.useEffect(() => {
    if (candidate) setComment(dockingComment(text, candidate));
  }, [candidate, text]);
  return (
    <DialogFrame
      open={candidate !== null}
      title={candidate ? t('matching.dock.title', 'Start docking with {title}', { title: candidate.title }) : ''}
      confirmLabel={t('matching.dock', 'Start docking')}
      isSubmitting={isSubmitting}
      onClose={onClose}
      onConfirm={() => onConfirm(comment.trim())}
    >
      <Typography>
        {t('matching.dock.help', 'The demand moves from Published to Docking; the comment, kept in its history, names the counterpart.')}
      </Typography>
      <Field.Root name="synergy-dock-comment" hint={t('dialog.comment.optional-hint', 'Optional; kept in the history.')}>
        <Field.Label>{t('dialog.comment', 'Comment')}</Field.Label>
        <Textarea value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
        <Field.Hint />
      </Field.Root>
      {failure && <FailureNotice failure={failure} />}
    </DialogFrame>
  );
};
