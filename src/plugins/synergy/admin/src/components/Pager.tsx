/** Previous / "Page 2 of 5" / Next under a paged list (通知, 我的待办); nothing when there is one page. */
import { Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

export const Pager = ({ page, pageCount, onPage }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  if (pageCount <= 1) return null;
  return (
    <Flex gap={3} justifyContent="flex-end">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('notifications.previous', 'Previous')}
      </Button>
      <Typography textColor="neutral600">{t('notifications.page', 'Page {page} of {pageCount}', { page, pageCount })}</Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('notifications.next', 'Next')}
      </Button>
    </Flex>
  );
};
