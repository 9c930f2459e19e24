import { Box, Flex, Status, Typography } from '@strapi/design-system';
import type { StatusVariant } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { MeetingResolutionView } from '../../../shared/contracts';
import { useMeetingResolutions } from '../hooks/useMeetingResolutions';
import { usePageModel } from '../hooks/usePageModel';
import { getTranslation } from '../utils/getTranslation';
import { FailureNotice } from './FailureNotice';
import { StatusBadge } from './StatusBadge';

const LIGHT_TONE: Record<string, StatusVariant> = { green: 'success', yellow: 'warning', red: 'danger' };

const ResolutionItem = ({ resolution, index }: { resolution: MeetingResolutionView; index: number }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const owner = [resolution.ownerUnit?.name, resolution.ownerPerson?.name].filter(Boolean).join(' · ');
  const { task } = resolution;
  return (
    <Box tag="li" paddingLeft={3} borderColor="neutral200" style={{ borderWidth: '0 0 0 2px' }}>
      <Typography tag="p" variant="omega" fontWeight="semiBold">
        {index + 1}. {resolution.title ?? '—'}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {[
          owner && t('resolutions.owner', 'Owner: {owner}', { owner }),
          resolution.dueDate && t('resolutions.due', 'Due {date}', { date: resolution.dueDate }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {task ? (
        <Flex gap={2} paddingTop={1} wrap="wrap">
          <StatusBadge state={task.state} />
          {task.light && (
            <Status variant={LIGHT_TONE[task.light] ?? 'neutral'} size="S">
              <Typography tag="span" variant="omega" fontWeight="bold">
                {t(`light.${task.light}`, task.light)}
              </Typography>
            </Status>
          )}
          {task.progress !== null && (
            <Typography variant="pi" textColor="neutral600">
              {t('resolutions.progress', '{progress}% done', { progress: task.progress })}
            </Typography>
          )}
          {task.restricted && (
            <Typography variant="pi" textColor="neutral500">
              {t('resolutions.restricted', "Another unit's task: its state only.")}
            </Typography>
          )}
        </Flex>
      ) : (
        <Typography tag="p" variant="pi" textColor="neutral500">
          {t('resolutions.no-task', 'Becomes a supervised task when the minutes are published.')}
        </Typography>
      )}
    </Box>
  );
};

/**
 * Edit-view side panel "Resolutions" of a meeting: each resolution, its owner and due date, and
 * once the minutes are published the state and light of the task it became.
 */
export const ResolutionsPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const meetingModel = usePageModel('meetings.meeting');
  const existing = model === meetingModel?.uid && document && documentId && documentId !== 'create' ? documentId : undefined;
  const state = useMeetingResolutions(existing, document?.updatedAt as string | undefined);

  if (!existing || state.phase === 'loading' || state.phase === 'absent') return null;

  const title = formatMessage({ id: getTranslation('resolutions.title'), defaultMessage: 'Resolutions' });
  if (state.phase === 'failed') return { title, content: <FailureNotice failure={state.failure} /> };
  const { data } = state.view;
  return {
    title,
    content:
      data.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: getTranslation('resolutions.empty'), defaultMessage: 'No resolutions yet.' })}
        </Typography>
      ) : (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={3} width="100%">
          {data.map((resolution, index) => (
            <ResolutionItem key={`${index}-${resolution.title}`} resolution={resolution} index={index} />
          ))}
        </Flex>
      ),
  };
};
