/** Two versions side by side, subject by subject: totals and ranks before and after, places gained or lost. */
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { DiffRow } from './types';
import type { Translate } from './traceText';

const num = (value: number | null) => (value === null ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));

const Change = ({ row, t }: { row: DiffRow; t: Translate }) => {
  if (row.rankChange === null) return <Typography>{t('assessment.diff.new', 'New')}</Typography>;
  if (row.rankChange === 0) return <Typography textColor="neutral600">{t('assessment.diff.same', 'Unchanged')}</Typography>;
  return row.rankChange > 0 ? (
    <Typography textColor="success600" fontWeight="bold">
      {t('assessment.diff.gained', '↑ {places} places gained', { places: row.rankChange })}
    </Typography>
  ) : (
    <Typography textColor="danger600" fontWeight="bold">
      {t('assessment.diff.lost', '↓ {places} places lost', { places: -row.rankChange })}
    </Typography>
  );
};

export const DiffTable = ({ rows, t }: { rows: DiffRow[]; t: Translate }) => (
  <Table colCount={7} rowCount={rows.length + 1}>
    <Thead>
      <Tr>
        {[
          t('assessment.col.subject', 'Subject'),
          t('assessment.diff.total-before', 'Total before'),
          t('assessment.diff.total-after', 'Total after'),
          t('assessment.diff.total-change', 'Change'),
          t('assessment.diff.rank-before', 'Rank before'),
          t('assessment.diff.rank-after', 'Rank after'),
          t('assessment.diff.places', 'Places'),
        ].map((label) => (
          <Th key={label}>
            <Typography variant="sigma">{label}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((row) => (
        <Tr key={row.key} data-diff={row.code}>
          <Td>
            <Typography>{row.name}</Typography>
          </Td>
          <Td>
            <Typography>{num(row.totalBefore)}</Typography>
          </Td>
          <Td>
            <Typography>{num(row.totalAfter)}</Typography>
          </Td>
          <Td>
            <Typography>{row.totalChange === null ? '—' : `${row.totalChange > 0 ? '+' : ''}${num(row.totalChange)}`}</Typography>
          </Td>
          <Td>
            <Typography>{row.rankBefore ?? '—'}</Typography>
          </Td>
          <Td>
            <Typography>{row.rankAfter ?? '—'}</Typography>
          </Td>
          <Td>
            <Change row={row} t={t} />
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);
