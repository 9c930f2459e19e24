/** Statistics per owner unit for the period: due, done on time, overdue, escalated, reminders, landing rate. */
import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { BoardTotals, BoardUnitStatistics } from '../../../../shared/contracts';
import { useBoardText } from './useBoardText';

const COLUMNS: Array<[keyof BoardTotals, string, string]> = [
  ['total', 'board.unit.total', 'Tasks'],
  ['due', 'board.unit.due', 'Due'],
  ['doneOnTime', 'board.unit.onTime', 'Done on time'],
  ['overdue', 'board.unit.overdue', 'Overdue'],
  ['escalated', 'board.unit.escalated', 'Escalated'],
  ['remindersSent', 'board.unit.reminders', 'Reminders'],
];

export const UnitTable = ({ units, totals }: { units: BoardUnitStatistics[]; totals: BoardTotals }) => {
  const { t, rate } = useBoardText();
  const row = (key: string, name: string, figures: BoardTotals, bold = false) => (
    <Tr key={key}>
      <Td>
        <Typography fontWeight={bold ? 'bold' : undefined}>{name}</Typography>
      </Td>
      {COLUMNS.map(([column]) => (
        <Td key={column}>
          <Typography
            fontWeight={bold ? 'bold' : undefined}
            textColor={column === 'overdue' && figures.overdue > 0 ? 'danger600' : undefined}
          >
            {figures[column]}
          </Typography>
        </Td>
      ))}
      <Td>
        <Typography fontWeight="bold" textColor="primary600">
          {rate(figures.landingRate)}
        </Typography>
      </Td>
    </Tr>
  );
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Typography variant="delta" tag="h2">
        {t('board.unit.title', 'Per unit')}
      </Typography>
      <Box paddingTop={4}>
        {units.length === 0 ? (
          <Typography textColor="neutral600">{t('board.unit.empty', 'No task is due in this period.')}</Typography>
        ) : (
          <Table colCount={COLUMNS.length + 2} rowCount={units.length + 2}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('board.unit.unit', 'Unit')}</Typography>
                </Th>
                {COLUMNS.map(([column, id, fallback]) => (
                  <Th key={column}>
                    <Typography variant="sigma">{t(id, fallback)}</Typography>
                  </Th>
                ))}
                <Th>
                  <Typography variant="sigma">{t('board.unit.landing', 'Landing rate')}</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {units.map((u) => row(u.unit.documentId, u.unit.name, u))}
              {row('totals', t('board.unit.totals', 'All units'), totals, true)}
            </Tbody>
          </Table>
        )}
      </Box>
    </Box>
  );
};
