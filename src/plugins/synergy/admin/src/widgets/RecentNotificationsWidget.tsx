/** 最近通知 on the home page: the unread count and the newest few notifications; opening one marks it read. */
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NotificationEntry } from '../notifications/NotificationEntry';
import { useNotifications } from '../notifications/useNotifications';
import { useUnreadCount } from '../notifications/unread-count';
import { getTranslation } from '../utils/getTranslation';

const NEWEST = 5;

export const RecentNotificationsWidget = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { answer, failure, markRead } = useNotifications({ unread: false, page: 1, pageSize: NEWEST });
  const unread = useUnreadCount() ?? answer?.meta.unread ?? 0;
  if (failure) return <Widget.Error />;
  if (!answer) return <Widget.Loading />;
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="omega" textColor={unread > 0 ? 'primary600' : 'neutral600'} fontWeight="semiBold">
        {t('home.notifications.unread', '{count} unread', { count: unread })}
      </Typography>
      {answer.data.length === 0 ? (
        <Box paddingTop={4}>
          <Typography textColor="neutral600">
            {answer.meta.linked
              ? t('notifications.empty', 'No notifications yet.')
              : t('home.notifications.unlinked', 'Your admin account is not linked to an intranet user.')}
          </Typography>
        </Box>
      ) : (
        <Box tag="ul" aria-label={t('home.notifications.title', 'Recent notifications')}>
          {answer.data.map((item) => (
            <NotificationEntry key={item.documentId} item={item} onRead={markRead} compact />
          ))}
        </Box>
      )}
    </Flex>
  );
};
