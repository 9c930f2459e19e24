/** The period's manual scores: open ones (pending, each in its assessor's inbox) first, then those given. */
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ManualScoreRow } from './types';
import type { Translate } from './traceText';

export const ManualScores = ({ rows, t }: { rows: ManualScoreRow[]; t: Translate }) => (
  <Table colCount={5} rowCount={rows.length + 1}>
    <Thead>
      <Tr>
        {[
          t('assessment.col.subject', 'Subject'),
          t('assessment.scores.item', 'Item'),
          t('assessment.scores.assessor', 'Assessor'),
          t('assessment.scores.range', 'Range'),
          t('assessment.scores.score', 'Score'),
        ].map((label) => (
          <Th key={label}>
            <Typography variant="sigma">{label}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {rows.map((row) => (
        <Tr key={row.documentId} data-score-open={row.open ? 'true' : 'false'}>
          <Td>
            <Typography>{row.subject}</Typography>
          </Td>
          <Td>
            <Typography>
              {row.item}
              {row.kind === 'veto' ? ` · ${t('assessment.kind.veto', 'Veto')}` : ''}
            </Typography>
          </Td>
          <Td>
            <Typography>{row.assessor ?? '—'}</Typography>
          </Td>
          <Td>
            <Typography>
              {row.range[0] ?? '—'}–{row.range[1] ?? '—'}
            </Typography>
          </Td>
          <Td>
            {row.open ? (
              <Badge backgroundColor="warning100" textColor="warning700">
                {t('assessment.pending', 'Pending')}
              </Badge>
            ) : (
              <Typography>
                {row.value}
                {row.comment ? ` · ${row.comment}` : ''}
              </Typography>
            )}
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);
