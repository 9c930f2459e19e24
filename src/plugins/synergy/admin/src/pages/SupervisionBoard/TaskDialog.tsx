/**
 * A task opened from the map: its details, a link to its edit view in the content manager, and
 * urging (催办) while it is open — the server decides who may (403) and whether once today (409).
 */
import * as React from 'react';
import { Button, Field, Flex, LinkButton, Modal, Textarea, Typography } from '@strapi/design-system';
import { Bell, ExternalLink } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import type { BoardTask, UrgeResponse } from '../../../../shared/contracts';
import { usePageModel } from '../../hooks/usePageModel';
import { PLUGIN_ID } from '../../pluginId';
import { collectionPath } from '../../services/admin-views';
import { toApiFailure } from '../../utils/api-error';
import { inLanguage } from '../../utils/bilingual';
import { OPEN_STATES } from './lights';
import { TaskFacts } from './TaskSummary';
import { useBoardText } from './useBoardText';

interface TaskDialogProps {
  task: BoardTask | null;
  today: string;
  onClose: () => void;
  onUrged: (task: BoardTask) => void;
}

export const TaskDialog = ({ task, today, onClose, onUrged }: TaskDialogProps) => {
  const { t, locale } = useBoardText();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [comment, setComment] = React.useState('');
  const [busy, setBusy] = React.useState(false);
  const taskModel = usePageModel('supervision.task');

  React.useEffect(() => setComment(''), [task?.documentId]);

  const urge = async () => {
    if (!task) return;
    setBusy(true);
    try {
      const { data } = await post<UrgeResponse>(
        `/${PLUGIN_ID}/supervision/tasks/${task.documentId}/urge`,
        comment.trim() ? { comment: comment.trim() } : {}
      );
      toggleNotification({ type: 'success', message: t('board.urge.done', 'Urged: the owner has been told.') });
      setComment('');
      onUrged(data.data);
    } catch (error) {
      const failure = toApiFailure(error);
      const known: Record<number, string> = {
        403: t('board.urge.forbidden', 'Only the supervising unit urges this task.'),
        409: t('board.urge.conflict', 'Not urged: {reason}', { reason: inLanguage(failure.message, locale) }),
      };
      toggleNotification({
        type: failure.status === 409 ? 'warning' : 'danger',
        message: known[failure.status ?? 0] ?? inLanguage(failure.message, locale),
      });
    } finally {
      setBusy(false);
    }
  };

  const open = !!task && OPEN_STATES.includes(task.state);
  const urgedToday = task?.lastUrgedOn === today;
  return (
    <Modal.Root open={task !== null} onOpenChange={(isOpen) => !isOpen && !busy && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel={t('board.task.close', 'Close')}>
          <Modal.Title>{task?.title ?? ''}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {task && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <TaskFacts task={task} />
              {open && (
                <Field.Root
                  name="synergy-urge-comment"
                  hint={
                    urgedToday
                      ? t('board.urge.today', 'Already urged today.')
                      : t('board.urge.hint', 'Optional; sent to the owner and kept in the history.')
                  }
                >
                  <Field.Label>{t('board.urge.comment', 'Urging note')}</Field.Label>
                  <Textarea
                    value={comment}
                    maxLength={1000}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
              )}
              {!open && <Typography textColor="neutral600">{t('board.urge.closed', 'Only open tasks are urged.')}</Typography>}
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          {task && taskModel && (
            <LinkButton
              tag={Link}
              to={`${collectionPath(taskModel.uid)}/${task.documentId}`}
              variant="tertiary"
              startIcon={<ExternalLink />}
            >
              {t('board.task.open', 'Open in the content manager')}
            </LinkButton>
          )}
          <Button type="button" startIcon={<Bell />} onClick={urge} loading={busy} disabled={!open || urgedToday}>
            {t('board.urge', 'Urge')}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
