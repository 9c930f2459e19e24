/** The board's headline figures for the period: tasks, done on time, overdue, reminders sent, landing rate. */
import { Box, Flex, Typography } from '@strapi/design-system';
import type { BoardTotals } from '../../../../shared/contracts';
import { useBoardText } from './useBoardText';

const Figure = ({ label, value, note, colour }: { label: string; value: string | number; note?: string; colour?: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} flex="1" minWidth="150px">
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="alpha" tag="p" textColor={colour ?? 'neutral800'}>
        {value}
      </Typography>
      <Typography variant="pi" textColor="neutral500">
        {note ?? '\u00a0'}
      </Typography>
    </Flex>
  </Box>
);

export const CountsStrip = ({ totals }: { totals: BoardTotals }) => {
  const { t, rate } = useBoardText();
  return (
    <Flex gap={4} wrap="wrap" alignItems="stretch">
      <Figure
        label={t('board.count.total', 'Tasks')}
        value={totals.total}
        note={t('board.count.total.note', '{due} due so far', { due: totals.due })}
      />
      <Figure label={t('board.count.onTime', 'Done on time')} value={totals.doneOnTime} colour="success600" />
      <Figure
        label={t('board.count.overdue', 'Overdue')}
        value={totals.overdue}
        colour={totals.overdue > 0 ? 'danger600' : undefined}
        note={t('board.count.escalated', '{count} escalated', { count: totals.escalated })}
      />
      <Figure
        label={t('board.count.reminders', 'Reminders sent')}
        value={totals.remindersSent}
        note={t('board.count.reminders.note', 'reminders and urges')}
      />
      <Figure
        label={t('board.count.landing', 'Landing rate')}
        value={rate(totals.landingRate)}
        colour="primary600"
        note={t('board.count.landing.note', 'done on time / due')}
      />
    </Flex>
  );
};
