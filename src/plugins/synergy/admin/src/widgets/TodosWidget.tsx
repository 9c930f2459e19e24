/**
 * 我的待办 on the home page: how many to-dos wait on the signed-in admin (and how many are
 * overdue), and the first four in the inbox's order (the soonest due first); each opens its record.
 */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { TodoCountResponse } from '../../../shared/contracts/todos';
import { PLUGIN_ID } from '../pluginId';
import { TodoEntry } from '../todos/TodoEntry';
import { useTodoCount } from '../todos/todo-count';
import { useTodos } from '../todos/useTodos';
import { getTranslation } from '../utils/getTranslation';

// As many as the widget's frame shows without scrolling.
const FIRST = 4;

export const TodosWidget = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { get } = useFetchClient();
  const { answer, failure } = useTodos({ page: 1, pageSize: FIRST });
  const count = useTodoCount() ?? answer?.meta.pagination.total ?? 0;
  const [overdue, setOverdue] = React.useState<number | null>(null);

  React.useEffect(() => {
    let current = true;
    get<TodoCountResponse>(`/${PLUGIN_ID}/todos/count?filters[overdue]=true`)
      .then(({ data }) => current && setOverdue(data.data.count))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [get, count]);

  if (failure) return <Widget.Error />;
  if (!answer) return <Widget.Loading />;
  const delegatedTo = answer.meta.delegatedTo;
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="omega" textColor={count > 0 ? 'primary600' : 'neutral600'} fontWeight="semiBold">
        {t('home.todos.count', '{count} waiting on you', { count })}
        {overdue ? ` · ${t('home.todos.overdue', '{count} overdue', { count: overdue })}` : ''}
      </Typography>
      {delegatedTo && (
        <Typography variant="pi" textColor="warning700">
          {t('home.todos.delegated', 'Handed to {name} until {endsOn}', { name: delegatedTo.name, endsOn: delegatedTo.endsOn })}
        </Typography>
      )}
      {answer.data.length === 0 ? (
        <Box paddingTop={4}>
          <Typography textColor="neutral600">{t('todos.empty', 'Nothing waits on you.')}</Typography>
        </Box>
      ) : (
        <Box tag="ul" aria-label={t('todos.title', 'My to-dos')}>
          {answer.data.map((item) => (
            <TodoEntry key={item.key} item={item} compact />
          ))}
        </Box>
      )}
    </Flex>
  );
};
