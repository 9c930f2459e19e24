/**
 * A menu link's icon with a live count on it (通知's unread count, 我的待办's count), on every admin
 * page. Strapi's menu takes a fixed `notificationsCount` when a link is registered; these counts
 * change, so the icon shows them itself.
 */
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';

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

type Icon = React.ComponentType<React.SVGProps<SVGSVGElement>>;

/**
 * The menu icon `Icon` carrying the count `useCount` gives, labelled for screen readers by the
 * message `labelId` ("{count} unread").
 */
export const countedMenuIcon = (Icon: Icon, useCount: () => number | null, labelId: string, defaultLabel: string) => {
  const CountedIcon = (props: React.SVGProps<SVGSVGElement>) => {
    const count = useCount();
    const { formatMessage } = useIntl();
    return (
      <Holder>
        <Icon {...props} />
        {count ? (
          <Count role="status" aria-label={formatMessage({ id: getTranslation(labelId), defaultMessage: defaultLabel }, { count })}>
            {count > 99 ? '99+' : count}
          </Count>
        ) : null}
      </Holder>
    );
  };
  return CountedIcon;
};
