/**
 * 分析报告 — generate a unit's analysis report for a period from a template (the units offered are
 * the caller's scope: HQ every unit, a reporter its own subtree), list the latest reports, and open
 * one to read its frozen figures, write the commentary, finalise it and download it. The open
 * report lives in the URL query (`?report=<documentId>`), so a report is a link.
 */
import * as React from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  LinkButton,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowLeft, Plus } from '@strapi/icons';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import { getTranslation } from '../../utils/getTranslation';
import { ReportView } from './ReportView';
import { generateReport, useOptions, useReport } from './useAnalysisReports';

/** The quarter before today's: the default period of a new report. */
const lastQuarter = (today = new Date()) => {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return quarter === 1 ? { year: today.getFullYear() - 1, period: 'q4' } : { year: today.getFullYear(), period: `q${quarter - 1}` };
};
const PERIODS = ['q1', 'q2', 'q3', 'q4', 'y'];

const AnalysisReportsPage = () => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { post } = useFetchClient();
  const [params, setParams] = useSearchParams();
  const open = params.get('report');
  const { options, failure, reload } = useOptions();
  const { report, failure: reportFailure, saveCommentary, finalise } = useReport(open);
  const initial = React.useMemo(() => lastQuarter(), []);
  const [template, setTemplate] = React.useState<string | null>(null);
  const [unit, setUnit] = React.useState<string | null>(null);
  const [year, setYear] = React.useState(initial.year);
  const [period, setPeriod] = React.useState(initial.period);
  const [busy, setBusy] = React.useState(false);
  const [generateFailure, setGenerateFailure] = React.useState<ApiFailure | null>(null);
  const years = React.useMemo(() => Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i), []);

  React.useEffect(() => {
    if (!options) return;
    setTemplate((current) => current ?? options.templates[0]?.documentId ?? null);
    setUnit((current) => current ?? options.units[0]?.documentId ?? null);
  }, [options]);

  const periodName = (p: string) =>
    p === 'y' ? t('analysis.period.year', 'Whole year') : t('analysis.period.quarter', 'Q{number}', { number: p.slice(1) });

  const onGenerate = async () => {
    if (!template || !unit) return;
    setBusy(true);
    setGenerateFailure(null);
    try {
      const created = await generateReport(post, { template, unit, year, period });
      reload();
      setParams({ report: created.documentId });
    } catch (error) {
      setGenerateFailure(toApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('analysis.title', 'Analysis reports')}</Page.Title>
      <Layouts.Header
        title={t('analysis.title', 'Analysis reports')}
        subtitle={t('analysis.subtitle', "A unit's business analysis report for a period, from a template")}
        navigationAction={
          open ? (
            <LinkButton tag={Link} to="?" variant="ghost" startIcon={<ArrowLeft />}>
              {t('analysis.back', 'Back to the reports')}
            </LinkButton>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {failure && <FailureNotice failure={failure} />}
          {!options && !failure && <Loader small />}
          {open ? (
            <>
              {reportFailure && <FailureNotice failure={reportFailure} />}
              {!report && !reportFailure && <Loader small />}
              {report && (
                <ReportView
                  report={report}
                  onSave={saveCommentary}
                  onFinalise={async () => {
                    await finalise();
                    reload();
                  }}
                />
              )}
            </>
          ) : (
            options && (
              <>
                <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
                  {options.canGenerate ? (
                    <Flex gap={4} alignItems="flex-end" wrap="wrap">
                      <Box minWidth="16rem">
                        <Field.Root name="template">
                          <Field.Label>{t('analysis.template', 'Template')}</Field.Label>
                          <SingleSelect value={template ?? undefined} onChange={(v: string | number) => setTemplate(String(v))}>
                            {options.templates.map((item) => (
                              <SingleSelectOption key={item.documentId} value={item.documentId}>
                                {item.name}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Box minWidth="18rem">
                        <Field.Root name="unit">
                          <Field.Label>{t('analysis.unit', 'Unit')}</Field.Label>
                          <SingleSelect value={unit ?? undefined} onChange={(v: string | number) => setUnit(String(v))}>
                            {options.units.map((item) => (
                              <SingleSelectOption key={item.documentId} value={item.documentId}>
                                {`${'\u3000'.repeat(Math.max(0, item.depth - 1))}${item.name}`}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Box minWidth="8rem">
                        <Field.Root name="year">
                          <Field.Label>{t('analysis.year', 'Year')}</Field.Label>
                          <SingleSelect value={String(year)} onChange={(v: string | number) => setYear(Number(v))}>
                            {years.map((y) => (
                              <SingleSelectOption key={y} value={String(y)}>
                                {String(y)}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Box minWidth="10rem">
                        <Field.Root name="period">
                          <Field.Label>{t('analysis.period', 'Period')}</Field.Label>
                          <SingleSelect value={period} onChange={(v: string | number) => setPeriod(String(v))}>
                            {PERIODS.map((p) => (
                              <SingleSelectOption key={p} value={p}>
                                {periodName(p)}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Field.Root>
                      </Box>
                      <Button startIcon={<Plus />} loading={busy} disabled={!template || !unit} onClick={onGenerate}>
                        {busy ? t('analysis.generating', 'Generating…') : t('analysis.generate', 'Generate report')}
                      </Button>
                    </Flex>
                  ) : (
                    <Typography>{t('analysis.cannot-generate', 'HQ and the units’ reporters generate reports.')}</Typography>
                  )}
                  {generateFailure && <FailureNotice failure={generateFailure} />}
                </Box>
                <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
                  <Typography variant="delta" tag="h2">
                    {t('analysis.recent', 'Recent reports')}
                  </Typography>
                  {options.reports.length === 0 ? (
                    <Typography textColor="neutral600">{t('analysis.none', 'No reports yet.')}</Typography>
                  ) : (
                    <Table colCount={6} rowCount={options.reports.length + 1}>
                      <Thead>
                        <Tr>
                          {['title', 'period', 'version', 'state', 'generatedAt'].map((key) => (
                            <Th key={key}>
                              <Typography variant="sigma">{t(`analysis.col.${key}`, key)}</Typography>
                            </Th>
                          ))}
                          <Th>
                            <Typography variant="sigma">{t('analysis.open', 'Open')}</Typography>
                          </Th>
                        </Tr>
                      </Thead>
                      <Tbody>
                        {options.reports.map((row) => (
                          <Tr key={row.documentId} data-report={row.documentId}>
                            <Td>
                              <Typography>{row.title}</Typography>
                            </Td>
                            <Td>
                              <Typography>{row.periodLabel}</Typography>
                            </Td>
                            <Td>
                              <Typography>{row.version}</Typography>
                            </Td>
                            <Td>
                              <StatusBadge state={row.state} />
                            </Td>
                            <Td>
                              <Typography>{new Date(row.generatedAt).toLocaleString(locale)}</Typography>
                            </Td>
                            <Td>
                              <LinkButton tag={Link} to={`?report=${row.documentId}`} variant="ghost" size="S">
                                {t('analysis.open', 'Open')}
                              </LinkButton>
                            </Td>
                          </Tr>
                        ))}
                      </Tbody>
                    </Table>
                  )}
                </Box>
              </>
            )
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default AnalysisReportsPage;
