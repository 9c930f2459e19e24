/**
 * One to-do in a list: what it is and its title (a way to the record), why it is the caller's,
 * from whom and since when, its due day and whether it is overdue; the actions that need no form,
 * taken right here; a check box to choose it for a bulk action. The home widget shows a short form.
 */
import { Badge, Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { TodoAction, TodoItem } from '../../../shared/contracts/todos';
import { FailureNotice } from '../components/FailureNotice';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import type { ApiFailure } from '../utils/api-error';
import { getTranslation } from '../utils/getTranslation';

/** The admin router's path of the item's record (its links are absolute: /admin/content-manager/…). */
export const todoPath = (item: TodoItem) => (item.links ? item.links.admin.replace(/^\/admin(?=\/)/, '') : null);

interface Props {
  item: TodoItem;
  /** The home widget's short form: no reason, no actions. */
  compact?: boolean;
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  busy?: boolean;
  failure?: ApiFailure | null;
  onAct?: (item: TodoItem, action: TodoAction) => void;
}

export const TodoEntry = ({ item, compact = false, selected = false, onSelect, busy = false, failure = null, onAct }: Props) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useWorkflowLabels();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const path = todoPath(item);
  const from = [item.from.unit?.name, item.from.person].filter(Boolean).join(' · ');
  const since = formatDate(item.since, { year: 'numeric', month: '2-digit', day: '2-digit' });

  return (
    <Flex
      tag="li"
      gap={3}
      alignItems="flex-start"
      paddingTop={compact ? 2 : 3}
      paddingBottom={compact ? 2 : 3}
      aria-label={item.title}
      data-kind={item.kind}
    >
      {onSelect && (
        // Only what can be done here can be chosen; the others keep the column for alignment.
        <Box paddingTop={1} width="2rem">
          {item.actions.length > 0 && (
            <Checkbox
              checked={selected}
              disabled={busy}
              onCheckedChange={(checked) => onSelect(checked === true)}
              aria-label={t('todos.select', 'Choose {title}', { title: item.title })}
            />
          )}
        </Box>
      )}
      <Flex direction="column" alignItems="stretch" gap={1} flex="1" minWidth={0}>
        <Flex gap={2} wrap="wrap">
          <Badge>{item.label}</Badge>
          {item.overdue && (
            <Badge backgroundColor="danger100" textColor="danger700">
              {t('todos.overdue', 'Overdue')}
            </Badge>
          )}
          {path ? (
            <Typography tag={Link} to={path} fontWeight="bold" textColor="neutral800" ellipsis={compact}>
              {item.title}
            </Typography>
          ) : (
            <Typography fontWeight="bold" textColor="neutral800" ellipsis={compact}>
              {item.title}
            </Typography>
          )}
        </Flex>
        {!compact && <Typography textColor="neutral700">{item.reason}</Typography>}
        <Typography variant="pi" textColor="neutral500">
          {[
            from && t('todos.from', 'From {from}', { from }),
            t('todos.since', 'since {since}', { since }),
            item.due && t('todos.due', 'due {due}', { due: item.due }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {failure && <FailureNotice failure={failure} />}
      </Flex>
      {!compact && item.actions.length > 0 && (
        <Flex gap={2}>
          {item.actions.map((action) => (
            <Button key={action.action} variant="secondary" size="S" loading={busy} onClick={() => onAct?.(item, action)}>
              {labels.action(action.action)}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
