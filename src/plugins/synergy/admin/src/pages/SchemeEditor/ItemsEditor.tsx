/**
 * The scheme's items, one card each, with the fields of its kind (target, manual, bonus,
 * deduction, veto), the server's problems under their fields, and the live total of the weights.
 */
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
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { Translate } from '../AssessmentScoring/traceText';
import {
  BONUS_SOURCES,
  DEDUCTION_SOURCES,
  ITEM_KINDS,
  KIND_FIELDS,
  TASK_LEVELS,
  VETO_CONDITIONS,
  emptyItem,
  weightTotal,
  type ItemDraft,
} from './draft';

export interface EditorOptions {
  units: Array<{ documentId: string; code: string; name: string; level: string }>;
  people: Array<{ id: number; name: string; unit: string | null }>;
  indicators: Array<{ code: string; name: string; unit: string | null }>;
}

interface Props {
  items: ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
  options: EditorOptions | null;
  readOnly: boolean;
  /** The server's problems at a path below `items`. */
  problems: (...path: string[]) => string[];
  t: Translate;
}

const joined = (messages: string[]) => (messages.length ? messages.join('；') : undefined);

const NumberField = ({
  label,
  value,
  onChange,
  error,
  readOnly,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly: boolean;
  hint?: string;
}) => (
  <Box width="11rem">
    <Field.Root error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        inputMode="decimal"
        value={value}
        disabled={readOnly}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  </Box>
);

const ItemCard = ({
  item,
  index,
  update,
  remove,
  options,
  readOnly,
  problems,
  t,
}: {
  item: ItemDraft;
  index: number;
  update: (item: ItemDraft) => void;
  remove: () => void;
  options: EditorOptions | null;
  readOnly: boolean;
  problems: Props['problems'];
  t: Translate;
}) => {
  const at = (field: string) => joined(problems(String(index), field));
  const fields = KIND_FIELDS[item.kind] ?? [];
  const number = (field: string, label: string, hint?: string) =>
    fields.includes(field) ? (
      <NumberField
        key={field}
        label={label}
        hint={hint}
        value={item.numbers[field] ?? ''}
        readOnly={readOnly}
        error={at(field)}
        onChange={(value) => update({ ...item, numbers: { ...item.numbers, [field]: value } })}
      />
    ) : null;
  const choice = (field: 'bonusSource' | 'deductionSource' | 'vetoCondition', values: readonly string[], label: string) => (
    <Box minWidth="14rem">
      <Field.Root error={at(field)}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          value={item[field] || undefined}
          disabled={readOnly}
          onChange={(v: string | number) => update({ ...item, [field]: String(v) })}
        >
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
  const assessors = () => (
    <Box minWidth="20rem">
      <Field.Root error={at('assessorIds')}>
        <Field.Label>{t('assessment.field.assessors', 'Assessors')}</Field.Label>
        <MultiSelect
          value={item.assessorIds.map(String)}
          disabled={readOnly}
          withTags
          onChange={(values: string[]) => update({ ...item, assessorIds: values.map(Number) })}
        >
          {(options?.people ?? []).map((p) => (
            <MultiSelectOption key={p.id} value={String(p.id)}>
              {p.unit ? `${p.name} · ${p.unit}` : p.name}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Error />
      </Field.Root>
    </Box>
  );

  return (
    <Box background="neutral100" hasRadius padding={4} data-item-index={index}>
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h3">
          {t('assessment.editor.item', 'Item {n}', { n: index + 1 })}
          {item.name ? ` · ${item.name}` : ''}
        </Typography>
        {!readOnly && (
          <IconButton label={t('assessment.editor.remove-item', 'Remove item {n}', { n: index + 1 })} onClick={remove} variant="ghost">
            <Trash />
          </IconButton>
        )}
      </Flex>
      <Flex gap={3} wrap="wrap" alignItems="flex-start" paddingTop={2}>
        <Box width="10rem">
          <Field.Root error={at('key')}>
            <Field.Label>{t('assessment.field.key', 'Key')}</Field.Label>
            <TextInput
              value={item.key}
              disabled={readOnly}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ ...item, key: e.target.value })}
            />
            <Field.Error />
          </Field.Root>
        </Box>
        <Box minWidth="16rem">
          <Field.Root error={at('name')}>
            <Field.Label>{t('assessment.field.item-name', 'Item')}</Field.Label>
            <TextInput
              value={item.name}
              disabled={readOnly}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ ...item, name: e.target.value })}
            />
            <Field.Error />
          </Field.Root>
        </Box>
        <Box minWidth="10rem">
          <Field.Root error={at('kind')}>
            <Field.Label>{t('assessment.field.kind', 'Kind')}</Field.Label>
            <SingleSelect value={item.kind} disabled={readOnly} onChange={(v: string | number) => update({ ...item, kind: String(v) })}>
              {ITEM_KINDS.map((k) => (
                <SingleSelectOption key={k} value={k}>
                  {t(`assessment.kind.${k}`, k)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
        </Box>
        {number('weight', t('assessment.field.weight', 'Weight (%)'))}
        {fields.includes('indicatorCode') && (
          <Box minWidth="16rem">
            <Field.Root error={at('indicatorCode')}>
              <Field.Label>{t('assessment.field.indicator', 'Indicator')}</Field.Label>
              <SingleSelect
                value={item.indicatorCode || undefined}
                disabled={readOnly}
                onChange={(v: string | number) => update({ ...item, indicatorCode: String(v) })}
              >
                {(options?.indicators ?? []).map((i) => (
                  <SingleSelectOption key={i.code} value={i.code}>
                    {`${i.name} (${i.code})`}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Error />
            </Field.Root>
          </Box>
        )}
        {fields.includes('bonusSource') && choice('bonusSource', BONUS_SOURCES, t('assessment.field.bonus-source', 'Counted from'))}
        {fields.includes('deductionSource') &&
          choice('deductionSource', DEDUCTION_SOURCES, t('assessment.field.deduction-source', 'Deducted for'))}
        {fields.includes('vetoCondition') && choice('vetoCondition', VETO_CONDITIONS, t('assessment.field.veto-condition', 'Vetoed when'))}
      </Flex>
      <Flex gap={3} wrap="wrap" alignItems="flex-start" paddingTop={2}>
        {number(
          'baseScore',
          t('assessment.field.base-score', 'Base score'),
          t('assessment.hint.base-score', 'When the target is met; 100 if empty')
        )}
        {number('stepSize', t('assessment.field.step-size', 'Step (points of achievement)'), t('assessment.hint.step-size', '1 if empty'))}
        {number('pointsPerStepAbove', t('assessment.field.above', 'Points per step above'))}
        {number('pointsPerStepBelow', t('assessment.field.below', 'Points per step below'))}
        {number(
          'minScore',
          item.kind === 'manual' ? t('assessment.field.range-min', 'Lowest score') : t('assessment.field.floor', 'Floor')
        )}
        {number('maxScore', item.kind === 'manual' ? t('assessment.field.range-max', 'Highest score') : t('assessment.field.cap', 'Cap'))}
        {number('pointsPerUnit', t('assessment.field.per-unit', 'Points per record'))}
        {number('itemCap', t('assessment.field.item-cap', 'Item cap'))}
        {(item.kind === 'manual' || (item.kind === 'veto' && item.vetoCondition === 'named')) && assessors()}
      </Flex>
      {fields.includes('pointsByLevel') && (
        <Flex gap={3} wrap="wrap" alignItems="flex-start" paddingTop={2}>
          {TASK_LEVELS.map((level) => (
            <NumberField
              key={level}
              label={t('assessment.field.level-points', '{level} task: points', { level: t(`assessment.level.${level}`, level) })}
              value={item.pointsByLevel[level] ?? ''}
              readOnly={readOnly}
              onChange={(value) => update({ ...item, pointsByLevel: { ...item.pointsByLevel, [level]: value } })}
            />
          ))}
          <Box paddingTop={6}>
            <Typography variant="pi" textColor={at('pointsByLevel') ? 'danger600' : 'neutral600'}>
              {at('pointsByLevel') ?? t('assessment.hint.level-points', 'Empty: the points supervision recorded')}
            </Typography>
          </Box>
        </Flex>
      )}
      {fields.includes('difficultyCaps') && (
        <Flex direction="column" alignItems="flex-start" gap={2} paddingTop={2}>
          <Typography variant="pi" fontWeight="bold">
            {t('assessment.field.difficulty-caps', 'Caps by difficulty (planned growth over last year)')}
          </Typography>
          {item.difficultyCaps.map((cap, n) => (
            <Flex key={n} gap={2} alignItems="flex-end">
              <NumberField
                label={t('assessment.field.min-growth', 'Growth at least (%)')}
                value={cap.minGrowth}
                readOnly={readOnly}
                onChange={(value) =>
                  update({ ...item, difficultyCaps: item.difficultyCaps.map((c, i) => (i === n ? { ...c, minGrowth: value } : c)) })
                }
              />
              <NumberField
                label={t('assessment.field.cap', 'Cap')}
                value={cap.maxScore}
                readOnly={readOnly}
                onChange={(value) =>
                  update({ ...item, difficultyCaps: item.difficultyCaps.map((c, i) => (i === n ? { ...c, maxScore: value } : c)) })
                }
              />
              {!readOnly && (
                <IconButton
                  label={t('assessment.editor.remove-row', 'Remove')}
                  variant="ghost"
                  onClick={() => update({ ...item, difficultyCaps: item.difficultyCaps.filter((_, i) => i !== n) })}
                >
                  <Trash />
                </IconButton>
              )}
            </Flex>
          ))}
          {at('difficultyCaps') && (
            <Typography variant="pi" textColor="danger600">
              {at('difficultyCaps')}
            </Typography>
          )}
          {!readOnly && (
            <Button
              variant="tertiary"
              size="S"
              startIcon={<Plus />}
              onClick={() => update({ ...item, difficultyCaps: [...item.difficultyCaps, { minGrowth: '', maxScore: '' }] })}
            >
              {t('assessment.editor.add-cap', 'Add a difficulty band')}
            </Button>
          )}
        </Flex>
      )}
    </Box>
  );
};

export const ItemsEditor = ({ items, onChange, options, readOnly, problems, t }: Props) => {
  const total = weightTotal(items);
  const itemsProblems = problems();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex justifyContent="space-between" wrap="wrap" gap={2}>
        <Typography variant="delta" tag="h2">
          {t('assessment.editor.items', 'Items')}
        </Typography>
        <Typography fontWeight="bold" textColor={total === 100 ? 'success600' : 'danger600'} data-testid="weight-total">
          {t('assessment.editor.weight-total', 'Weights of target and scored items: {total} of 100', { total })}
        </Typography>
      </Flex>
      {itemsProblems.length > 0 && (
        <Box role="alert" background="danger100" hasRadius padding={3} data-testid="items-problems">
          {itemsProblems.map((message) => (
            <Typography key={message} tag="p" textColor="danger700">
              {message}
            </Typography>
          ))}
        </Box>
      )}
      {items.map((item, index) => (
        <ItemCard
          key={index}
          item={item}
          index={index}
          options={options}
          readOnly={readOnly}
          problems={problems}
          t={t}
          update={(changed) => onChange(items.map((it, i) => (i === index ? changed : it)))}
          remove={() => onChange(items.filter((_, i) => i !== index))}
        />
      ))}
      {!readOnly && (
        <Flex gap={2} wrap="wrap">
          {ITEM_KINDS.map((kind) => (
            <Button key={kind} variant="secondary" startIcon={<Plus />} onClick={() => onChange([...items, emptyItem(kind, items.length)])}>
              {t('assessment.editor.add', 'Add {kind} item', { kind: t(`assessment.kind.${kind}`, kind) })}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
