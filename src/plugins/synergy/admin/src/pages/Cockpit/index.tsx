/**
 * 领导驾驶舱 — one node of the org tree and its children for a year: demands by stage, confirmed
 * benefit by period, open tasks by light with the landing rate, and the indicators' achievement
 * against target (一利五率 first), and the assessment ranking of the latest published bulletins.
 * Every chart has a table with the same figures below it. A click
 * on a child's column (or its name in a table) goes one level down, the breadcrumb back up; the
 * node's own figures (本级, or a company's) link to the records behind them in the content
 * manager's list, filtered by owner unit and state (benefit: by the unit credited a share, and
 * period; a ranking: the sheet the bulletin froze). Unit, year and period live in the URL query,
 * so a view is a link. The server applies the admin's scope before it sums (GET /synergy/cockpit).
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
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { EChart, type ChartOption } from '../../components/charts/EChart';
import { useWorkflowLabels } from '../../hooks/useWorkflowLabels';
import { usePageModel } from '../../hooks/usePageModel';
import { inLanguage } from '../../utils/bilingual';
import { getTranslation } from '../../utils/getTranslation';
import type { AchievementUnit, FigureStatus } from '../Achievement/useAchievement';
import { useCockpit, type Cockpit, type NodeFigures, type TaskLight } from './useCockpit';
import { AssessmentRanking } from './AssessmentSection';

const PERIODS = ['y', 'q1', 'q2', 'q3', 'q4', ...Array.from({ length: 12 }, (_, i) => `m${i + 1}`)];
const LIGHTS: TaskLight[] = ['green', 'yellow', 'red'];
const LIGHT_COLOURS: Record<TaskLight, string> = { green: '#328048', yellow: '#d9822f', red: '#d02b20' };
const STATUS_COLOURS: Record<FigureStatus, string> = { ok: '#328048', warning: '#d9822f', alarm: '#d02b20', 'no-value': '#a5a5ba' };
const STATUS_TONE: Record<FigureStatus, StatusVariant> = { ok: 'success', warning: 'warning', alarm: 'danger', 'no-value': 'neutral' };
/** The task states counted as open (the server's OPEN_STATES). */
const OPEN_TASK_STATES = ['assigned', 'in_progress'];

/** 一利五率 in SASAC's order, then the other indicators in the server's order. */
const SASAC_ORDER = ['TOTAL_PROFIT', 'DEBT_RATIO', 'ROE', 'RD_INTENSITY', 'LABOUR_PRODUCTIVITY', 'OCF_RATIO'];
const corePlace = (indicator: { category: string; code: string }) => {
  if (indicator.category !== 'sasac-core') return SASAC_ORDER.length + 1;
  const at = SASAC_ORDER.indexOf(indicator.code);
  return at >= 0 ? at : SASAC_ORDER.length;
};

/** One row of the tables and one column of the charts: a child, or the node's own units (本级). */
interface Row {
  unit: AchievementUnit;
  figures: NodeFigures;
  /** The node's own units: its figures link to the records. */
  own: boolean;
}

const isEmpty = (f: NodeFigures) => f.demands.total === 0 && f.benefit.confirmed === 0 && f.tasks.open === 0 && f.tasks.due === 0;

/** The rows of a node: its children, then its own units when they have figures; the node itself when it has no children. */
const rowsOf = (answer: Cockpit): Row[] => {
  const children = answer.synergy.children.map((c) => ({ ...c, own: false }));
  if (children.length === 0) return [{ unit: answer.unit, figures: answer.synergy.figures, own: true }];
  return isEmpty(answer.synergy.own) ? children : [...children, { unit: answer.unit, figures: answer.synergy.own, own: true }];
};

/**
 * Query string of the content manager's list filtered by `filters` (each [path, operator, value]),
 * in the list's own `$and` form, so its filter chips show them. The admin parses the address with
 * qs's default depth of 5 brackets: a path that would go deeper in that form (a share's unit's code
 * inside a component) is sent without `$and`, or qs would keep its operator as a literal key.
 */
const listQuery = (filters: Array<[string[], string, string | string[]]>) => {
  const search = new URLSearchParams({ page: '1', pageSize: '10' });
  filters.forEach(([path, operator, value], i) => {
    const brackets = `${path.map((p) => `[${p}]`).join('')}[${operator}]`;
    const key = path.length + 3 <= 5 ? `filters[$and][${i}]${brackets}` : `filters${brackets}`;
    if (Array.isArray(value)) value.forEach((v, j) => search.append(`${key}[${j}]`, v));
    else search.append(key, value);
  });
  return search.toString();
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} style={{ minWidth: 180 }} data-testid={testId}>
    <Typography variant="pi" textColor="neutral600" tag="p">
      {label}
    </Typography>
    <Typography variant="beta" tag="p">
      {value}
    </Typography>
  </Box>
);

const CockpitPage = () => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
  const labels = useWorkflowLabels();
  const navigate = useNavigate();
  const demandModel = usePageModel('matching.demand');
  const taskModel = usePageModel('supervision.task');
  const benefitModel = usePageModel('home.benefit');
  const sheetModel = usePageModel('assessment.sheet');
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const parsedYear = Number(params.get('year'));
  const year = Number.isInteger(parsedYear) && parsedYear >= 2000 && parsedYear <= 2100 ? parsedYear : thisYear;
  // Without a period in the link: last month this year (balances are reported monthly), the full year otherwise.
  const defaultPeriod = year === thisYear ? `m${Math.max(1, new Date().getMonth())}` : 'y';
  const period = PERIODS.includes(params.get('period') ?? '') ? params.get('period')! : defaultPeriod;
  const unit = params.get('unit');
  const { answer, failure, loading } = useCockpit({ unit, year, period });

  /** The query of a view: this one with some parts changed. */
  const search = React.useCallback(
    (changes: Partial<{ unit: string; year: number; period: string }>) => {
      const next = { ...(unit ? { unit } : {}), year: String(year), period, ...changes };
      return `?${new URLSearchParams(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, String(v)])))}`;
    },
    [unit, year, period]
  );
  const periodName = (p: string) =>
    p === 'y'
      ? t('cockpit.period.year', 'Full year')
      : p.startsWith('q')
        ? t('cockpit.period.quarter', 'Q{number}', { number: p.slice(1) })
        : t('cockpit.period.month', 'Month {number}', { number: p.slice(1) });
  const money = (yuan: number) => formatNumber(yuan, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 });
  const rate = (r: number | null) => (r === null ? '—' : formatNumber(r, { style: 'percent', maximumFractionDigits: 1 }));
  const plain = (n: number | null, decimals: number | null) =>
    n === null ? '—' : formatNumber(n, { minimumFractionDigits: decimals ?? 2, maximumFractionDigits: decimals ?? 2 });

  const rows = React.useMemo(() => (answer ? rowsOf(answer) : []), [answer]);
  const rowName = React.useCallback(
    (row: Row) =>
      row.own && answer && answer.synergy.children.length > 0 ? t('cockpit.own', '{unit} (own)', { unit: row.unit.name }) : row.unit.name,
    [answer, t]
  );
  const drill = React.useCallback(
    (index: number) => {
      const row = rows[index];
      if (row && !row.own) navigate({ search: search({ unit: row.unit.documentId }) });
    },
    [rows, navigate, search]
  );

  /** The content manager's list of the records behind one of a unit's own figures. */
  const demandsOf = (code: string, state: string) =>
    demandModel &&
    `/content-manager/collection-types/${demandModel.uid}?${listQuery([
      [['ownerUnit', 'code'], '$eq', code],
      [['state'], '$eq', state],
      [['createdAt'], '$gte', `${year}-01-01T00:00:00.000Z`],
      [['createdAt'], '$lt', `${year + 1}-01-01T00:00:00.000Z`],
    ])}`;
  const tasksOf = (code: string, light: TaskLight) =>
    taskModel &&
    `/content-manager/collection-types/${taskModel.uid}?${listQuery([
      [['ownerUnit', 'code'], '$eq', code],
      [['light'], '$eq', light],
      [['state'], '$in', OPEN_TASK_STATES],
    ])}`;

  /** Confirmed benefit records of a period with a share credited to the unit (its benefit figure is amount × share). */
  const benefitsOf = (code: string, benefitPeriod: string) =>
    benefitModel &&
    `/content-manager/collection-types/${benefitModel.uid}?${listQuery([
      [['shares', 'unit', 'code'], '$eq', code],
      [['period'], '$eq', benefitPeriod],
      [['state'], '$eq', 'confirmed'],
    ])}`;
  const sheetOf = (documentId: string) => sheetModel && `/content-manager/collection-types/${sheetModel.uid}/${documentId}`;

  const states = React.useMemo(() => answer?.demandStates ?? [], [answer]);
  const benefitPeriods = React.useMemo(() => [...new Set(rows.flatMap((r) => Object.keys(r.figures.benefit.byPeriod)))].sort(), [rows]);
  const indicators = React.useMemo(
    () => (answer ? [...answer.indicators.indicators].sort((a, b) => corePlace(a) - corePlace(b)) : []),
    [answer]
  );

  const options = React.useMemo(() => {
    const names = rows.map(rowName);
    const axis = { type: 'category' as const, data: names, axisLabel: { interval: 0, width: 96, overflow: 'truncate' as const } };
    const base = {
      grid: { left: 64, right: 64, top: 48, bottom: 48, outerBoundsMode: 'none' as const },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0, type: 'scroll' as const },
    };
    const demands: ChartOption = {
      ...base,
      xAxis: axis,
      yAxis: { type: 'value', minInterval: 1 },
      series: states.map((state) => ({
        type: 'bar',
        stack: 'demands',
        name: labels.state(state),
        data: rows.map((r) => r.figures.demands.byState[state] ?? 0),
      })),
    };
    const benefit: ChartOption = {
      ...base,
      xAxis: axis,
      yAxis: { type: 'value', name: t('cockpit.yuan', 'Yuan') },
      series: benefitPeriods.map((p) => ({ type: 'bar', name: p, data: rows.map((r) => r.figures.benefit.byPeriod[p] ?? 0) })),
    };
    const tasks: ChartOption = {
      ...base,
      xAxis: axis,
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        ...LIGHTS.map((light) => ({
          type: 'bar' as const,
          stack: 'lights',
          name: t(`cockpit.light.${light}`, light),
          itemStyle: { color: LIGHT_COLOURS[light] },
          data: rows.map((r) => r.figures.tasks.byLight[light] ?? 0),
        })),
        {
          type: 'line' as const,
          yAxisIndex: 1,
          name: t('cockpit.landingRate', 'Landing rate'),
          itemStyle: { color: '#4945ff' },
          data: rows.map((r) => (r.figures.tasks.landingRate === null ? null : Math.round(r.figures.tasks.landingRate * 1000) / 10)),
        },
      ],
    };
    const figureOf = (code: string) => answer?.indicators.figures.find((f) => f.code === code);
    // Horizontal bars, one per indicator, 一利五率 on top: the names stay readable however many there are.
    const achievement: ChartOption = {
      grid: { left: 160, right: 48, top: 16, bottom: 32, outerBoundsMode: 'none' },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
      yAxis: { type: 'category', inverse: true, data: indicators.map((i) => i.name), axisLabel: { width: 148, overflow: 'truncate' } },
      // The axis always reaches 100 % (the target), so a bar's length reads as the share of its target.
      xAxis: { type: 'value', max: (extent) => Math.max(100, Math.ceil(extent.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: t('cockpit.col.achievement', 'Achievement'),
          barMaxWidth: 18,
          data: indicators.map((i) => {
            const f = figureOf(i.code);
            return { value: f?.achievement ?? null, itemStyle: { color: STATUS_COLOURS[f?.status ?? 'no-value'] } };
          }),
          markLine: {
            symbol: 'none',
            silent: true,
            label: { show: false },
            data: [{ xAxis: 100 }],
            lineStyle: { type: 'dashed', color: '#666687' },
          },
        },
      ],
    };
    return { demands, benefit, tasks, achievement };
  }, [rows, rowName, states, labels, benefitPeriods, indicators, answer, t]);

  const crumbs: AchievementUnit[] = answer ? [...answer.trail, answer.unit] : [];
  const years = Array.from({ length: 5 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);
  const canDrill = answer ? answer.synergy.children.length > 0 : false;
  const chartLabel = (what: string) =>
    answer ? t('cockpit.chart.label', '{what}, {unit}, {year}: figures in the table below', { what, unit: answer.unit.name, year }) : what;

  /** A unit's name: a link one level down for a child, plain text for the node's own units. */
  const nameCell = (row: Row) =>
    row.own ? (
      <Typography fontWeight="bold">{rowName(row)}</Typography>
    ) : (
      <Link to={{ search: search({ unit: row.unit.documentId }) }}>
        <Typography textColor="primary600">{row.unit.name}</Typography>
      </Link>
    );
  /** A figure: a link to its records on the node's own row when there are any, plain otherwise. */
  const countCell = (row: Row, count: number, to: string | undefined, label: string) =>
    row.own && count > 0 && to ? (
      <Link to={to} aria-label={label}>
        <Typography textColor="primary600" fontWeight="bold">
          {count}
        </Typography>
      </Link>
    ) : (
      <Typography>{count}</Typography>
    );

  return (
    <Page.Main>
      <Page.Title>{t('cockpit.title', 'Cockpit')}</Page.Title>
      <Layouts.Header
        title={t('cockpit.title', 'Cockpit')}
        subtitle={
          answer
            ? t('cockpit.subtitle', '{unit} · {year} · indicators for {period}', {
                unit: answer.unit.name,
                year,
                period: periodName(period),
              })
            : t('cockpit.subtitle.empty', 'Demands, benefit, tasks and indicators, group → segment → company → records.')
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="year">
              <Field.Label>{t('cockpit.year', 'Year')}</Field.Label>
              <SingleSelect value={String(year)} onChange={(value: string | number) => setParams(search({ year: Number(value) }))}>
                {years.map((y) => (
                  <SingleSelectOption key={y} value={String(y)}>
                    {String(y)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            <Field.Root
              name="period"
              hint={t('cockpit.period.hint', 'For the indicators and the assessment ranking; the synergy figures cover the year')}
            >
              <Field.Label>{t('cockpit.period', 'Period')}</Field.Label>
              <SingleSelect value={period} onChange={(value: string | number) => setParams(search({ period: String(value) }))}>
                {PERIODS.map((p) => (
                  <SingleSelectOption key={p} value={p}>
                    {periodName(p)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
          </Flex>
          {crumbs.length > 0 && (
            <nav aria-label={t('cockpit.breadcrumb', 'Breadcrumb')} data-testid="cockpit-breadcrumb">
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
            <Flex gap={4} wrap="wrap" aria-busy={loading}>
              <Figure
                testId="cockpit-figure-demands"
                label={t('cockpit.figure.demands', 'Demands this year')}
                value={String(answer.synergy.figures.demands.total)}
              />
              <Figure
                testId="cockpit-figure-benefit"
                label={t('cockpit.figure.benefit', 'Confirmed benefit')}
                value={money(answer.synergy.figures.benefit.confirmed)}
              />
              <Figure
                testId="cockpit-figure-tasks"
                label={t('cockpit.figure.tasks', 'Open tasks')}
                value={String(answer.synergy.figures.tasks.open)}
              />
              <Figure
                testId="cockpit-figure-landing"
                label={t('cockpit.landingRate', 'Landing rate')}
                value={rate(answer.synergy.figures.tasks.landingRate)}
              />
            </Flex>
          )}
          {answer && canDrill && (
            <Typography variant="pi" textColor="neutral600">
              {t(
                'cockpit.drillHint',
                'Click a unit’s column or its name to go one level down; the figures of {unit} itself open its records.',
                {
                  unit: answer.unit.name,
                }
              )}
            </Typography>
          )}

          {answer && (
            <Section title={t('cockpit.demands', 'Demand pipeline by stage')}>
              <EChart
                testId="cockpit-chart-demands"
                option={options.demands}
                label={chartLabel(t('cockpit.demands', 'Demand pipeline by stage'))}
                onCategoryClick={canDrill ? drill : undefined}
              />
              <Table colCount={states.length + 2} rowCount={rows.length + 2} data-testid="cockpit-table-demands">
                <Thead>
                  <Tr>
                    <Th>{t('cockpit.col.unit', 'Unit')}</Th>
                    {states.map((s) => (
                      <Th key={s}>{labels.state(s)}</Th>
                    ))}
                    <Th>{t('cockpit.col.total', 'Total')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => (
                    <Tr key={`${row.unit.documentId}-${row.own}`} data-unit={row.unit.code} data-own={row.own}>
                      <Td>{nameCell(row)}</Td>
                      {states.map((s) => (
                        <Td key={s} data-state={s}>
                          {countCell(
                            row,
                            row.figures.demands.byState[s] ?? 0,
                            demandsOf(row.unit.code, s),
                            t('cockpit.records.demands', '{unit}: demands {state}', { unit: row.unit.name, state: labels.state(s) })
                          )}
                        </Td>
                      ))}
                      <Td>
                        <Typography fontWeight="bold">{row.figures.demands.total}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Section>
          )}

          {answer && (
            <Section title={t('cockpit.benefit', 'Confirmed benefit by period')}>
              <EChart
                testId="cockpit-chart-benefit"
                option={options.benefit}
                label={chartLabel(t('cockpit.benefit', 'Confirmed benefit by period'))}
                onCategoryClick={canDrill ? drill : undefined}
              />
              <Table colCount={benefitPeriods.length + 2} rowCount={rows.length + 1} data-testid="cockpit-table-benefit">
                <Thead>
                  <Tr>
                    <Th>{t('cockpit.col.unit', 'Unit')}</Th>
                    {benefitPeriods.map((p) => (
                      <Th key={p}>{p}</Th>
                    ))}
                    <Th>{t('cockpit.col.total', 'Total')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => (
                    <Tr key={`${row.unit.documentId}-${row.own}`} data-unit={row.unit.code} data-own={row.own}>
                      <Td>{nameCell(row)}</Td>
                      {benefitPeriods.map((p) => {
                        const amount = row.figures.benefit.byPeriod[p] ?? 0;
                        const to = row.own && amount !== 0 ? benefitsOf(row.unit.code, p) : undefined;
                        return (
                          <Td key={p} data-period={p}>
                            {to ? (
                              <Link
                                to={to}
                                aria-label={t('cockpit.records.benefit', '{unit}: confirmed benefit of {period}', {
                                  unit: row.unit.name,
                                  period: p,
                                })}
                              >
                                <Typography textColor="primary600" fontWeight="bold">
                                  {money(amount)}
                                </Typography>
                              </Link>
                            ) : (
                              <Typography>{money(amount)}</Typography>
                            )}
                          </Td>
                        );
                      })}
                      <Td>
                        <Typography fontWeight="bold">{money(row.figures.benefit.confirmed)}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Section>
          )}

          {answer && (
            <Section title={t('cockpit.tasks', 'Task lights and landing rate')}>
              <EChart
                testId="cockpit-chart-tasks"
                option={options.tasks}
                label={chartLabel(t('cockpit.tasks', 'Task lights and landing rate'))}
                onCategoryClick={canDrill ? drill : undefined}
              />
              <Table colCount={7} rowCount={rows.length + 1} data-testid="cockpit-table-tasks">
                <Thead>
                  <Tr>
                    <Th>{t('cockpit.col.unit', 'Unit')}</Th>
                    {LIGHTS.map((light) => (
                      <Th key={light}>{t(`cockpit.light.${light}`, light)}</Th>
                    ))}
                    <Th>{t('cockpit.col.due', 'Due this year')}</Th>
                    <Th>{t('cockpit.col.doneOnTime', 'Done on time')}</Th>
                    <Th>{t('cockpit.landingRate', 'Landing rate')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {rows.map((row) => (
                    <Tr key={`${row.unit.documentId}-${row.own}`} data-unit={row.unit.code} data-own={row.own}>
                      <Td>{nameCell(row)}</Td>
                      {LIGHTS.map((light) => (
                        <Td key={light} data-light={light}>
                          {countCell(
                            row,
                            row.figures.tasks.byLight[light] ?? 0,
                            tasksOf(row.unit.code, light),
                            t('cockpit.records.tasks', '{unit}: open tasks, {light}', {
                              unit: row.unit.name,
                              light: t(`cockpit.light.${light}`, light),
                            })
                          )}
                        </Td>
                      ))}
                      <Td>
                        <Typography>{row.figures.tasks.due}</Typography>
                      </Td>
                      <Td>
                        <Typography>{row.figures.tasks.doneOnTime}</Typography>
                      </Td>
                      <Td>
                        <Typography fontWeight="bold">{rate(row.figures.tasks.landingRate)}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Section>
          )}

          {answer && (
            <Section title={t('cockpit.indicators', 'Indicator achievement against target ({period})', { period: periodName(period) })}>
              <EChart
                testId="cockpit-chart-indicators"
                option={options.achievement}
                label={chartLabel(t('cockpit.indicators.short', 'Indicator achievement'))}
                height={48 + 28 * Math.max(indicators.length, 3)}
              />
              <Table colCount={6} rowCount={indicators.length + 1} data-testid="cockpit-table-indicators">
                <Thead>
                  <Tr>
                    <Th>{t('cockpit.col.indicator', 'Indicator')}</Th>
                    <Th>{t('cockpit.col.measure', 'Unit of measure')}</Th>
                    <Th>{t('cockpit.col.value', 'Value')}</Th>
                    <Th>{t('cockpit.col.target', 'Target')}</Th>
                    <Th>{t('cockpit.col.achievement', 'Achievement')}</Th>
                    <Th>{t('cockpit.col.status', 'Status')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {indicators.map((indicator) => {
                    const figure = answer.indicators.figures.find((f) => f.code === indicator.code);
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
                          <Typography>{plain(figure?.value ?? null, indicator.decimals)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{plain(figure?.target ?? null, indicator.decimals)}</Typography>
                        </Td>
                        <Td>
                          <Typography>{figure?.achievement === null || !figure ? '—' : `${figure.achievement.toFixed(1)}%`}</Typography>
                        </Td>
                        <Td>
                          <Status variant={STATUS_TONE[status]} size="S">
                            <Typography tag="span" variant="omega" fontWeight="bold">
                              {t(`cockpit.status.${status}`, status)}
                            </Typography>
                          </Status>
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            </Section>
          )}

          {answer && (
            <Section title={t('cockpit.assessment', 'Assessment ranking (published bulletins)')}>
              {answer.assessment.length === 0 ? (
                <Typography textColor="neutral600" data-testid="cockpit-assessment-none">
                  {t('cockpit.assessment.none', 'No assessment bulletin of {period} ranks these units yet.', {
                    period: period === 'y' || period.startsWith('m') ? String(year) : `${year} ${periodName(period)}`,
                  })}
                </Typography>
              ) : (
                answer.assessment.map((entry) => (
                  <AssessmentRanking
                    key={entry.bulletin.documentId}
                    entry={entry}
                    t={t}
                    drillTo={(documentId) => (documentId === answer.unit.documentId ? undefined : search({ unit: documentId }))}
                    sheetLink={sheetOf}
                    chartLabel={chartLabel}
                    number={(n) => plain(n, 2)}
                  />
                ))
              )}
            </Section>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default CockpitPage;
