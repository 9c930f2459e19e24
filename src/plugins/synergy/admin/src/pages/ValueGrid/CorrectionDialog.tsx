/**
 * Filing a correction of a closed period's value: the corrected figure and the reason, submitted
 * to HQ at once. The server's refusal (same figure, no reason …) is shown in the dialog.
 */
import * as React from 'react';
import { Box, Field, TextInput, Textarea, Typography } from '@strapi/design-system';
import { DialogFrame } from '../../components/DialogFrame';
import type { ApiFailure } from '../../utils/api-error';
import { inLanguage } from '../../utils/bilingual';
import type { GridRow } from './useValueGrid';

interface CorrectionDialogProps {
  row: GridRow | null;
  locale: string;
  t: (id: string, fallback: string, values?: Record<string, string | number>) => string;
  onClose: () => void;
  onFile: (value: string, correctedValue: string, reason: string) => Promise<ApiFailure | null>;
}

export const CorrectionDialog = ({ row, locale, t, onClose, onFile }: CorrectionDialogProps) => {
  const [corrected, setCorrected] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [sending, setSending] = React.useState(false);
  React.useEffect(() => {
    setCorrected('');
    setReason('');
    setFailure(null);
  }, [row]);

  const confirm = async () => {
    if (!row?.value) return;
    setSending(true);
    const refused = await onFile(row.value.documentId, corrected, reason);
    setSending(false);
    if (refused) setFailure(refused);
    else onClose();
  };

  return (
    <DialogFrame
      open={row !== null}
      title={t('grid.correction.title', 'Correct {indicator}', { indicator: row?.indicator.name ?? '' })}
      confirmLabel={t('grid.correction.confirm', 'Submit to HQ')}
      isSubmitting={sending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Typography>{t('grid.correction.standing', 'Standing value: {value}', { value: row?.value?.value ?? '—' })}</Typography>
      <Field.Root name="correctedValue">
        <Field.Label>{t('grid.correction.value', 'Corrected value')}</Field.Label>
        <TextInput value={corrected} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCorrected(e.target.value)} />
      </Field.Root>
      <Field.Root name="reason">
        <Field.Label>{t('grid.correction.reason', 'Reason')}</Field.Label>
        <Textarea value={reason} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)} />
      </Field.Root>
      {failure && (
        <Box background="danger100" hasRadius padding={3} role="alert">
          <Typography textColor="danger700">{inLanguage(failure.message, locale)}</Typography>
        </Box>
      )}
    </DialogFrame>
  );
};
