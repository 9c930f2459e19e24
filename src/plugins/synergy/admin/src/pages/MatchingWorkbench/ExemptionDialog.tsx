import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import type { Candidate } from '../../../../shared/contracts';
import { DialogFrame } from '../../components/DialogFrame';
import { FailureNotice } from '../../components/FailureNotice';
import type { ApiFailure } from '../../utils/api-error';
import type { MatchingText } from './useMatchingText';

/** The four reasons to buy outside the group (exemption-request `reason`). */
export const EXEMPTION_REASONS = [
  'internal-cannot-supply',
  'insufficient-for-urgent-need',
  'beyond-internal-capability',
  'high-risk-or-special',
];
export const MIN_JUSTIFICATION = 20;

export interface ExemptionDraft {
  reason: string;
  justification: string;
}

interface ExemptionDialogProps {
  text: MatchingText;
  /** The catalogue entry the exemption names; the dialog is open while it is set. */
  candidate: Candidate | null;
  isSubmitting: boolean;
  failure: ApiFailure | null;
  onClose: () => void;
  onConfirm: (draft: ExemptionDraft) => void;
}

/** A draft exemption request naming one catalogue entry: the reason and the justification. */
export const ExemptionDialog = ({ text, candidate, isSubmitting, failure, onClose, onConfirm }: ExemptionDialogProps) => {
  const { t } = text;
  const [reason, setReason] = React.useState('');
  const [justification, setJustification] = React.useState('');
  const [tried, setTried] = React.useState(false);
  React.useEffect(() => {
    setReason('');
    setJustification('');
    setTried(false);
  }, [candidate]);
  const short = [...justification.trim()].length < MIN_JUSTIFICATION;
  const confirm = () => {
    setTried(true);
    if (reason && !short) onConfirm({ reason, justification: justification.trim() });
  };
  return (
    <DialogFrame
      open={candidate !== null}
      title={candidate ? t('matching.exemption.title', 'Exemption request naming {title}', { title: candidate.title }) : ''}
      confirmLabel={t('matching.exemption.create', 'Create the draft')}
      isSubmitting={isSubmitting}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Typography>
        {t(
          'matching.exemption.help',
          "A draft exemption request of the demand's unit, naming this catalogue entry; submit it for approval from its page."
        )}
      </Typography>
      <Field.Root
        name="synergy-exemption-reason"
        required
        error={tried && !reason ? t('matching.exemption.reason.missing', 'Choose a reason.') : undefined}
      >
        <Field.Label>{t('matching.exemption.reason', 'Reason')}</Field.Label>
        <SingleSelect
          value={reason}
          onChange={(value: string | number) => setReason(String(value))}
          placeholder={t('matching.exemption.reason.pick', 'Choose one of the four reasons')}
        >
          {EXEMPTION_REASONS.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {text.exemptionReason(value)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root
        name="synergy-exemption-justification"
        required
        hint={t('matching.exemption.justification.hint', 'At least 20 characters.')}
        error={tried && short ? t('matching.exemption.justification.hint', 'At least 20 characters.') : undefined}
      >
        <Field.Label>{t('matching.exemption.justification', 'Justification')}</Field.Label>
        <Textarea value={justification} maxLength={5000} onChange={(e) => setJustification(e.target.value)} />
        <Field.Error />
        <Field.Hint />
      </Field.Root>
      {failure && <FailureNotice failure={failure} />}
    </DialogFrame>
  );
};
