/**
 * One analysis report on the 分析报告 page: its frozen sections (each table of figures as the
 * server stored it), the prompt and a commentary box per section (read-only once final), and the
 * actions: save the commentary, finalise (定稿), download the .xlsx and the PDF.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Check, Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { PLUGIN_ID } from '../../pluginId';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import { getTranslation } from '../../utils/getTranslation';
import { useWorkbookDownload } from '../CatalogueSpreadsheets/useWorkbookDownload';
import type { Column, Report } from './useAnalysisReports';

const cell = (value: string | number | null | undefined, column: Column, locale: string) => {
  if (value === null || value === undefined || value === '') return column.type === 'text' ? '' : '—';
  if (typeof value !== 'number') return String(value);
  return value.toLocaleString(locale, { maximumFractionDigits: column.type === 'percent' ? 1 : 2 });
};

export const ReportView = ({
  report,
  onSave,
  onFinalise,
}: {
  report: Report;
  onSave: (commentary: Record<string, string>) => Promise<void>;
  onFinalise: () => Promise<void>;
}) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const zh = locale.toLowerCase().startsWith('zh');
  const [commentary, setCommentary] = React.useState<Record<string, string>>(report.commentary ?? {});
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const download = useWorkbookDownload();
  const final = report.state !== 'draft';
  React.useEffect(() => setCommentary(report.commentary ?? {}), [report]);

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await work();
      setNotice(done);
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setBusy(false);
    }
  };
  const fileName = (extension: string) => `${report.title}.${extension}`;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="analysis-report">
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="beta" tag="h2">
              {report.title}
            </Typography>
            <Flex gap={2}>
              <StatusBadge state={report.state} />
              <Typography variant="pi" textColor="neutral600">
                {t('analysis.snapshot', 'Figures frozen at {time}, version {version}', {
                  time: new Date(report.generatedAt).toLocaleString(locale),
                  version: report.version,
                })}
              </Typography>
            </Flex>
          </Flex>
          <Flex gap={2} wrap="wrap">
            {!final && (
              <>
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => run(() => onSave(commentary), t('analysis.saved', 'Commentary saved'))}
                >
                  {t('analysis.save', 'Save commentary')}
                </Button>
                <Button
                  startIcon={<Check />}
                  disabled={busy}
                  onClick={() =>
                    run(
                      async () => {
                        await onSave(commentary);
                        await onFinalise();
                      },
                      t('analysis.finalised', 'The report is final')
                    )
                  }
                >
                  {t('analysis.finalise', 'Finalise')}
                </Button>
              </>
            )}
            <Button
              variant="tertiary"
              startIcon={<Download />}
              onClick={() => run(() => download(`/${PLUGIN_ID}/analysis-reports/${report.documentId}/report.xlsx`, fileName('xlsx')), '')}
            >
              {t('analysis.download.xlsx', 'Download .xlsx')}
            </Button>
            <Button
              variant="tertiary"
              startIcon={<Download />}
              onClick={() => run(() => download(`/${PLUGIN_ID}/analysis-reports/${report.documentId}/report.pdf`, fileName('pdf')), '')}
            >
              {t('analysis.download.pdf', 'Download PDF')}
            </Button>
          </Flex>
        </Flex>
        {notice && (
          <Box paddingTop={2}>
            <Typography textColor="success600" role="status">
              {notice}
            </Typography>
          </Box>
        )}
        {failure && <FailureNotice failure={failure} />}
      </Box>

      {report.sections.map((section, index) => (
        <Box key={section.kind} background="neutral0" hasRadius shadow="tableShadow" padding={4} data-section={section.kind}>
          <Typography variant="delta" tag="h3">
            {`${index + 1}. ${zh ? section.title.zh : section.title.en}`}
          </Typography>
          {section.tables.map((table) => (
            <Box key={table.title.zh} paddingTop={4} overflow="auto">
              <Typography variant="omega" fontWeight="bold">
                {zh ? table.title.zh : table.title.en}
              </Typography>
              <Table colCount={table.columns.length} rowCount={table.rows.length + 1}>
                <Thead>
                  <Tr>
                    {table.columns.map((column) => (
                      <Th key={column.key}>
                        <Typography variant="sigma">{zh ? column.zh : column.en}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {table.rows.length === 0 ? (
                    <Tr>
                      <Td colSpan={table.columns.length}>
                        <Typography textColor="neutral600">{t('analysis.no-rows', 'No figures')}</Typography>
                      </Td>
                    </Tr>
                  ) : (
                    table.rows.map((row, r) => (
                      <Tr key={r}>
                        {table.columns.map((column) => (
                          <Td key={column.key}>
                            <Typography>{cell(row[column.key], column, locale)}</Typography>
                          </Td>
                        ))}
                      </Tr>
                    ))
                  )}
                </Tbody>
              </Table>
            </Box>
          ))}
          <Box paddingTop={4}>
            <Field.Root
              name={`commentary-${section.kind}`}
              hint={section.prompt ? t('analysis.prompt', 'Prompt: {prompt}', { prompt: section.prompt }) : undefined}
            >
              <Field.Label>{t('analysis.commentary', 'Commentary')}</Field.Label>
              <Textarea
                value={commentary[section.kind] ?? ''}
                disabled={final}
                maxLength={20000}
                onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setCommentary({ ...commentary, [section.kind]: e.target.value })}
              />
              <Field.Hint />
            </Field.Root>
            {final && (
              <Typography variant="pi" textColor="neutral600">
                {t('analysis.commentary.final', 'The report is final: its commentary no longer changes.')}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Flex>
  );
};
