/**
 * The cockpit's assessment ranking: per scheme, the latest published bulletin's rows for the node's
 * units — a bar per unit (its total; a vetoed unit's bar grey), the table of rank within its peer
 * group, total, grade, award and veto below. A unit's name drills to it; its rank opens the sheet
 * the bulletin froze (the record behind the figure) in the content manager.
 */
import * as React from 'react';
import { Flex, Status, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { EChart, type ChartOption } from '../../components/charts/EChart';
import type { CockpitAssessment } from './useCockpit';

const GRADE_COLOURS: Record<string, string> = { A: '#328048', B: '#4945ff', C: '#d9822f', D: '#d02b20' };
const VETO_COLOUR = '#a5a5ba';

type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

export const AssessmentRanking = ({
  entry,
  t,
  drillTo,
  sheetLink,
  chartLabel,
  number,
}: {
  entry: CockpitAssessment;
  t: Translate;
  /** The cockpit's query for a unit (one level or more down), or undefined for the node itself. */
  drillTo: (documentId: string) => string | undefined;
  /** The content manager's edit view of a sheet. */
  sheetLink: (documentId: string) => string | undefined;
  chartLabel: (what: string) => string;
  number: (n: number | null) => string;
}) => {
  const option = React.useMemo<ChartOption>(
    () => ({
      grid: { left: 160, right: 48, top: 16, bottom: 32, outerBoundsMode: 'none' },
      tooltip: { trigger: 'axis' },
      yAxis: {
        type: 'category',
        inverse: true,
        data: entry.rows.map((r) => r.unit.name),
        axisLabel: { width: 148, overflow: 'truncate' },
      },
      xAxis: { type: 'value', min: 0 },
      series: [
        {
          type: 'bar',
          name: t('cockpit.assessment.total', 'Total'),
          barMaxWidth: 18,
          label: {
            show: true,
            position: 'right',
            formatter: (p: any) => (entry.rows[p.dataIndex]?.veto ? t('cockpit.assessment.vetoed', 'Vetoed') : ''),
          },
          data: entry.rows.map((r) => ({
            value: r.total,
            itemStyle: { color: r.veto ? VETO_COLOUR : (GRADE_COLOURS[r.grade ?? ''] ?? '#4945ff') },
          })),
        },
      ],
    }),
    [entry, t]
  );
  const title = `${entry.scheme.name} · ${entry.bulletin.period}`;
  return (
    <>
      <Typography variant="omega" fontWeight="bold" tag="h3">
        {title}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('cockpit.assessment.source', 'From the published bulletin “{title}” (version {version} of the sheets)', {
          title: entry.bulletin.title,
          version: entry.bulletin.sheetVersion,
        })}
      </Typography>
      <EChart
        testId={`cockpit-chart-assessment-${entry.scheme.code}`}
        option={option}
        label={chartLabel(title)}
        height={48 + 28 * Math.max(entry.rows.length, 3)}
      />
      <Table colCount={7} rowCount={entry.rows.length + 1} data-testid={`cockpit-table-assessment-${entry.scheme.code}`}>
        <Thead>
          <Tr>
            <Th>{t('cockpit.col.unit', 'Unit')}</Th>
            <Th>{t('cockpit.assessment.rank', 'Rank')}</Th>
            <Th>{t('cockpit.assessment.total', 'Total')}</Th>
            <Th>{t('cockpit.assessment.grade', 'Grade')}</Th>
            <Th>{t('cockpit.assessment.award', 'Award')}</Th>
            <Th>{t('cockpit.assessment.veto', 'Veto')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {entry.rows.map((row) => {
            const down = drillTo(row.unit.documentId);
            const sheet = row.sheet ? sheetLink(row.sheet) : undefined;
            const rank = t('cockpit.assessment.rankOf', '{rank} of {of}', { rank: row.rank, of: row.of });
            return (
              <Tr key={row.unit.documentId} data-unit={row.unit.code} data-veto={row.veto}>
                <Td>
                  {down ? (
                    <Link to={{ search: down }}>
                      <Typography textColor="primary600">{row.unit.name}</Typography>
                    </Link>
                  ) : (
                    <Typography fontWeight="bold">{row.unit.name}</Typography>
                  )}
                </Td>
                <Td>
                  {sheet ? (
                    <Link to={sheet} aria-label={t('cockpit.records.sheet', '{unit}: assessment sheet', { unit: row.unit.name })}>
                      <Typography textColor="primary600" fontWeight="bold">
                        {rank}
                      </Typography>
                    </Link>
                  ) : (
                    <Typography>{rank}</Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{number(row.total)}</Typography>
                </Td>
                <Td>
                  <Typography>{row.grade ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{row.award ?? ''}</Typography>
                </Td>
                <Td>
                  {row.veto ? (
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Status variant="danger" size="S">
                        <Typography tag="span" variant="omega" fontWeight="bold">
                          {t('cockpit.assessment.vetoed', 'Vetoed')}
                        </Typography>
                      </Status>
                      {row.vetoReasons.map((reason) => (
                        <Typography key={reason} variant="pi" textColor="neutral600">
                          {reason}
                        </Typography>
                      ))}
                    </Flex>
                  ) : (
                    <Typography textColor="neutral500">—</Typography>
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </>
  );
};
