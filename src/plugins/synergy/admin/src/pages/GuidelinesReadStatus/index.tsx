/**
 * 指引阅知 — which units have read a must-read guideline and which have not: the must-read
 * guidelines in force with their counts, and for the chosen one (`?guideline=<documentId>`) every
 * unit with who confirmed and when. HQ sees every unit, a segment manager its subtree, a reporter
 * its own unit, which it may confirm from here.
 */
import { Box, Button, Flex, LinkButton, Loader, Typography } from '@strapi/design-system';
import { Check, ExternalLink } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { usePageModel } from '../../hooks/usePageModel';
import { collectionPath } from '../../services/admin-views';
import { getTranslation } from '../../utils/getTranslation';
import { ReadStatusTable } from './ReadStatusTable';
import { useReadOverview, useReadStatus } from './useReadStatus';

const GuidelineDetail = ({ documentId }: { documentId: string }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const model = usePageModel('guidelines.guideline');
  const { state, confirm, confirming, failure } = useReadStatus(documentId);
  if (state.phase === 'loading') return <Loader small />;
  if (state.phase === 'absent')
    return <Typography>{t('guidelines.absent', 'This guideline does not exist or is not yours to see.')}</Typography>;
  if (state.phase === 'failed') return <FailureNotice failure={state.failure} />;
  const { data, meta } = state.view;
  const { guideline, myUnit } = meta;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} aria-label={t('guidelines.detail', 'Read status')} role="region">
      <Flex gap={3} wrap="wrap" alignItems="center">
        <Typography variant="beta" tag="h2">
          {guideline.title}
        </Typography>
        <StatusBadge state={guideline.state} />
        {guideline.documentNumber && <Typography textColor="neutral600">{guideline.documentNumber}</Typography>}
        <Typography textColor="neutral600">{t('guidelines.version', 'Version {version}', { version: guideline.version })}</Typography>
        {model && (
          <LinkButton
            tag={Link}
            to={`${collectionPath(model.uid)}/${guideline.documentId}`}
            variant="tertiary"
            startIcon={<ExternalLink />}
          >
            {t('guidelines.open', 'Open the guideline')}
          </LinkButton>
        )}
      </Flex>
      <Typography variant="omega" data-testid="read-counts">
        {t('guidelines.counts', '{read} of {expected} units have read it; {unread} have not', {
          read: meta.read,
          expected: meta.expected,
          unread: meta.unread,
        })}
      </Typography>
      {myUnit?.mayConfirm && (
        <Box>
          <Button startIcon={<Check />} onClick={confirm} loading={confirming}>
            {t('guidelines.confirm', 'Confirm that {unit} has read it', { unit: myUnit.unit.name })}
          </Button>
        </Box>
      )}
      {failure && <FailureNotice failure={failure} />}
      {data.length === 0 ? (
        <Typography textColor="neutral600">{t('guidelines.no-units', 'No unit you oversee must read this guideline.')}</Typography>
      ) : (
        <ReadStatusTable rows={data} />
      )}
    </Flex>
  );
};

const GuidelinesReadStatusPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('guideline');
  const { state } = useReadOverview();

  return (
    <Page.Main>
      <Page.Title>{t('guidelines.title', 'Guideline reading')}</Page.Title>
      <Layouts.Header
        title={t('guidelines.title', 'Guideline reading')}
        subtitle={t('guidelines.subtitle', 'Which units have read each must-read guideline, and which have not')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            {state.phase === 'loading' && <Loader small />}
            {state.phase === 'failed' && <FailureNotice failure={state.failure} />}
            {state.phase === 'ready' &&
              (state.view.data.length === 0 ? (
                <Typography textColor="neutral600">{t('guidelines.none', 'No must-read guideline is in force.')}</Typography>
              ) : (
                <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('guidelines.list', 'Must-read guidelines')}>
                  {state.view.data.map((g) => (
                    <Flex tag="li" key={g.documentId} gap={3} justifyContent="space-between" wrap="wrap">
                      <Button
                        variant={g.documentId === chosen ? 'secondary' : 'ghost'}
                        aria-pressed={g.documentId === chosen}
                        onClick={() => setParams({ guideline: g.documentId }, { replace: true })}
                      >
                        {g.title}
                        {g.documentNumber ? `（${g.documentNumber}）` : ''}
                      </Button>
                      <Typography textColor={g.unread > 0 ? 'danger600' : 'success600'}>
                        {t('guidelines.short-counts', '{read}/{expected} read', { read: g.read, expected: g.expected })}
                      </Typography>
                    </Flex>
                  ))}
                </Flex>
              ))}
          </Box>
          {chosen && (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
              <GuidelineDetail key={chosen} documentId={chosen} />
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default GuidelinesReadStatusPage;
