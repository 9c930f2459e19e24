/** The scheme's own fields: what it assesses and when, and how it ranks, grades and awards. */
import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  IconButton,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { Translate } from '../AssessmentScoring/traceText';
import { PEER_GROUPS, PERIOD_KINDS, SUBJECT_TYPES, TIE_BREAKS, type SchemeDraft } from './draft';
import type { EditorOptions } from './ItemsEditor';

interface Props {
  draft: SchemeDraft;
  onChange: (draft: SchemeDraft) => void;
  options: EditorOptions | null;
  readOnly: boolean;
  isNew: boolean;
  problem: (field: string) => string | undefined;
  t: Translate;
}

/** A list of rows of two text fields (grade bands, awards): edit, remove and add rows; the server's problem below. */
const PairList = <Row extends Record<string, string>>({
  title,
  rows,
  columns,
  blank,
  addLabel,
  onChange,
  problem,
  readOnly,
  t,
}: {
  title: string;
  rows: Row[];
  columns: Array<{ key: keyof Row & string; label: string; inputMode?: 'decimal' | 'numeric' }>;
  blank: Row;
  addLabel: string;
  onChange: (rows: Row[]) => void;
  problem: string | undefined;
  readOnly: boolean;
  t: Translate;
}) => (
  <Flex direction="column" alignItems="flex-start" gap={2}>
    <Typography fontWeight="bold">{title}</Typography>
    {rows.map((row, n) => (
      <Flex key={n} gap={2}>
        {columns.map((column) => (
          <TextInput
            key={column.key}
            aria-label={column.label}
            inputMode={column.inputMode}
            value={row[column.key]}
            disabled={readOnly}
            size="S"
            onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
              onChange(rows.map((r, i) => (i === n ? { ...r, [column.key]: e.target.value } : r)))
            }
          />
        ))}
        {!readOnly && (
          <IconButton
            label={t('assessment.editor.remove-row', 'Remove')}
            variant="ghost"
            onClick={() => onChange(rows.filter((_, i) => i !== n))}
          >
            <Trash />
          </IconButton>
        )}
      </Flex>
    ))}
    {problem && (
      <Typography variant="pi" textColor="danger600">
        {problem}
      </Typography>
    )}
    {!readOnly && (
      <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange([...rows, { ...blank }])}>
        {addLabel}
      </Button>
    )}
  </Flex>
);

export const SchemeFields = ({ draft, onChange, options, readOnly, isNew, problem, t }: Props) => {
  const set = <K extends keyof SchemeDraft>(field: K, value: SchemeDraft[K]) => onChange({ ...draft, [field]: value });
  const input = (field: 'name' | 'code' | 'bonusCap' | 'vetoGrade', label: string, disabled = false, width = '16rem') => (
    <Box minWidth={width}>
      <Field.Root name={field} error={problem(field)}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          value={draft[field]}
          disabled={readOnly || disabled}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(field, e.target.value)}
        />
        <Field.Error />
      </Field.Root>
    </Box>
  );
  const select = (field: 'subjectType' | 'periodKind' | 'peerGroup', values: readonly string[], label: string) => (
    <Box minWidth="14rem">
      <Field.Root name={field} error={problem(field)}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={draft[field]} disabled={readOnly} onChange={(v: string | number) => set(field, String(v))}>
          {values.map((v) => (
            <SingleSelectOption key={v} value={v}>
              {t(`assessment.${field}.${v}`, v)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
    </Box>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={3} wrap="wrap" alignItems="flex-start">
        {input('name', t('assessment.field.name', 'Scheme'), false, '24rem')}
        {input('code', t('assessment.field.code', 'Code'), !isNew)}
        {select('subjectType', SUBJECT_TYPES, t('assessment.field.subject-type', 'Subject type'))}
        {select('periodKind', PERIOD_KINDS, t('assessment.field.period-kind', 'Period'))}
        {select('peerGroup', PEER_GROUPS, t('assessment.field.peer-group', 'Ranked within'))}
      </Flex>
      <Field.Root name="subjectUnits" error={problem('subjectUnits')}>
        <Field.Label>{t('assessment.field.units', 'Units assessed')}</Field.Label>
        <MultiSelect value={draft.subjectUnits} disabled={readOnly} withTags onChange={(values: string[]) => set('subjectUnits', values)}>
          {(options?.units ?? []).map((u) => (
            <MultiSelectOption key={u.documentId} value={u.documentId}>
              {`${u.name} (${u.code})`}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Error />
      </Field.Root>
      <Field.Root name="description" error={problem('description')}>
        <Field.Label>{t('assessment.field.description', 'Description')}</Field.Label>
        <Textarea
          value={draft.description}
          disabled={readOnly}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('description', e.target.value)}
        />
        <Field.Error />
      </Field.Root>
      <Typography variant="delta" tag="h2">
        {t('assessment.editor.ranking', 'Ranking, grades and awards')}
      </Typography>
      <Flex gap={3} wrap="wrap" alignItems="flex-start">
        <Box minWidth="24rem">
          <Field.Root name="tieBreak" error={problem('tieBreak')} hint={t('assessment.hint.tie-break', 'In this order, for equal totals')}>
            <Field.Label>{t('assessment.field.tie-break', 'Tie-break')}</Field.Label>
            <MultiSelect value={draft.tieBreak} disabled={readOnly} withTags onChange={(values: string[]) => set('tieBreak', values)}>
              {TIE_BREAKS.map((v) => (
                <MultiSelectOption key={v} value={v}>
                  {t(`assessment.tieBreak.${v}`, v)}
                </MultiSelectOption>
              ))}
            </MultiSelect>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        </Box>
        {input('bonusCap', t('assessment.field.bonus-cap', 'Bonus cap (all bonus items)'), false, '12rem')}
        {input('vetoGrade', t('assessment.field.veto-grade', 'Grade when vetoed'), false, '10rem')}
      </Flex>
      <Flex gap={8} wrap="wrap" alignItems="flex-start">
        <PairList
          title={t('assessment.field.grade-bands', 'Grade bands (lowest total of each grade)')}
          rows={draft.gradeBands}
          columns={[
            { key: 'grade', label: t('assessment.field.grade', 'Grade') },
            { key: 'min', label: t('assessment.field.grade-min', 'From total'), inputMode: 'decimal' },
          ]}
          blank={{ grade: '', min: '' }}
          addLabel={t('assessment.editor.add-band', 'Add a grade')}
          onChange={(rows) => set('gradeBands', rows)}
          problem={problem('gradeBands')}
          readOnly={readOnly}
          t={t}
        />
        <PairList
          title={t('assessment.field.awards', 'Awards (places among subjects not vetoed)')}
          rows={draft.awards}
          columns={[
            { key: 'award', label: t('assessment.field.award', 'Award') },
            { key: 'places', label: t('assessment.field.places', 'Places'), inputMode: 'numeric' },
          ]}
          blank={{ award: '', places: '1' }}
          addLabel={t('assessment.editor.add-award', 'Add an award')}
          onChange={(rows) => set('awards', rows)}
          problem={problem('awards')}
          readOnly={readOnly}
          t={t}
        />
      </Flex>
    </Flex>
  );
};
