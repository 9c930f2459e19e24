/**
 * 我的单位关键数据 on the home page: the caller's unit and the units below it (HQ: the group) —
 * demands by state, open tasks by light with the year's landing rate, and the confirmed benefit
 * of the year; computed on the server with the caller's scope (GET /synergy/home/figures).
 */
import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient, Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { HomeFigures, HomeFiguresResponse, TaskLight } from '../../../shared/contracts';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import { usePageModel } from '../hooks/usePageModel';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

const LIGHT_COLOURS: Record<TaskLight, string> = { green: 'success600', yellow: 'warning600', red: 'danger600' };
const BOARD = `/plugins/${PLUGIN_ID}/supervision`;
/** The content manager's list of a type found by its page model (its schema's pluginOptions.synergy.admin.pageModel). */
const listOf = (uid: string | undefined) => (uid ? `/content-manager/collection-types/${uid}` : '/content-manager');

const useFigures = () => {
  const { get } = useFetchClient();
  const [figures, setFigures] = React.useState<HomeFigures | null>(null);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    let current = true;
    get<HomeFiguresResponse>(`/${PLUGIN_ID}/home/figures`)
      .then(({ data }) => current && setFigures(data.data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [get]);
  return { figures, failed };
};

const Section = ({ title, to, children }: { title: string; to: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={1} paddingBottom={3}>
    <Typography tag={Link} to={to} variant="delta" textColor="neutral800" style={{ textDecoration: 'none' }}>
      {title}
    </Typography>
    <Flex gap={3} wrap="wrap">
      {children}
    </Flex>
  </Flex>
);

const Figure = ({ label, value, colour }: { label: string; value: string | number; colour?: string }) => (
  <Typography variant="omega" textColor="neutral600">
    {label}{' '}
    <Typography variant="omega" fontWeight="bold" textColor={colour ?? 'neutral800'}>
      {value}
    </Typography>
  </Typography>
);

export const UnitFiguresWidget = () => {
  const { formatMessage, formatNumber } = useIntl();
  const labels = useWorkflowLabels();
  const { figures, failed } = useFigures();
  const demandList = listOf(usePageModel('matching.demand')?.uid);
  const benefitList = listOf(usePageModel('home.benefit')?.uid);
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  if (failed) return <Widget.Error />;
  if (!figures) return <Widget.Loading />;
  const { demands, tasks, benefit } = figures;
  const states = Object.entries(demands.byState).filter(([, count]) => count > 0);
  const rate = tasks.landingRate === null ? '—' : formatNumber(tasks.landingRate, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi" textColor="neutral600">
        {figures.unit
          ? t('home.figures.scope', '{unit} and the units below it, {year}', { unit: figures.unit.name, year: figures.year })
          : t('home.figures.noUnit', 'Your admin account belongs to no unit.')}
      </Typography>
      <Section title={t('home.figures.demands', 'Demands: {count}', { count: demands.total })} to={demandList}>
        {states.length === 0 ? (
          <Typography textColor="neutral500">{t('home.figures.none', 'none')}</Typography>
        ) : (
          states.map(([state, count]) => <Figure key={state} label={labels.state(state)} value={count} />)
        )}
      </Section>
      <Section title={t('home.figures.tasks', 'Open tasks: {count}', { count: tasks.open })} to={BOARD}>
        {(['green', 'yellow', 'red'] as const).map((light) => (
          <Figure key={light} label={t(`home.figures.light.${light}`, light)} value={tasks.byLight[light]} colour={LIGHT_COLOURS[light]} />
        ))}
        <Figure label={t('home.figures.landing', 'Landing rate')} value={rate} colour="primary600" />
        <Typography variant="pi" textColor="neutral500">
          {tasks.due === 0
            ? t('home.figures.landing.none', 'no task due this year yet')
            : t('home.figures.landing.note', '{done} of {due} due this year done on time', { done: tasks.doneOnTime, due: tasks.due })}
        </Typography>
      </Section>
      <Section title={t('home.figures.benefit', 'Confirmed benefit this year')} to={benefitList}>
        <Figure
          label={t('home.figures.benefit.records', '{count} records', { count: benefit.records })}
          value={formatNumber(benefit.confirmed, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 })}
          colour="success600"
        />
      </Section>
    </Flex>
  );
};
