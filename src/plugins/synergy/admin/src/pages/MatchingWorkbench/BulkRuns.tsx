/**
 * HQ's tab of the workbench: match every open demand at once, watch the run's progress, and read
 * its table demand → top candidates, with the catalogue edition it ran against.
 */
import * as React from 'react';
import { Badge, Box, Button, Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Play } from '@strapi/icons';
import type { MatchRun, MatchRunResult } from '../../../../shared/contracts';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { lastValue, useMatchRun } from './useMatching';
import type { MatchingText } from './useMatchingText';

const PAGE_SIZE = 20;
const TOP_SHOWN = 3;
const RUN_BADGE = { running: 'secondary', done: 'success', failed: 'danger' } as const;

/**
 * A run's state, edition, who started it, and its progress (a plain bar: the design system's
 * ProgressBar is drawn for dark overlays and all but vanishes on the white panel).
 */
const RunSummary = ({ text, run }: { text: MatchingText; run: MatchRun }) => {
  const { t } = text;
  const percent = run.total > 0 ? Math.round((run.processed / run.total) * 100) : 100;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={3} wrap="wrap" alignItems="center">
        <Badge variant={RUN_BADGE[run.status]}>{t(`matching.bulk.status.${run.status}`, run.status)}</Badge>
        <Typography>
          {t('matching.bulk.edition', 'Catalogue edition')}:{' '}
          <b>{run.edition?.code ?? t('matching.candidates.no-edition', 'none published')}</b>
        </Typography>
        <Typography textColor="neutral600">
          {t('matching.bulk.started', 'Started {at} by {name}', { at: text.when(run.startedAt), name: run.startedBy?.name ?? '—' })}
        </Typography>
        {run.finishedAt && (
          <Typography textColor="neutral600">{t('matching.bulk.finished', 'Finished {at}', { at: text.when(run.finishedAt) })}</Typography>
        )}
      </Flex>
      <Flex gap={3} alignItems="center">
        <Box
          width="320px"
          height="8px"
          background="neutral150"
          hasRadius
          overflow="hidden"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <Box height="100%" width={`${percent}%`} background={run.status === 'failed' ? 'danger500' : 'primary600'} />
        </Box>
        <Typography fontWeight="bold">
          {t('matching.bulk.progress', '{processed} of {total} demands', { processed: run.processed, total: run.total })}
        </Typography>
      </Flex>
      {run.stale && (
        <Typography textColor="warning700">
          {t('matching.bulk.stale', 'No progress for a while: its instance stopped; the next start replaces it.')}
        </Typography>
      )}
      {run.error && <Typography textColor="danger600">{run.error}</Typography>}
    </Flex>
  );
};

const ResultsTable = ({ text, results }: { text: MatchingText; results: MatchRunResult[] }) => {
  const { t } = text;
  const heading = (id: string, fallback: string) => (
    <Th>
      <Typography variant="sigma">{t(id, fallback)}</Typography>
    </Th>
  );
  return (
    <Table colCount={5} rowCount={results.length + 1}>
      <Thead>
        <Tr>
          {heading('matching.bulk.col.demand', 'Demand')}
          {heading('matching.bulk.col.unit', 'Unit')}
          {heading('matching.bulk.col.must', 'Must entry')}
          {heading('matching.bulk.col.top', 'Top candidates')}
          {heading('matching.bulk.col.matched', 'Matched')}
        </Tr>
      </Thead>
      <Tbody>
        {results.map((row) => (
          <Tr key={row.demand.documentId}>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold">{row.demand.title}</Typography>
                {row.demand.state && <StatusBadge state={row.demand.state} />}
              </Flex>
            </Td>
            <Td>
              <Typography>{row.demand.ownerUnit?.name ?? '—'}</Typography>
            </Td>
            <Td>
              {row.mustEntry ? <Badge variant="danger">{row.mustEntry.title}</Badge> : <Typography textColor="neutral500">—</Typography>}
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {row.candidates.length === 0 && (
                  <Typography textColor="neutral500">{t('matching.bulk.no-candidates', 'no candidate')}</Typography>
                )}
                {row.candidates.slice(0, TOP_SHOWN).map((candidate, index) => (
                  <Typography key={candidate.documentId} variant="pi">
                    {`${index + 1}. ${candidate.title}`}
                    <Typography variant="pi" textColor="neutral600">
                      {` · ${candidate.supplierUnit?.name ?? text.kind(candidate.kind)} · ${text.score(candidate.score)}`}
                    </Typography>
                  </Typography>
                ))}
              </Flex>
            </Td>
            <Td>
              <Typography>{row.matched}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export const BulkRuns = ({ text }: { text: MatchingText }) => {
  const { t } = text;
  const [page, setPage] = React.useState(1);
  const { state, start, starting, startFailure } = useMatchRun(page, PAGE_SIZE);
  const response = lastValue(state);
  const run = response?.data;
  const running = run?.status === 'running' && !run.stale;
  const pagination = response?.meta.pagination;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" gap={4} alignItems="flex-start">
          <Typography textColor="neutral600">
            {t(
              'matching.bulk.help',
              "Ranks every published or docking demand against the current catalogue edition and the open resources, and records each demand's binding must entry."
            )}
          </Typography>
          <Button
            startIcon={<Play />}
            loading={starting}
            disabled={running}
            onClick={() => {
              setPage(1);
              start();
            }}
          >
            {t('matching.bulk.start', 'Match all open demands')}
          </Button>
        </Flex>
        {startFailure && <FailureNotice failure={startFailure} />}
        {state.phase === 'failed' && <FailureNotice failure={state.failure} />}
        {state.phase === 'loading' && !response && <Loader small>{t('matching.loading', 'Loading')}</Loader>}
        {state.phase === 'ready' && !run && <Typography textColor="neutral600">{t('matching.bulk.none', 'No bulk run yet.')}</Typography>}
        {run && <RunSummary text={text} run={run} />}
        {run && run.results.length > 0 && <ResultsTable text={text} results={run.results} />}
        {pagination && pagination.pageCount > 1 && (
          <Flex gap={3} justifyContent="flex-end" alignItems="center">
            <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('matching.previous', 'Previous')}
            </Button>
            <Typography>{t('matching.bulk.page', 'Page {page} of {pageCount}', { page, pageCount: pagination.pageCount })}</Typography>
            <Button variant="tertiary" size="S" disabled={page >= pagination.pageCount} onClick={() => setPage(page + 1)}>
              {t('matching.next', 'Next')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
