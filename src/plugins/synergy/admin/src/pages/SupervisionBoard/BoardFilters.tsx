/** The board's filters: period (with quick picks), category, unit (its subtree), light and state. */
import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { TASK_LIGHTS, TASK_STATES, type BoardUnitOption } from '../../../../shared/contracts';
import type { BoardQuery } from './useSupervisionBoard';
import { quarterOf, yearOf } from './timeline';
import { useBoardText } from './useBoardText';

interface BoardFiltersProps {
  query: BoardQuery;
  period: { from: string; to: string } | null;
  today: string | null;
  categories: string[];
  units: BoardUnitOption[];
  onChange: (changes: BoardQuery) => void;
  onReset: () => void;
}

const ALL = '__all__';

const Picker = ({
  label,
  value,
  onChange,
  children,
  width = '180px',
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  children: React.ReactNode;
  width?: string;
}) => {
  const { t } = useBoardText();
  return (
    <Box width={width}>
      <Field.Root name={label}>
        <Field.Label>{label}</Field.Label>
        <SingleSelect
          aria-label={label}
          value={value ?? ALL}
          onChange={(v: string | number) => onChange(v === ALL ? undefined : String(v))}
        >
          <SingleSelectOption value={ALL}>{t('board.filter.all', 'All')}</SingleSelectOption>
          {children}
        </SingleSelect>
      </Field.Root>
    </Box>
  );
};

const DateField = ({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) => (
  <Box width="160px">
    <Field.Root name={label}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type="date"
        aria-label={label}
        value={value}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => e.target.value && onChange(e.target.value)}
      />
    </Field.Root>
  </Box>
);

export const BoardFilters = ({ query, period, today, categories, units, onChange, onReset }: BoardFiltersProps) => {
  const { t, stateLabel, lightLabel } = useBoardText();
  const from = query.from ?? period?.from ?? '';
  const to = query.to ?? period?.to ?? '';
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex wrap="wrap" gap={4} alignItems="flex-end">
          <DateField label={t('board.filter.from', 'From')} value={from} onChange={(value) => onChange({ from: value, to: to || value })} />
          <DateField label={t('board.filter.to', 'To')} value={to} onChange={(value) => onChange({ from: from || value, to: value })} />
          {today && (
            <>
              <Button variant="tertiary" size="L" onClick={() => onChange(quarterOf(today))}>
                {t('board.filter.quarter', 'This quarter')}
              </Button>
              <Button variant="tertiary" size="L" onClick={() => onChange(yearOf(today))}>
                {t('board.filter.year', 'This year')}
              </Button>
            </>
          )}
        </Flex>
        <Flex wrap="wrap" gap={4} alignItems="flex-end">
          <Picker label={t('board.filter.category', 'Category')} value={query.category} onChange={(category) => onChange({ category })}>
            {categories.map((category) => (
              <SingleSelectOption key={category} value={category}>
                {category}
              </SingleSelectOption>
            ))}
          </Picker>
          <Picker label={t('board.filter.unit', 'Unit')} value={query.unit} onChange={(unit) => onChange({ unit })} width="240px">
            {units.map((unit) => (
              <SingleSelectOption key={unit.documentId} value={unit.documentId}>
                {`${'\u3000'.repeat(unit.depth)}${unit.shortName ?? unit.name}`}
              </SingleSelectOption>
            ))}
          </Picker>
          <Picker label={t('board.filter.light', 'Light')} value={query.light} onChange={(light) => onChange({ light })} width="160px">
            {TASK_LIGHTS.map((light) => (
              <SingleSelectOption key={light} value={light}>
                {lightLabel(light)}
              </SingleSelectOption>
            ))}
          </Picker>
          <Picker label={t('board.filter.status', 'Status')} value={query.state} onChange={(state) => onChange({ state })} width="160px">
            {TASK_STATES.map((state) => (
              <SingleSelectOption key={state} value={state}>
                {stateLabel(state)}
              </SingleSelectOption>
            ))}
          </Picker>
          <Button variant="secondary" size="L" onClick={onReset}>
            {t('board.filter.reset', 'Reset')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
