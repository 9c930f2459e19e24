/** A version's ranking: rank, subject, totals, grade, award and the veto with its reason; a row opens its explanation. */
import * as React from 'react';
import { Badge, Box, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronUp } from '@strapi/icons';
import type { RankingRow } from './types';
import type { Translate } from './traceText';
import { TraceView } from './TraceView';

const num = (value: number | null) => (value === null ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));
const COLUMNS = 10;

export const RankingTable = ({ rows, t, traced = true }: { rows: RankingRow[]; t: Translate; traced?: boolean }) => {
  const [open, setOpen] = React.useState<string | null>(null);
  return (
    <Table colCount={COLUMNS} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {traced && (
            <Th>
              <Typography variant="sigma">{t('assessment.col.explain', 'Explain')}</Typography>
            </Th>
          )}
          <Th>
            <Typography variant="sigma">{t('assessment.col.rank', 'Rank')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.subject', 'Subject')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.target', 'Target')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.manual', 'Scored')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.bonus', 'Bonus')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.deduction', 'Deductions')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.total', 'Total')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.grade', 'Grade')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('assessment.col.award', 'Award / veto')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => {
          const expanded = open === row.documentId;
          const toggle = () => traced && setOpen(expanded ? null : row.documentId);
          return (
            <React.Fragment key={row.documentId}>
              <Tr data-subject={row.subject.code} onClick={toggle} style={traced ? { cursor: 'pointer' } : undefined}>
                {traced && (
                  <Td>
                    <IconButton
                      variant="ghost"
                      label={
                        expanded
                          ? t('assessment.hide-trace', 'Hide the explanation')
                          : t('assessment.show-trace', 'Explain the total of {subject}', { subject: row.subject.name })
                      }
                      onClick={(e: React.MouseEvent) => {
                        e.stopPropagation();
                        toggle();
                      }}
                    >
                      {expanded ? <ChevronUp /> : <ChevronDown />}
                    </IconButton>
                  </Td>
                )}
                <Td>
                  <Typography fontWeight="bold">{row.rank}</Typography>
                </Td>
                <Td>
                  <Typography>{row.subject.name}</Typography>
                </Td>
                <Td>
                  <Typography>{num(row.totals.target)}</Typography>
                </Td>
                <Td>
                  <Typography>{num(row.totals.manual)}</Typography>
                </Td>
                <Td>
                  <Typography>{num(row.totals.bonus)}</Typography>
                </Td>
                <Td>
                  <Typography textColor={row.totals.deduction ? 'danger600' : undefined}>
                    {row.totals.deduction ? `−${num(row.totals.deduction)}` : '0'}
                  </Typography>
                </Td>
                <Td>
                  <Typography fontWeight="bold">{num(row.totals.total)}</Typography>
                </Td>
                <Td>
                  <Typography>{row.grade ?? '—'}</Typography>
                </Td>
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    {row.award && (
                      <Badge backgroundColor="success100" textColor="success700">
                        {row.award}
                      </Badge>
                    )}
                    {row.veto && (
                      <>
                        <Badge backgroundColor="danger100" textColor="danger700">
                          {t('assessment.vetoed', 'Vetoed')}
                        </Badge>
                        <Typography variant="pi" textColor="danger600" data-testid="veto-reason">
                          {row.vetoReasons.join('；')}
                        </Typography>
                      </>
                    )}
                    {!row.award && !row.veto && <Typography>—</Typography>}
                  </Flex>
                </Td>
              </Tr>
              {expanded && (
                <Tr>
                  <Td colSpan={COLUMNS} style={{ whiteSpace: 'normal' }}>
                    <Box padding={2}>
                      <TraceView documentId={row.documentId} t={t} />
                    </Box>
                  </Td>
                </Tr>
              )}
            </React.Fragment>
          );
        })}
      </Tbody>
    </Table>
  );
};
