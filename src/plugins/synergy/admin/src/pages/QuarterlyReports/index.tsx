/**
 * 季度报告汇总 — HQ's view of a quarter's synergy reports: which companies have handed in their
 * report (submitted or accepted) and which have not, each company's figures, the sum per segment
 * and for the group, and the compiled quarter as an .xlsx download. The quarter lives in the URL
 * query (`?quarter=2026-Q4`); without it the server picks the quarter HQ collects now.
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
import { Download, ExternalLink } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { usePageModel } from '../../hooks/usePageModel';
import { PLUGIN_ID } from '../../pluginId';
import { collectionPath } from '../../services/admin-views';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import { getTranslation } from '../../utils/getTranslation';
import { useWorkbookDownload } from '../CatalogueSpreadsheets/useWorkbookDownload';
import { AMOUNT_KEYS, FIGURE_KEYS, useCompiledQuarter, type Figures } from './useCompiledQuarter';

/** The last eight quarters up to today's, newest first. */
const recentQuarters = (today = new Date()): string[] => {
  let year = today.getFullYear();
  let number = Math.floor(today.getMonth() / 3) + 1;
  const quarters: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    quarters.push(`${year}-Q${number}`);
    number -= 1;
    if (number === 0) {
      number = 4;
      year -= 1;
    }
  }
  return quarters;
};

const FigureCells = ({ figures, bold }: { figures: Figures | null; bold?: boolean }) => (
  <>
    {FIGURE_KEYS.map((key) => (
      <Td key={key}>
        <Typography fontWeight={bold ? 'bold' : undefined}>
          {figures === null
            ? '—'
            : figures[key].toLocaleString('zh-CN', AMOUNT_KEYS.includes(key) ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {})}
        </Typography>
      </Td>
    ))}
  </>
);

const QuarterlyReportsPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [params, setParams] = useSearchParams();
  const asked = params.get('quarter');
  const { answer, failure, loading } = useCompiledQuarter(asked);
  const model = usePageModel('reports.quarterly');
  const download = useWorkbookDownload();
  const [downloadFailure, setDownloadFailure] = React.useState<ApiFailure | null>(null);
  const quarter = answer?.quarter ?? asked;
  const quarters = React.useMemo(() => {
    const list = recentQuarters();
    return quarter && !list.includes(quarter) ? [quarter, ...list] : list;
  }, [quarter]);

  const onDownload = async () => {
    if (!answer) return;
    setDownloadFailure(null);
    try {
      await download(
        `/${PLUGIN_ID}/quarterly-reports/compiled.xlsx?${new URLSearchParams({ quarter: answer.quarter })}`,
        `集团季度协同报告-${answer.quarter}.xlsx`
      );
    } catch (error) {
      setDownloadFailure(toApiFailure(error));
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('reports.title', 'Quarterly reports')}</Page.Title>
      <Layouts.Header
        title={t('reports.title', 'Quarterly reports')}
        subtitle={t(
          'reports.subtitle',
          "Which companies have handed in their quarterly synergy report, and the group's figures compiled from them"
        )}
        primaryAction={
          <Button startIcon={<Download />} onClick={onDownload} disabled={!answer}>
            {t('reports.download', 'Download .xlsx')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="16rem">
              <Field.Root name="quarter">
                <Field.Label>{t('reports.quarter', 'Quarter')}</Field.Label>
                <SingleSelect
                  value={quarter ?? undefined}
                  onChange={(value: string | number) => setParams({ quarter: String(value) }, { replace: true })}
                >
                  {quarters.map((q) => (
                    <SingleSelectOption key={q} value={q}>
                      {q}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            {answer && (
              <Typography variant="omega" data-testid="report-counts">
                {t('reports.counts', '{handedIn} companies have handed in, {missing} have not', {
                  handedIn: answer.group.handedIn,
                  missing: answer.group.missing,
                })}
              </Typography>
            )}
          </Flex>
          {downloadFailure && <FailureNotice failure={downloadFailure} />}
          {loading && <Loader small />}
          {failure && <FailureNotice failure={failure} />}
          {answer && (
            <>
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
                <Typography variant="delta" tag="h2">
                  {t('reports.missing-title', 'Not handed in')}
                </Typography>
                {answer.missing.length === 0 ? (
                  <Typography textColor="success600">{t('reports.none-missing', 'Every company has handed in its report.')}</Typography>
                ) : (
                  <Flex tag="ul" gap={2} wrap="wrap" aria-label={t('reports.missing-title', 'Not handed in')} paddingTop={2}>
                    {answer.missing.map((unit) => (
                      <Box
                        tag="li"
                        key={unit.documentId}
                        background="danger100"
                        hasRadius
                        paddingLeft={2}
                        paddingRight={2}
                        data-missing={unit.code ?? ''}
                      >
                        <Typography textColor="danger700">
                          {unit.segment ? `${unit.segment} · ` : ''}
                          {unit.name}
                        </Typography>
                      </Box>
                    ))}
                  </Flex>
                )}
              </Box>
              <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} overflow="auto">
                <Table colCount={FIGURE_KEYS.length + 3} rowCount={answer.segments.reduce((n, s) => n + s.units.length + 1, 2)}>
                  <Thead>
                    <Tr>
                      <Th>
                        <Typography variant="sigma">{t('reports.unit', 'Company')}</Typography>
                      </Th>
                      <Th>
                        <Typography variant="sigma">{t('reports.state', 'Report')}</Typography>
                      </Th>
                      {FIGURE_KEYS.map((key) => (
                        <Th key={key}>
                          <Typography variant="sigma">{t(`reports.figure.${key}`, key)}</Typography>
                        </Th>
                      ))}
                      <Th>
                        <Typography variant="sigma">{t('reports.open', 'Open')}</Typography>
                      </Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {answer.segments.map((segment) => (
                      <React.Fragment key={segment.segment?.code ?? '-'}>
                        {segment.units.map((row) => (
                          <Tr key={row.unit.documentId} data-unit={row.unit.code ?? ''}>
                            <Td>
                              <Typography>{row.unit.name}</Typography>
                            </Td>
                            <Td>
                              {row.report ? (
                                <StatusBadge state={row.report.state} />
                              ) : (
                                <Typography textColor="danger600">{t('reports.not-handed-in', 'Not handed in')}</Typography>
                              )}
                            </Td>
                            <FigureCells figures={row.figures} />
                            <Td>
                              {row.report && model ? (
                                <LinkButton
                                  tag={Link}
                                  to={`${collectionPath(model.uid)}/${row.report.documentId}`}
                                  variant="ghost"
                                  size="S"
                                  startIcon={<ExternalLink />}
                                >
                                  {t('reports.open', 'Open')}
                                </LinkButton>
                              ) : null}
                            </Td>
                          </Tr>
                        ))}
                        <Tr data-segment={segment.segment?.code ?? ''}>
                          <Td>
                            <Typography fontWeight="bold">
                              {t('reports.subtotal', '{segment} subtotal', {
                                segment: segment.segment?.name ?? t('reports.no-segment', 'No segment'),
                              })}
                            </Typography>
                          </Td>
                          <Td>
                            <Typography>
                              {t('reports.short-counts', '{handedIn}/{all}', {
                                handedIn: segment.handedIn,
                                all: segment.handedIn + segment.missing,
                              })}
                            </Typography>
                          </Td>
                          <FigureCells figures={segment.totals} bold />
                          <Td />
                        </Tr>
                      </React.Fragment>
                    ))}
                    <Tr data-group-total="">
                      <Td>
                        <Typography fontWeight="bold">{t('reports.group-total', 'Group total')}</Typography>
                      </Td>
                      <Td>
                        <Typography>
                          {t('reports.short-counts', '{handedIn}/{all}', {
                            handedIn: answer.group.handedIn,
                            all: answer.group.handedIn + answer.group.missing,
                          })}
                        </Typography>
                      </Td>
                      <FigureCells figures={answer.group.totals} bold />
                      <Td />
                    </Tr>
                  </Tbody>
                </Table>
              </Box>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default QuarterlyReportsPage;
