import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { HistoryEntry } from '../../../shared/contracts';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import { getTranslation } from '../utils/getTranslation';

/** Newest first: who, from which unit, when, from → to, and the comment. */
export const HistoryList = ({ entries }: { entries: HistoryEntry[] }) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useWorkflowLabels();

  if (entries.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('history.empty'), defaultMessage: 'No transitions yet.' })}
      </Typography>
    );
  }

  const system = formatMessage({ id: getTranslation('history.system'), defaultMessage: 'System' });
  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={3} width="100%">
      {[...entries].reverse().map((entry) => (
        <Box
          tag="li"
          key={`${entry.at}-${entry.action}-${entry.to}`}
          paddingLeft={3}
          borderColor="neutral200"
          style={{ borderWidth: '0 0 0 2px' }}
        >
          <Typography tag="p" variant="omega" fontWeight="semiBold">
            {formatMessage(
              { id: getTranslation('history.move'), defaultMessage: '{action}: {from} → {to}' },
              { action: labels.action(entry.action), from: labels.state(entry.from), to: labels.state(entry.to) }
            )}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {[entry.actor?.name ?? system, entry.actorUnit?.name].filter(Boolean).join(' · ')}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' })}
          </Typography>
          {entry.comment && (
            <Typography tag="p" variant="pi" textColor="neutral800">
              “{entry.comment}”
            </Typography>
          )}
        </Box>
      ))}
    </Flex>
  );
};
