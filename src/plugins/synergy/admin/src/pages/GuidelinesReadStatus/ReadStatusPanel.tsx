import { Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { FailureNotice } from '../../components/FailureNotice';
import { usePageModel } from '../../hooks/usePageModel';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { useReadStatus } from './useReadStatus';

/**
 * Edit-view side panel "阅知情况" of a must-read guideline: how many units have read it, the
 * caller's unit's own confirmation (with the button while it has not), and the way to the full page.
 */
export const ReadStatusPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const guidelineModel = usePageModel('guidelines.guideline');
  const existing =
    model === guidelineModel?.uid && document?.mustRead && document.state !== 'draft' && documentId && documentId !== 'create'
      ? documentId
      : null;
  const { state, confirm, confirming, failure } = useReadStatus(existing, document?.updatedAt as string | undefined);
  if (!existing || state.phase === 'loading' || state.phase === 'absent') return null;

  const title = t('guidelines.panel', 'Reading');
  if (state.phase === 'failed') return { title, content: <FailureNotice failure={state.failure} /> };
  const { meta } = state.view;
  const mine = meta.myUnit;
  return {
    title,
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%">
        <Typography variant="pi" data-testid="panel-read-counts">
          {t('guidelines.counts', '{read} of {expected} units have read it; {unread} have not', {
            read: meta.read,
            expected: meta.expected,
            unread: meta.unread,
          })}
        </Typography>
        {mine && (
          <Typography variant="pi" textColor={mine.read ? 'success600' : 'danger600'}>
            {mine.read
              ? t('guidelines.mine-read', '{unit} confirmed it: {who}', { unit: mine.unit.name, who: mine.confirmedBy ?? '' })
              : t('guidelines.mine-unread', '{unit} has not confirmed reading it yet', { unit: mine.unit.name })}
          </Typography>
        )}
        {mine?.mayConfirm && (
          <Button startIcon={<Check />} onClick={confirm} loading={confirming} fullWidth>
            {t('guidelines.confirm-short', 'Confirm I have read it')}
          </Button>
        )}
        {failure && <FailureNotice failure={failure} />}
        <LinkButton
          tag={Link}
          to={`/plugins/${PLUGIN_ID}/guidelines?guideline=${encodeURIComponent(existing)}`}
          variant="tertiary"
          fullWidth
        >
          {t('guidelines.see-all', 'Who has read it')}
        </LinkButton>
      </Flex>
    ),
  };
};
