/**
 * 指标填报 — the value-entry grid of one unit and period: the base items of the unit's level, each
 * with the previous period's value, this period's value, the exclusion beside it (amount, reason,
 * approval) and the adjusted value. Cells are edited and saved all at once; the server checks every
 * row as the spreadsheet import does and writes all or nothing, and a refused row shows its
 * problem in the grid. A closed period is read only, with a correction to file per value. Unit,
 * year and period are the URL query, as on 指标达成.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { inLanguage } from '../../utils/bilingual';
import { getTranslation } from '../../utils/getTranslation';
import type { ApiFailure } from '../../utils/api-error';
import { CorrectionDialog } from './CorrectionDialog';
import { EntryTable, Td, Th } from './EntryTable';
import { useValueGrid, type CellInput, type GridRow, type RowErrors } from './useValueGrid';

const PERIODS = [...Array.from({ length: 12 }, (_, i) => `m${i + 1}`), 'q1', 'q2', 'q3', 'q4', 'y'];
const KIND: Record<string, string> = { m: 'month', q: 'quarter', y: 'year' };

const shown = (value: number | null | undefined, decimals: number | null) =>
  value === null || value === undefined
    ? '—'
    : value.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: decimals ?? 4 });
const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

const inputsOf = (rows: GridRow[]): Record<string, CellInput> =>
  Object.fromEntries(
    rows.map((row) => [
      row.indicator.code,
      { value: text(row.value?.value), exclusion: text(row.value?.exclusion), exclusionReason: row.value?.exclusionReason ?? '' },
    ])
  );

const ValueGridPage = () => {
  const { formatMessage, locale } = useIntl();
  const { toggleNotification } = useNotification();
  const t = React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const parsedYear = Number(params.get('year'));
  const year = Number.isInteger(parsedYear) && parsedYear >= 2000 && parsedYear <= 2100 ? parsedYear : thisYear;
  const period = PERIODS.includes(params.get('period') ?? '') ? params.get('period')! : `m${Math.max(1, new Date().getMonth())}`;
  const unit = params.get('unit');
  const query = { unit, year, periodKind: KIND[period[0]], periodNumber: period === 'y' ? 1 : Number(period.slice(1)) };
  const { grid, failure, loading, save, fileCorrection } = useValueGrid(query, locale);

  const [inputs, setInputs] = React.useState<Record<string, CellInput>>({});
  const [rowErrors, setRowErrors] = React.useState<RowErrors>({});
  const [saveFailure, setSaveFailure] = React.useState<ApiFailure | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [correcting, setCorrecting] = React.useState<GridRow | null>(null);
  React.useEffect(() => {
    setInputs(grid ? inputsOf(grid.rows) : {});
    setRowErrors({});
    setSaveFailure(null);
  }, [grid]);

  const search = (changes: Partial<{ unit: string; year: number; period: string }>) => {
    const next = { ...(unit ? { unit } : {}), year: String(year), period, ...changes };
    return new URLSearchParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])));
  };
  const periodName = (p: string) =>
    p === 'y'
      ? t('achievement.period.year', 'Full year')
      : p.startsWith('q')
        ? t('achievement.period.quarter', 'Q{number}', { number: p.slice(1) })
        : t('achievement.period.month', 'Month {number}', { number: p.slice(1) });
  const years = Array.from({ length: 5 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);

  const readOnly = !grid || grid.closed !== null || !grid.unit.writable;
  const setCell = (code: string, field: keyof CellInput, value: string) =>
    setInputs((all) => ({ ...all, [code]: { ...all[code], [field]: value } }));

  const onSave = async () => {
    setSaving(true);
    const result = await save(inputs);
    setSaving(false);
    if (result.ok) {
      toggleNotification({
        type: 'success',
        message: t('grid.saved', 'Saved: {created} new, {updated} changed, {unchanged} unchanged', result.counts),
      });
    } else {
      setRowErrors(result.rowErrors);
      setSaveFailure(result.failure);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('grid.title', 'Value entry')}</Page.Title>
      <Layouts.Header
        title={t('grid.title', 'Value entry')}
        subtitle={
          grid
            ? t('grid.subtitle', '{unit} · {period}', { unit: grid.unit.name, period: grid.period.label })
            : t('grid.subtitle.empty', "A unit's actual values of one period, saved all at once.")
        }
        primaryAction={
          <Button onClick={onSave} loading={saving} disabled={readOnly || loading}>
            {t('grid.save', 'Save all')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="unit">
              <Field.Label>{t('grid.unit', 'Reporting unit')}</Field.Label>
              <SingleSelect
                value={grid?.unit.documentId ?? ''}
                onChange={(value: string | number) => setParams(search({ unit: String(value) }))}
              >
                {(grid?.units ?? []).map((u) => (
                  <SingleSelectOption key={u.documentId} value={u.documentId}>
                    {u.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="year">
              <Field.Label>{t('achievement.year', 'Year')}</Field.Label>
              <SingleSelect value={String(year)} onChange={(value: string | number) => setParams(search({ year: Number(value) }))}>
                {years.map((y) => (
                  <SingleSelectOption key={y} value={String(y)}>
                    {String(y)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root name="period">
              <Field.Label>{t('achievement.period', 'Period')}</Field.Label>
              <SingleSelect value={period} onChange={(value: string | number) => setParams(search({ period: String(value) }))}>
                {PERIODS.map((p) => (
                  <SingleSelectOption key={p} value={p}>
                    {periodName(p)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
          {grid?.closed && (
            <Box background="neutral150" hasRadius padding={4} data-testid="grid-closed">
              <Typography>
                {t('grid.closed', 'Period {period} is closed ({closed}): values are read only; file a correction for HQ to approve.', {
                  period: grid.period.label,
                  closed: grid.closed,
                })}
              </Typography>
            </Box>
          )}
          {grid && !grid.closed && !grid.unit.writable && (
            <Box background="neutral150" hasRadius padding={4}>
              <Typography>{t('grid.read-only', 'You read this unit’s values; its own reporters enter them.')}</Typography>
            </Box>
          )}
          {(failure ?? saveFailure) && (
            <Box background="danger100" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{inLanguage((failure ?? saveFailure)!.message, locale)}</Typography>
            </Box>
          )}
          {grid && (
            <EntryTable busy={loading}>
              <thead>
                <tr>
                  <Th>{t('achievement.col.indicator', 'Indicator')}</Th>
                  <Th>{t('achievement.col.unit', 'Unit of measure')}</Th>
                  <Th>{t('grid.col.previous', 'Previous ({period})', { period: grid.previousPeriod })}</Th>
                  <Th>{t('grid.col.value', 'Value')}</Th>
                  <Th>{t('grid.col.exclusion', 'Exclusion')}</Th>
                  <Th>{t('grid.col.exclusion-reason', 'Exclusion reason')}</Th>
                  <Th>{t('grid.col.exclusion-state', 'Exclusion approval')}</Th>
                  <Th>{t('grid.col.adjusted', 'Adjusted value')}</Th>
                  {grid.closed && <Th>{t('grid.col.correction', 'Correction')}</Th>}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => {
                  const code = row.indicator.code;
                  const input = inputs[code] ?? { value: '', exclusion: '', exclusionReason: '' };
                  const errors = rowErrors[code] ?? [];
                  const cell = (field: keyof CellInput, label: string) =>
                    readOnly ? (
                      <Typography>{input[field] || '—'}</Typography>
                    ) : (
                      <TextInput
                        aria-label={`${row.indicator.name} ${label}`}
                        name={`${field}-${code}`}
                        size="S"
                        value={input[field]}
                        hasError={errors.length > 0 && field === 'value'}
                        // While another unit or period loads, the cells still show the last one: not editable.
                        disabled={loading}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCell(code, field, e.target.value)}
                      />
                    );
                  return (
                    <tr key={code} data-indicator={code} data-error={errors.length > 0 ? 'true' : undefined}>
                      <Td>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          <Typography>{row.indicator.name}</Typography>
                          {errors.map((message) => (
                            <Typography key={message} variant="pi" textColor="danger600" data-testid="row-error">
                              {message}
                            </Typography>
                          ))}
                        </Flex>
                      </Td>
                      <Td>
                        <Typography>{row.indicator.unit ?? ''}</Typography>
                      </Td>
                      <Td>
                        <Typography textColor="neutral600">{shown(row.previous, row.indicator.decimals)}</Typography>
                      </Td>
                      <Td>{cell('value', t('grid.col.value', 'Value'))}</Td>
                      <Td>{cell('exclusion', t('grid.col.exclusion', 'Exclusion'))}</Td>
                      <Td>{cell('exclusionReason', t('grid.col.exclusion-reason', 'Exclusion reason'))}</Td>
                      <Td>
                        <Typography>
                          {row.value ? formatMessage({ id: row.value.exclusionState, defaultMessage: row.value.exclusionState }) : '—'}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography>{shown(row.value?.adjustedValue, row.indicator.decimals)}</Typography>
                      </Td>
                      {grid.closed && (
                        <Td>
                          {row.correction ? (
                            <Typography textColor="warning600" data-testid="correction-state">
                              {row.correction.state === 'draft'
                                ? t('grid.correction.draft', 'Correction to {value} drafted, not yet submitted', {
                                    value: text(row.correction.correctedValue),
                                  })
                                : t('grid.correction.pending', 'Correction to {value} awaiting HQ', {
                                    value: text(row.correction.correctedValue),
                                  })}
                            </Typography>
                          ) : row.value && grid.unit.writable ? (
                            <Button size="S" variant="secondary" onClick={() => setCorrecting(row)}>
                              {t('grid.correction.file', 'File a correction')}
                            </Button>
                          ) : null}
                        </Td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </EntryTable>
          )}
        </Flex>
      </Layouts.Content>
      <CorrectionDialog row={correcting} locale={locale} t={t} onClose={() => setCorrecting(null)} onFile={fileCorrection} />
    </Page.Main>
  );
};

export default ValueGridPage;
