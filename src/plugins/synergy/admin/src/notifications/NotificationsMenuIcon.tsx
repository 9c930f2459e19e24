/**
 * The 通知 menu link's icon: a bell with the unread count on it, on every admin page. Strapi's
 * menu takes a fixed `notificationsCount` when a link is registered; the count changes, so the
 * icon shows it itself.
 */
import { Bell } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';
import { useUnreadCount } from './unread-count';

const Holder = styled.span`
  position: relative;
  display: inline-flex;
`;

const Count = styled.span`
  position: absolute;
  top: -0.7rem;
  right: -1rem;
  min-width: 1.8rem;
  height: 1.8rem;
  padding: 0 0.4rem;
  border-radius: 0.9rem;
  background: ${({ theme }) => theme.colors.danger600};
  color: ${({ theme }) => theme.colors.neutral0};
  font-size: 1.1rem;
  font-weight: 600;
  line-height: 1.8rem;
  text-align: center;
`;

export const NotificationsMenuIcon = (props: React.SVGProps<SVGSVGElement>) => {
  const unread = useUnreadCount();
  const { formatMessage } = useIntl();
  return (
    <Holder>
      <Bell {...(props as any)} />
      {unread ? (
        <Count
          role="status"
          aria-label={formatMessage({ id: getTranslation('notifications.unread'), defaultMessage: '{count} unread' }, { count: unread })}
        >
          {unread > 99 ? '99+' : unread}
        </Count>
      ) : null}
    </Holder>
  );
};
