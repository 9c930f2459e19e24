import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import type { ReadStatusUnit } from './types';

/** The units that must read a guideline: read (who, when) or not yet. */
export const ReadStatusTable = ({ rows }: { rows: ReadStatusUnit[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Table colCount={4} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('guidelines.unit', 'Unit')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('guidelines.status', 'Status')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('guidelines.confirmedBy', 'Confirmed by')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('guidelines.confirmedAt', 'Confirmed at')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.unit.documentId} data-unit={row.unit.code}>
            <Td>
              <Typography>{row.unit.name}</Typography>
            </Td>
            <Td>
              <Badge
                active={row.read}
                backgroundColor={row.read ? 'success100' : 'danger100'}
                textColor={row.read ? 'success700' : 'danger700'}
              >
                {row.read ? t('guidelines.read', 'Read') : t('guidelines.unread', 'Not read')}
              </Badge>
            </Td>
            <Td>
              <Typography>{row.confirmedBy ?? '—'}</Typography>
            </Td>
            <Td>
              <Typography>
                {row.confirmedAt ? formatDate(row.confirmedAt, { dateStyle: 'medium', timeStyle: 'short' } as any) : '—'}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
