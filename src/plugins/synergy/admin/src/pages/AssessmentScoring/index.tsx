/**
 * 考核计分 — HQ's assessment scoring page: pick a scheme, year and quarter; compute the period (a
 * new version each time); read a version's ranking, open a subject's total explained item by item
 * down to its inputs; compare two versions; see which manual scores are still pending; draft and
 * publish bulletins. The choice lives in the URL query (`?scheme=&year=&quarter=&version=`).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, Tabs, Typography } from '@strapi/design-system';
import { Play } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { FailureNotice } from '../../components/FailureNotice';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { Bulletins } from './Bulletins';
import { DiffTable } from './DiffTable';
import { ManualScores } from './ManualScores';
import { toRefusal, type Refusal } from './problems';
import { RankingTable } from './RankingTable';
import type { ComputeAnswer, DiffRow, ManualScoreRow, Ranking, SchemeSummary } from './types';
import type { Translate } from './traceText';
import { useLoad } from './useLoad';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];

const AssessmentScoringPage = () => {
  const { formatMessage, locale } = useIntl();
  const t: Translate = (id, defaultMessage, values) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { post } = useFetchClient();
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const schemes = useLoad<{ data: SchemeSummary[] }>(`/${PLUGIN_ID}/assessment-schemes`);
  const schemeId = params.get('scheme');
  const scheme = schemes.answer?.data.find((s) => s.documentId === schemeId) ?? null;
  const year = Number(params.get('year') ?? thisYear);
  const quarter = Number(params.get('quarter') ?? Math.floor(new Date().getMonth() / 3) + 1);
  const periodNumber = scheme?.periodKind === 'year' ? 1 : quarter;
  const version = params.get('version');
  const [reload, setReload] = React.useState(0);
  const base = scheme ? new URLSearchParams({ scheme: scheme.documentId, year: String(year), periodNumber: String(periodNumber) }) : null;

  const ranking = useLoad<Ranking>(
    base ? `/${PLUGIN_ID}/assessment-sheets/ranking?${base}${version ? `&version=${version}` : ''}` : null,
    reload
  );
  const versions = ranking.answer?.meta.versions ?? [];
  const shown = ranking.answer?.meta.version ?? null;
  const [compareFrom, setCompareFrom] = React.useState<string>('');
  const from = compareFrom || String(versions.find((v) => shown !== null && v < shown) ?? '');
  const diff = useLoad<{ data: DiffRow[]; meta: { from: number; to: number } }>(
    base && shown && from ? `/${PLUGIN_ID}/assessment-sheets/diff?${base}&from=${from}&to=${shown}` : null,
    reload
  );
  const scores = useLoad<{ data: ManualScoreRow[]; meta: { open: number } }>(
    base ? `/${PLUGIN_ID}/assessment-sheets/manual-scores?${base}` : null,
    reload
  );
  const [computing, setComputing] = React.useState(false);
  const [computed, setComputed] = React.useState<ComputeAnswer | null>(null);
  const [refusal, setRefusal] = React.useState<Refusal | null>(null);
  const [tab, setTab] = React.useState('ranking');

  React.useEffect(() => {
    setComputed(null);
    setRefusal(null);
    setCompareFrom('');
  }, [schemeId, year, periodNumber]);

  const compute = async () => {
    if (!scheme) return;
    setComputing(true);
    setRefusal(null);
    try {
      const { data } = await post<ComputeAnswer>(`/${PLUGIN_ID}/assessment-sheets/compute`, {
        data: { scheme: scheme.documentId, year, periodNumber },
      });
      setComputed(data);
      setCompareFrom('');
      set({ version: null });
      setReload((n) => n + 1);
    } catch (error) {
      setRefusal(toRefusal(error, locale));
    } finally {
      setComputing(false);
    }
  };

  const period = scheme?.periodKind === 'year' ? String(year) : `${year}-Q${quarter}`;
  const noSheets = !!ranking.answer && versions.length === 0;

  return (
    <Page.Main>
      <Page.Title>{t('assessment.title', 'Assessment scoring')}</Page.Title>
      <Layouts.Header
        title={t('assessment.title', 'Assessment scoring')}
        subtitle={t(
          'assessment.subtitle',
          'Compute a period under a scheme, read the ranking with every total explained, compare versions and publish bulletins'
        )}
        primaryAction={
          <Button startIcon={<Play />} onClick={compute} loading={computing} disabled={!scheme}>
            {t('assessment.compute', 'Compute')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="24rem">
              <Field.Root name="scheme">
                <Field.Label>{t('assessment.scheme', 'Scheme')}</Field.Label>
                <SingleSelect
                  value={schemeId ?? undefined}
                  placeholder={t('assessment.pick-scheme', 'Choose a scheme')}
                  onChange={(value: string | number) => set({ scheme: String(value), version: null })}
                >
                  {(schemes.answer?.data ?? []).map((s) => (
                    <SingleSelectOption key={s.documentId} value={s.documentId}>
                      {t('assessment.scheme-option', '{name} ({code}, version {version})', {
                        name: s.name,
                        code: s.code,
                        version: s.version,
                      })}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box minWidth="8rem">
              <Field.Root name="year">
                <Field.Label>{t('assessment.year', 'Year')}</Field.Label>
                <SingleSelect value={String(year)} onChange={(value: string | number) => set({ year: String(value), version: null })}>
                  {YEARS.map((y) => (
                    <SingleSelectOption key={y} value={String(y)}>
                      {String(y)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            {scheme?.periodKind !== 'year' && (
              <Box minWidth="8rem">
                <Field.Root name="quarter">
                  <Field.Label>{t('assessment.quarter', 'Quarter')}</Field.Label>
                  <SingleSelect
                    value={String(quarter)}
                    onChange={(value: string | number) => set({ quarter: String(value), version: null })}
                  >
                    {[1, 2, 3, 4].map((q) => (
                      <SingleSelectOption key={q} value={String(q)}>
                        {t('assessment.quarter-option', 'Q{quarter}', { quarter: q })}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
            )}
            {versions.length > 0 && (
              <Box minWidth="10rem">
                <Field.Root name="version">
                  <Field.Label>{t('assessment.version-label', 'Version')}</Field.Label>
                  <SingleSelect value={String(shown)} onChange={(value: string | number) => set({ version: String(value) })}>
                    {versions.map((v) => (
                      <SingleSelectOption key={v} value={String(v)}>
                        {t('assessment.version', 'Version {version}', { version: v })}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
            )}
          </Flex>
          {schemes.failure && <FailureNotice failure={schemes.failure} />}
          {refusal && <FailureNotice failure={refusal} />}
          {computed && (
            <Box background="success100" hasRadius padding={3} role="status" data-testid="computed">
              <Typography textColor="success700">
                {t('assessment.computed', 'Computed version {version} of {period}: {subjects} subjects, {opened} manual scores opened', {
                  version: computed.data.version,
                  period,
                  subjects: computed.meta.subjects,
                  opened: computed.meta.manualScoresOpened,
                })}
              </Typography>
            </Box>
          )}
          {!scheme && !schemes.failure && (
            <Typography textColor="neutral600">{t('assessment.choose', 'Choose a scheme, a year and a period.')}</Typography>
          )}
          {scheme && (
            <Tabs.Root value={tab} onValueChange={setTab} variant="simple">
              <Tabs.List aria-label={t('assessment.title', 'Assessment scoring')}>
                <Tabs.Trigger value="ranking">{t('assessment.tab.ranking', 'Ranking')}</Tabs.Trigger>
                <Tabs.Trigger value="diff">{t('assessment.tab.diff', 'Version diff')}</Tabs.Trigger>
                <Tabs.Trigger value="scores">
                  {t('assessment.tab.scores', 'Manual scores ({open} pending)', { open: scores.answer?.meta.open ?? 0 })}
                </Tabs.Trigger>
                <Tabs.Trigger value="bulletins">{t('assessment.tab.bulletins', 'Bulletins')}</Tabs.Trigger>
              </Tabs.List>
              <Tabs.Content value="ranking">
                <Box paddingTop={4}>
                  {ranking.loading && <Loader small />}
                  {noSheets && (
                    <Typography textColor="neutral600">
                      {t('assessment.no-sheets', 'Nothing computed for {period} yet: press Compute.', { period })}
                    </Typography>
                  )}
                  {ranking.failure && <FailureNotice failure={ranking.failure} />}
                  {ranking.answer && !noSheets && (
                    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
                      <Typography variant="pi" textColor="neutral600">
                        {t('assessment.ranking-of', 'Version {version} of {period}; open a row to see how its total was reached.', {
                          version: ranking.answer.meta.version ?? '—',
                          period: ranking.answer.meta.period,
                        })}
                      </Typography>
                      <RankingTable rows={ranking.answer.data} t={t} />
                    </Box>
                  )}
                </Box>
              </Tabs.Content>
              <Tabs.Content value="diff">
                <Box paddingTop={4}>
                  {versions.length < 2 ? (
                    <Typography textColor="neutral600">
                      {t('assessment.diff.one-version', 'Only one version is computed: recompute to compare.')}
                    </Typography>
                  ) : (
                    <Flex direction="column" alignItems="stretch" gap={4}>
                      <Flex gap={4} alignItems="flex-end">
                        <Box minWidth="12rem">
                          <Field.Root name="from">
                            <Field.Label>{t('assessment.diff.from', 'Compare version')}</Field.Label>
                            <SingleSelect value={from} onChange={(value: string | number) => setCompareFrom(String(value))}>
                              {versions
                                .filter((v) => v !== shown)
                                .map((v) => (
                                  <SingleSelectOption key={v} value={String(v)}>
                                    {t('assessment.version', 'Version {version}', { version: v })}
                                  </SingleSelectOption>
                                ))}
                            </SingleSelect>
                          </Field.Root>
                        </Box>
                        <Typography>
                          {t('assessment.diff.with', 'with version {version} (the version chosen above)', { version: shown ?? '—' })}
                        </Typography>
                      </Flex>
                      {diff.failure && <FailureNotice failure={diff.failure} />}
                      {diff.answer && (
                        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
                          <DiffTable rows={diff.answer.data} t={t} />
                        </Box>
                      )}
                    </Flex>
                  )}
                </Box>
              </Tabs.Content>
              <Tabs.Content value="scores">
                <Box paddingTop={4}>
                  {scores.failure && <FailureNotice failure={scores.failure} />}
                  {scores.answer && scores.answer.data.length === 0 && (
                    <Typography textColor="neutral600">
                      {t('assessment.scores.none', 'This scheme asks for no manual scores in this period.')}
                    </Typography>
                  )}
                  {scores.answer && scores.answer.data.length > 0 && (
                    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
                      <Typography variant="pi" textColor="neutral600">
                        {t(
                          'assessment.scores.explain',
                          'A pending score waits in its assessor’s inbox; it counts once given and the period is computed again.'
                        )}
                      </Typography>
                      <ManualScores rows={scores.answer.data} t={t} />
                    </Box>
                  )}
                </Box>
              </Tabs.Content>
              <Tabs.Content value="bulletins">
                <Box paddingTop={4}>
                  <Bulletins
                    scheme={scheme}
                    year={year}
                    periodNumber={periodNumber}
                    period={period}
                    versions={versions}
                    version={shown}
                    t={t}
                  />
                </Box>
              </Tabs.Content>
            </Tabs.Root>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AssessmentScoringPage;
