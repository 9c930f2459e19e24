import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';

/** The rows an import refused: the spreadsheet row number and why. */
export const RowErrors = ({ rows }: { rows: Array<{ row: number; reason: string }> }) => {
  const { formatMessage } = useIntl();
  return (
    <Table colCount={2} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTranslation('catalogue.row'), defaultMessage: 'Row' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTranslation('catalogue.reason'), defaultMessage: 'Reason' })}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(({ row, reason }) => (
          <Tr key={`${row}-${reason}`}>
            <Td>
              <Typography>{row}</Typography>
            </Td>
            <Td>
              <Typography>{reason}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
