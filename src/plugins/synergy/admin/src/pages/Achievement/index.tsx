/**
 * 指标达成 — indicator achievement of one org node for a year and period: each indicator's value,
 * plan target, achievement % and status (warning and alarm in colour); the node's children link
 * one level down, the breadcrumb back up. Unit, year and period live in the URL query, so a view
 * is a link. The server applies the admin's scope (a reporter sees its own unit only).
 */
import * as React from 'react';
import {
  Box,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Status,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import type { StatusVariant } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { inLanguage } from '../../utils/bilingual';
import { getTranslation } from '../../utils/getTranslation';
import { useAchievement, type AchievementFigure, type AchievementUnit, type FigureStatus } from './useAchievement';

const STATUS_TONE: Record<FigureStatus, StatusVariant> = { ok: 'success', warning: 'warning', alarm: 'danger', 'no-value': 'neutral' };
const PERIODS = ['y', 'q1', 'q2', 'q3', 'q4', ...Array.from({ length: 12 }, (_, i) => `m${i + 1}`)];

const number = (value: number | null, decimals: number | null) =>
  value === null ? '—' : value.toLocaleString('zh-CN', { minimumFractionDigits: decimals ?? 2, maximumFractionDigits: decimals ?? 2 });
const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

/** 一利五率 in SASAC's order: 利润总额, then 资产负债率, 净资产收益率, 研发经费投入强度, 全员劳动生产率, 营业现金比率. */
const SASAC_ORDER = ['TOTAL_PROFIT', 'DEBT_RATIO', 'ROE', 'RD_INTENSITY', 'LABOUR_PRODUCTIVITY', 'OCF_RATIO'];
const corePlace = (indicator: { category: string; code?: string }) => {
  if (indicator.category !== 'sasac-core') return SASAC_ORDER.length + 1;
  const at = SASAC_ORDER.indexOf(indicator.code ?? '');
  return at >= 0 ? at : SASAC_ORDER.length;
};
/** 一利五率 (the SASAC core figures) first in their usual order, the rest in the server's order. */
const coreFirst = <T extends { category: string; code?: string }>(indicators: T[]) =>
  [...indicators].sort((a, b) => corePlace(a) - corePlace(b));

const AchievementPage = () => {
  const { formatMessage, locale } = useIntl();
  const t = React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const parsedYear = Number(params.get('year'));
  const year = Number.isInteger(parsedYear) && parsedYear >= 2000 && parsedYear <= 2100 ? parsedYear : thisYear;
  // Without a period in the link: last month this year (balances are reported monthly), the full year otherwise.
  const defaultPeriod = year === thisYear ? `m${Math.max(1, new Date().getMonth())}` : 'y';
  const period = PERIODS.includes(params.get('period') ?? '') ? params.get('period')! : defaultPeriod;
  const unit = params.get('unit');
  const { answer, failure, loading } = useAchievement({ unit, year, period });

  /** The query of a view: this one with some parts changed. */
  const search = (changes: Partial<{ unit: string; year: number; period: string }>) => {
    const next = { ...(unit ? { unit } : {}), year: String(year), period, ...changes };
    return `?${new URLSearchParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])))}`;
  };
  const periodName = (p: string) =>
    p === 'y'
      ? t('achievement.period.year', 'Full year')
      : p.startsWith('q')
        ? t('achievement.period.quarter', 'Q{number}', { number: p.slice(1) })
        : t('achievement.period.month', 'Month {number}', { number: p.slice(1) });
  const statusName = (s: FigureStatus) => t(`achievement.status.${s}`, s);
  const count = (figures: AchievementFigure[], status: FigureStatus) => figures.filter((f) => f.status === status).length;
  const crumbs: AchievementUnit[] = answer ? [...answer.trail, answer.unit] : [];
  const years = Array.from({ length: 5 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <Page.Main>
      <Page.Title>{t('achievement.title', 'Indicator achievement')}</Page.Title>
      <Layouts.Header
        title={t('achievement.title', 'Indicator achievement')}
        subtitle={
          answer
            ? t('achievement.subtitle', '{unit} · {year} · {period}', { unit: answer.unit.name, year, period: periodName(period) })
            : t('achievement.subtitle.empty', 'Values, plan targets and achievement of each indicator, group → segment → company.')
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
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
          {crumbs.length > 0 && (
            <nav aria-label={t('achievement.breadcrumb', 'Breadcrumb')} data-testid="achievement-breadcrumb">
              <Flex gap={2} wrap="wrap">
                {crumbs.map((c, i) => (
                  <React.Fragment key={c.documentId}>
                    {i > 0 && <Typography textColor="neutral500">›</Typography>}
                    {i < crumbs.length - 1 ? (
                      <Link to={{ search: search({ unit: c.documentId }) }}>
                        <Typography textColor="primary600">{c.name}</Typography>
                      </Link>
                    ) : (
                      <Typography fontWeight="bold" aria-current="page">
                        {c.name}
                      </Typography>
                    )}
                  </React.Fragment>
                ))}
              </Flex>
            </nav>
          )}
          {failure && (
            <Box background="danger100" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{inLanguage(failure.message, locale)}</Typography>
            </Box>
          )}
          {answer && (
            <Table colCount={6} rowCount={answer.indicators.length + 1} aria-busy={loading}>
              <Thead>
                <Tr>
                  <Th>{t('achievement.col.indicator', 'Indicator')}</Th>
                  <Th>{t('achievement.col.unit', 'Unit of measure')}</Th>
                  <Th>{t('achievement.col.value', 'Value')}</Th>
                  <Th>{t('achievement.col.target', 'Target')}</Th>
                  <Th>{t('achievement.col.achievement', 'Achievement')}</Th>
                  <Th>{t('achievement.col.status', 'Status')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {coreFirst(answer.indicators).map((indicator) => {
                  const figure = answer.figures.find((f) => f.code === indicator.code);
                  const status = figure?.status ?? 'no-value';
                  return (
                    <Tr key={indicator.code} data-indicator={indicator.code} data-status={status}>
                      <Td>
                        <Typography>{indicator.name}</Typography>
                      </Td>
                      <Td>
                        <Typography>{indicator.unit ?? ''}</Typography>
                      </Td>
                      <Td>
                        <Typography>{number(figure?.value ?? null, indicator.decimals)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{number(figure?.target ?? null, indicator.decimals)}</Typography>
                      </Td>
                      <Td>
                        <Typography>{percent(figure?.achievement ?? null)}</Typography>
                      </Td>
                      <Td>
                        <Status variant={STATUS_TONE[status]} size="S">
                          <Typography tag="span" variant="omega" fontWeight="bold">
                            {statusName(status)}
                          </Typography>
                        </Status>
                      </Td>
                    </Tr>
                  );
                })}
              </Tbody>
            </Table>
          )}
          {answer && answer.children.length > 0 && (
            <>
              <Typography variant="delta" tag="h2">
                {t('achievement.children', 'Units below {unit}', { unit: answer.unit.name })}
              </Typography>
              <Table colCount={3} rowCount={answer.children.length + 1}>
                <Thead>
                  <Tr>
                    <Th>{t('achievement.col.child', 'Unit')}</Th>
                    <Th>{t('achievement.col.warnings', 'Warnings')}</Th>
                    <Th>{t('achievement.col.alarms', 'Alarms')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {answer.children.map((child) => (
                    <Tr key={child.unit.documentId} data-unit={child.unit.code}>
                      <Td>
                        <Link to={{ search: search({ unit: child.unit.documentId }) }}>
                          <Typography textColor="primary600">{child.unit.name}</Typography>
                        </Link>
                      </Td>
                      <Td>
                        <Typography textColor={count(child.figures, 'warning') > 0 ? 'warning600' : 'neutral800'}>
                          {count(child.figures, 'warning')}
                        </Typography>
                      </Td>
                      <Td>
                        <Typography textColor={count(child.figures, 'alarm') > 0 ? 'danger600' : 'neutral800'}>
                          {count(child.figures, 'alarm')}
                        </Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AchievementPage;
