/** 委托代办: hand one's to-dos to a colleague of the same unit for a date range, with a note. */
import * as React from 'react';
import { Field, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TodoColleague, TodoDelegationRequest } from '../../../../shared/contracts/todos';
import { DialogFrame } from '../../components/DialogFrame';
import { FailureNotice } from '../../components/FailureNotice';
import type { Outcome } from '../../todos/useDelegations';
import type { ApiFailure } from '../../utils/api-error';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  open: boolean;
  today: string;
  loadColleagues: () => Promise<TodoColleague[]>;
  onDelegate: (request: TodoDelegationRequest['data']) => Promise<Outcome>;
  onClose: () => void;
}

export const DelegateDialog = ({ open, today, loadColleagues, onDelegate, onClose }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [colleagues, setColleagues] = React.useState<TodoColleague[] | null>(null);
  const [delegate, setDelegate] = React.useState<string>('');
  const [startsOn, setStartsOn] = React.useState(today);
  const [endsOn, setEndsOn] = React.useState(today);
  const [note, setNote] = React.useState('');
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [isSubmitting, setSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setDelegate('');
    setStartsOn(today);
    setEndsOn(today);
    setNote('');
    setFailure(null);
    loadColleagues()
      .then(setColleagues)
      .catch(() => setColleagues([]));
  }, [open, today, loadColleagues]);

  const confirm = async () => {
    setSubmitting(true);
    const outcome = await onDelegate({ delegate, startsOn, endsOn, note: note.trim() || null });
    setSubmitting(false);
    if (outcome.ok) onClose();
    else setFailure(outcome.failure);
  };

  return (
    <DialogFrame
      open={open}
      title={t('todos.delegate.title', 'Hand my to-dos to a colleague')}
      confirmLabel={t('todos.delegate.confirm', 'Delegate')}
      isSubmitting={isSubmitting}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Typography textColor="neutral700">
        {t(
          'todos.delegate.explain',
          'While it runs, your inbox is empty and the colleague handles your to-dos, those already waiting included; the history names you both.'
        )}
      </Typography>
      <Field.Root name="delegate" required>
        <Field.Label>{t('todos.delegate.colleague', 'Colleague')}</Field.Label>
        <SingleSelect
          aria-label={t('todos.delegate.colleague', 'Colleague')}
          placeholder={colleagues && colleagues.length === 0 ? t('todos.delegate.noColleague', 'No colleague in your unit') : undefined}
          value={delegate}
          onChange={(value: string | number) => setDelegate(String(value))}
        >
          {(colleagues ?? []).map((colleague) => (
            <SingleSelectOption key={colleague.id} value={colleague.id}>
              {colleague.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="startsOn" required>
        <Field.Label>{t('todos.delegate.startsOn', 'From')}</Field.Label>
        <TextInput
          type="date"
          value={startsOn}
          min={today}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setStartsOn(e.target.value)}
        />
      </Field.Root>
      <Field.Root name="endsOn" required>
        <Field.Label>{t('todos.delegate.endsOn', 'To')}</Field.Label>
        <TextInput
          type="date"
          value={endsOn}
          min={startsOn}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEndsOn(e.target.value)}
        />
      </Field.Root>
      <Field.Root name="note">
        <Field.Label>{t('todos.delegate.note', 'Note')}</Field.Label>
        <Textarea value={note} maxLength={500} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
      </Field.Root>
      {failure && <FailureNotice failure={failure} />}
    </DialogFrame>
  );
};
