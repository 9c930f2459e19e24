/** One notification in a list: what it is, when, its text, a way to the record and to mark it read. */
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../../../shared/contracts';
import { getTranslation } from '../utils/getTranslation';
import { subjectPath } from './subject-link';

interface Props {
  item: NotificationItem;
  onRead: (documentId: string) => Promise<void>;
  /** The home widget's short form: no body, no buttons; opening the record marks it read. */
  compact?: boolean;
}

export const NotificationEntry = ({ item, onRead, compact = false }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const navigate = useNavigate();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const unread = item.readAt === null;
  const path = subjectPath(item);
  const open = async () => {
    if (unread) await onRead(item.documentId);
    if (path) navigate(path);
  };
  const when = formatDate(item.createdAt, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

  return (
    <Flex tag="li" gap={3} alignItems="flex-start" paddingTop={3} paddingBottom={3} aria-label={item.title} data-unread={unread}>
      <Box paddingTop={2} aria-hidden>
        <Box width="0.8rem" height="0.8rem" hasRadius background={unread ? 'primary600' : 'neutral200'} style={{ borderRadius: '50%' }} />
      </Box>
      <Flex direction="column" alignItems="stretch" gap={1} flex="1" minWidth={0}>
        <Flex gap={2} wrap="wrap">
          <Badge>{formatMessage({ id: getTranslation(`notifications.kind.${item.kind}`), defaultMessage: item.kind })}</Badge>
          {path ? (
            <Typography
              tag={Link}
              to={path}
              onClick={(event: React.MouseEvent) => {
                event.preventDefault();
                void open();
              }}
              fontWeight={unread ? 'bold' : 'regular'}
              textColor="neutral800"
              ellipsis={compact}
            >
              {item.title}
            </Typography>
          ) : (
            <Typography fontWeight={unread ? 'bold' : 'regular'} textColor="neutral800" ellipsis={compact}>
              {item.title}
            </Typography>
          )}
        </Flex>
        {!compact && item.body && <Typography textColor="neutral700">{item.body}</Typography>}
        <Typography variant="pi" textColor="neutral500">
          {when}
          {!unread && !compact
            ? ` · ${t('notifications.readAt', 'read')} ${formatDate(item.readAt!, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })}`
            : ''}
        </Typography>
      </Flex>
      {!compact && unread && (
        <Button variant="tertiary" size="S" startIcon={<Check />} onClick={() => onRead(item.documentId)}>
          {t('notifications.markRead', 'Mark as read')}
        </Button>
      )}
    </Flex>
  );
};
