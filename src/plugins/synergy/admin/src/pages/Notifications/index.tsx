/**
 * 通知 — the signed-in admin's own notifications: newest first, all or only the unread, each with
 * its text and a way to its record; mark one or all as read. Which page and filter are shown lives
 * in the address.
 */
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { CheckCircle } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { NotificationEntry } from '../../notifications/NotificationEntry';
import { useNotifications } from '../../notifications/useNotifications';
import { useUnreadCount } from '../../notifications/unread-count';
import { inLanguage } from '../../utils/bilingual';
import { getTranslation } from '../../utils/getTranslation';
import { Pager } from '../../components/Pager';

const PAGE_SIZE = 20;

const NotificationsPage = () => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { answer, failure, loading, markRead, markAllRead } = useNotifications({ unread: unreadOnly, page, pageSize: PAGE_SIZE });
  // The shared count: it follows marking read at once, like the menu's bell.
  const unread = useUnreadCount() ?? answer?.meta.unread ?? 0;
  const pagination = answer?.meta.pagination as { page: number; pageCount: number; total: number } | undefined;

  const show = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <Page.Main>
      <Page.Title>{t('notifications.title', 'Notifications')}</Page.Title>
      <Layouts.Header
        title={t('notifications.title', 'Notifications')}
        subtitle={answer ? t('notifications.subtitle', '{count} unread', { count: unread }) : undefined}
        primaryAction={
          <Button startIcon={<CheckCircle />} onClick={markAllRead} disabled={unread === 0}>
            {t('notifications.markAllRead', 'Mark all as read')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={2} role="group" aria-label={t('notifications.filter', 'Show')}>
            <Button
              variant={unreadOnly ? 'tertiary' : 'secondary'}
              aria-pressed={!unreadOnly}
              onClick={() => show({ unread: null, page: null })}
            >
              {t('notifications.filter.all', 'All')}
            </Button>
            <Button
              variant={unreadOnly ? 'secondary' : 'tertiary'}
              aria-pressed={unreadOnly}
              onClick={() => show({ unread: 'true', page: null })}
            >
              {t('notifications.filter.unread', 'Unread')}
            </Button>
          </Flex>
          {answer && !answer.meta.linked && (
            <Box background="warning100" hasRadius padding={4} role="note">
              <Typography textColor="warning700">
                {t(
                  'notifications.unlinked',
                  'Notifications are addressed to intranet users. Your admin account shares no membership with one, so nothing reaches you here; ask HQ to link your intranet user in your membership.'
                )}
              </Typography>
            </Box>
          )}
          {failure && (
            <Box background="danger100" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{inLanguage(failure.message, locale)}</Typography>
            </Box>
          )}
          <Box background="neutral0" hasRadius shadow="tableShadow" paddingLeft={6} paddingRight={6} paddingTop={2} paddingBottom={2}>
            {loading && !answer ? (
              <Flex justifyContent="center" padding={8}>
                <Loader small>{t('notifications.loading', 'Loading notifications')}</Loader>
              </Flex>
            ) : answer && answer.data.length > 0 ? (
              <Box tag="ul" aria-label={t('notifications.title', 'Notifications')}>
                {answer.data.map((item) => (
                  <NotificationEntry key={item.documentId} item={item} onRead={markRead} />
                ))}
              </Box>
            ) : (
              <Box padding={8}>
                <Typography textColor="neutral600">
                  {unreadOnly
                    ? t('notifications.empty.unread', 'No unread notifications.')
                    : t('notifications.empty', 'No notifications yet.')}
                </Typography>
              </Box>
            )}
          </Box>
          {pagination && <Pager page={pagination.page} pageCount={pagination.pageCount} onPage={(next) => show({ page: String(next) })} />}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default NotificationsPage;
