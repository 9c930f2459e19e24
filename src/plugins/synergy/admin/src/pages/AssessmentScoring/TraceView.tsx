/**
 * One subject's total explained item by item, from its sheet's trace: each item's points, its
 * steps with their numbers, and its inputs — the signed letter's version, the indicator, target
 * and actual value, bonus counts, deductions, manual scores — then the bonus cap and the totals.
 */
import * as React from 'react';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../../components/FailureNotice';
import { PLUGIN_ID } from '../../pluginId';
import type { SheetTrace, TraceItem } from './types';
import { noteText, stepName, stepValue, type Translate } from './traceText';
import { useLoad } from './useLoad';

const num = (value: unknown) =>
  typeof value === 'number'
    ? value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
    : value === null || value === undefined
      ? '—'
      : String(value);

const Fact = ({ label, value }: { label: string; value: React.ReactNode }) => (
  <Flex gap={1} tag="span">
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="pi" fontWeight="semiBold">
      {value}
    </Typography>
  </Flex>
);

const ItemInputs = ({ item, t }: { item: TraceItem; t: Translate }) => {
  const i = item.inputs ?? {};
  if (item.kind === 'target') {
    return (
      <Flex gap={4} wrap="wrap">
        <Fact label={t('assessment.input.indicator', 'Indicator')} value={`${i.indicatorName ?? ''} (${i.indicator ?? ''})`} />
        <Fact
          label={t('assessment.input.letter', 'Signed letter')}
          value={
            i.letter
              ? t('assessment.input.letter-version', 'version {version}', { version: i.letter.versionNo })
              : t('assessment.input.none', 'none')
          }
        />
        <Fact label={t('assessment.input.annual-target', 'Annual target')} value={num(i.annualTarget)} />
        <Fact label={t('assessment.input.period-target', 'Target for the period')} value={num(i.periodTarget)} />
        <Fact label={t('assessment.input.value', 'Actual value')} value={num(i.value)} />
        <Fact label={t('assessment.input.previous-value', 'Same period last year')} value={num(i.previousValue)} />
        <Fact label={t('assessment.input.weight', 'Weight')} value={`${num(i.weight)}%`} />
        {i.direction && (
          <Fact
            label={t('assessment.input.direction', 'Direction')}
            value={t(`assessment.direction.${i.direction}`, String(i.direction))}
          />
        )}
      </Flex>
    );
  }
  if (item.kind === 'manual') {
    const scores: Array<{ assessor: string; value: number | null; comment: string | null }> = i.scores ?? [];
    return (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Flex gap={4} wrap="wrap">
          <Fact label={t('assessment.input.weight', 'Weight')} value={`${num(i.weight)}%`} />
          <Fact
            label={t('assessment.input.range', 'Range')}
            value={Array.isArray(i.range) ? `${num(i.range[0])}–${num(i.range[1])}` : '—'}
          />
        </Flex>
        {scores.map((s, n) => (
          <Fact
            key={n}
            label={s.assessor}
            value={s.value === null ? t('assessment.pending', 'Pending') : `${num(s.value)}${s.comment ? ` · ${s.comment}` : ''}`}
          />
        ))}
        {scores.length === 0 && <Typography variant="pi">{t('assessment.input.no-assessors', 'No scores opened')}</Typography>}
      </Flex>
    );
  }
  if (item.kind === 'bonus') {
    return (
      <Flex gap={4} wrap="wrap">
        <Fact label={t('assessment.input.source', 'Counted from')} value={t(`assessment.bonusSource.${i.source}`, String(i.source))} />
        <Fact label={t('assessment.input.count', 'Records')} value={num(i.count)} />
        <Fact label={t('assessment.input.per-unit', 'Points per record')} value={num(i.pointsPerUnit)} />
        <Fact label={t('assessment.input.item-cap', 'Item cap')} value={num(i.itemCap)} />
      </Flex>
    );
  }
  if (item.kind === 'deduction') {
    const list: Array<{ level: string | null; recorded: number; points: number; note: string | null }> = i.deductions ?? [];
    return (
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Flex gap={4} wrap="wrap">
          <Fact
            label={t('assessment.input.source', 'Counted from')}
            value={t(`assessment.deductionSource.${i.source}`, String(i.source))}
          />
          <Fact label={t('assessment.input.item-cap', 'Item cap')} value={num(i.itemCap)} />
        </Flex>
        {list.map((d, n) => (
          <Fact
            key={n}
            label={d.level ? t(`assessment.level.${d.level}`, d.level) : t('assessment.input.no-level', 'No level')}
            value={t('assessment.input.deduction', '{points} points (recorded {recorded}) {note}', {
              points: num(d.points),
              recorded: num(d.recorded),
              note: d.note ?? '',
            })}
          />
        ))}
      </Flex>
    );
  }
  return (
    <Fact
      label={t('assessment.input.condition', 'Condition')}
      value={i.condition ? t(`assessment.vetoCondition.${i.condition}`, String(i.condition)) : '—'}
    />
  );
};

export const TraceView = ({ documentId, t }: { documentId: string; t: Translate }) => {
  // Chinese text takes full-width punctuation, English half-width.
  const zh = useIntl().locale.toLowerCase().startsWith('zh');
  const [colon, open, close] = zh ? ['：', '（', '）'] : [': ', ' (', ')'];
  const { answer, failure, loading } = useLoad<{ data: SheetTrace }>(`/${PLUGIN_ID}/assessment-sheets/${documentId}/trace`);
  if (loading) return <Loader small />;
  if (failure) return <FailureNotice failure={failure} />;
  const sheet = answer?.data;
  const trace = sheet?.trace;
  if (!sheet || !trace) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="trace">
      <Typography variant="pi" textColor="neutral600">
        {t('assessment.trace.about', 'Scheme {code} version {schemeVersion}, {period}, computed as version {version} by {by}', {
          code: trace.scheme.code,
          schemeVersion: trace.scheme.version,
          period: sheet.period,
          version: sheet.version,
          by: sheet.computedBy ?? '—',
        })}
      </Typography>
      {trace.items.map((item) => (
        <Box key={item.key} background="neutral100" hasRadius padding={3} data-item={item.key}>
          <Flex justifyContent="space-between" gap={2}>
            <Typography fontWeight="bold">
              {item.name} · {t(`assessment.kind.${item.kind}`, item.kind)}
            </Typography>
            <Typography fontWeight="bold" textColor={item.points < 0 ? 'danger600' : 'neutral800'}>
              {t('assessment.trace.points', '{points} points', { points: num(item.points) })}
            </Typography>
          </Flex>
          <Box paddingTop={2} paddingBottom={2}>
            <ItemInputs item={item} t={t} />
          </Box>
          <Flex tag="ol" direction="column" alignItems="flex-start" gap={1}>
            {item.steps.map((step, n) => {
              const note = noteText(t, step.note);
              return (
                <Typography tag="li" key={n} variant="pi">
                  {n + 1}. {stepName(t, step.step)}
                  {colon}
                  <strong>{stepValue(t, step.value)}</strong>
                  {note ? `${open}${note}${close}` : ''}
                </Typography>
              );
            })}
          </Flex>
        </Box>
      ))}
      {trace.bonusCapStep && (
        <Typography variant="pi">
          {stepName(t, trace.bonusCapStep.step)}
          {colon}
          <strong>{stepValue(t, trace.bonusCapStep.value)}</strong>
          {trace.bonusCapStep.note ? `${open}${noteText(t, trace.bonusCapStep.note)}${close}` : ''}
        </Typography>
      )}
      <Typography fontWeight="bold" data-testid="trace-total">
        {t('assessment.trace.total', 'Total {total} = target {target} + scored {manual} + bonus {bonus} − deductions {deduction}', {
          total: num(trace.totals.total),
          target: num(trace.totals.target),
          manual: num(trace.totals.manual),
          bonus: num(trace.totals.bonus),
          deduction: num(trace.totals.deduction),
        })}
      </Typography>
      {trace.vetoReasons.length > 0 && (
        <Typography textColor="danger600">
          {t('assessment.trace.vetoed', 'Vetoed: {reasons}', { reasons: trace.vetoReasons.join('；') })}
        </Typography>
      )}
      {trace.tieBrokenBy && (
        <Typography variant="pi">
          {t('assessment.trace.tie', 'Tie broken by: {criterion}', {
            criterion: t(`assessment.tieBreak.${trace.tieBrokenBy}`, trace.tieBrokenBy),
          })}
        </Typography>
      )}
    </Flex>
  );
};
