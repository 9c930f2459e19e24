/**
 * 我的待办 — the signed-in admin's to-do inbox across every module (以事找人): what waits on it,
 * why, from whom, since when and by when; the actions that need no form taken here, one item or
 * several chosen items at once; the rest opened where they are done. Filters (kind, overdue, due
 * by) and the page live in the address. Handing one's to-dos to a colleague (委托代办) and the
 * delegations given or held are at the bottom; while one's own runs, the inbox says to whom.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { TODO_KINDS, type TodoAction, type TodoItem, type TodoKind } from '../../../../shared/contracts/todos';
import { FailureNotice } from '../../components/FailureNotice';
import { useWorkflowLabels } from '../../hooks/useWorkflowLabels';
import { TodoEntry } from '../../todos/TodoEntry';
import { useDelegations } from '../../todos/useDelegations';
import { useTodos } from '../../todos/useTodos';
import type { ApiFailure } from '../../utils/api-error';
import { getTranslation } from '../../utils/getTranslation';
import { Pager } from '../../components/Pager';
import { DelegateDialog } from './DelegateDialog';
import { Delegations } from './Delegations';

const PAGE_SIZE = 20;
const ALL = '__all__';

const TodosPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const labels = useWorkflowLabels();
  const { toggleNotification } = useNotification();
  const [params, setParams] = useSearchParams();
  const kind = (TODO_KINDS as readonly string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as TodoKind) : undefined;
  const overdue = params.get('overdue') === 'true';
  const dueBefore = /^\d{4}-\d{2}-\d{2}$/.test(params.get('dueBefore') ?? '') ? params.get('dueBefore')! : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const { answer, failure, loading, reload, act } = useTodos({ kind, overdue, dueBefore, page, pageSize: PAGE_SIZE });
  const { delegations, failure: delegationFailure, colleagues, delegate, end } = useDelegations(reload);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [busy, setBusy] = React.useState<Set<string>>(new Set());
  const [failures, setFailures] = React.useState<Record<string, ApiFailure>>({});
  const [delegating, setDelegating] = React.useState(false);
  const items = answer?.data ?? [];
  const pagination = answer?.meta.pagination;
  const today = answer?.meta.today ?? new Date().toISOString().slice(0, 10);
  const delegatedTo = answer?.meta.delegatedTo ?? null;
  const filtered = !!(kind || overdue || dueBefore);

  // What is chosen is of this page: another page or filter starts with nothing chosen.
  React.useEffect(() => {
    setSelected(new Set());
    setFailures({});
  }, [kind, overdue, dueBefore, page]);

  const show = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  /** Takes `action` on each item in turn; refusals stay next to their item, the rest leave the list. */
  const run = async (targets: Array<{ item: TodoItem; action: TodoAction }>) => {
    setBusy(new Set(targets.map(({ item }) => item.key)));
    let done = 0;
    const refused: Record<string, ApiFailure> = {};
    for (const { item, action } of targets) {
      const outcome = await act(action);
      if (outcome.ok) done += 1;
      else refused[item.key] = outcome.failure;
    }
    setBusy(new Set());
    const name = labels.action(targets[0].action.action);
    if (done > 0)
      toggleNotification({ type: 'success', message: t('todos.done', '{action}: {count} done', { action: name, count: done }) });
    if (Object.keys(refused).length > 0) {
      toggleNotification({
        type: 'warning',
        message: t('todos.refused', '{action}: {count} refused, see the items', { action: name, count: Object.keys(refused).length }),
      });
    }
    // Done items leave the list with the reload; a refused one stays, with the server's reason.
    setSelected(new Set());
    setFailures(refused);
    reload();
  };

  const chosen = items.filter((item) => selected.has(item.key));
  // The actions every chosen item offers: a bulk action applies to all of them or is not offered.
  const common = chosen.length
    ? chosen[0].actions.filter((a) => chosen.every((item) => item.actions.some((b) => b.action === a.action))).map((a) => a.action)
    : [];
  const selectable = items.filter((item) => item.actions.length > 0);

  return (
    <Page.Main>
      <Page.Title>{t('todos.title', 'My to-dos')}</Page.Title>
      <Layouts.Header
        title={t('todos.title', 'My to-dos')}
        subtitle={
          pagination
            ? filtered
              ? t('todos.subtitle.filtered', '{count} match the filters', { count: pagination.total })
              : t('todos.subtitle', '{count} waiting on you', { count: pagination.total })
            : undefined
        }
        primaryAction={
          <Button variant="secondary" startIcon={<ArrowRight />} onClick={() => setDelegating(true)} disabled={!!delegatedTo}>
            {t('todos.delegate.open', 'Delegate my to-dos')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {delegatedTo && (
            <Box background="warning100" hasRadius padding={4} role="note">
              <Flex gap={4} justifyContent="space-between">
                <Typography textColor="warning700">
                  {t(
                    'todos.delegatedTo',
                    'Your to-dos are handed to {name} until {endsOn}: meanwhile they are in that inbox, not in yours.',
                    { name: delegatedTo.name, endsOn: delegatedTo.endsOn }
                  )}
                </Typography>
                <Button variant="secondary" size="S" onClick={() => end(delegatedTo.delegation)}>
                  {t('todos.delegations.end', 'End now')}
                </Button>
              </Flex>
            </Box>
          )}
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
            <Flex wrap="wrap" gap={4} alignItems="flex-end">
              <Box width="200px">
                <Field.Root name="kind">
                  <Field.Label>{t('todos.filter.kind', 'Kind')}</Field.Label>
                  <SingleSelect
                    aria-label={t('todos.filter.kind', 'Kind')}
                    value={kind ?? ALL}
                    onChange={(value: string | number) => show({ kind: value === ALL ? null : String(value) })}
                  >
                    <SingleSelectOption value={ALL}>{t('todos.filter.all', 'All')}</SingleSelectOption>
                    {TODO_KINDS.map((k) => (
                      <SingleSelectOption key={k} value={k}>
                        {t(`todos.kind.${k}`, k)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Box width="180px">
                <Field.Root name="dueBefore">
                  <Field.Label>{t('todos.filter.dueBefore', 'Due by')}</Field.Label>
                  <TextInput
                    type="date"
                    value={dueBefore ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => show({ dueBefore: e.target.value || null })}
                  />
                </Field.Root>
              </Box>
              <Flex gap={2} role="group" aria-label={t('todos.filter.overdue', 'Overdue')}>
                <Button
                  variant={overdue ? 'tertiary' : 'secondary'}
                  size="L"
                  aria-pressed={!overdue}
                  onClick={() => show({ overdue: null })}
                >
                  {t('todos.filter.any', 'Any due day')}
                </Button>
                <Button
                  variant={overdue ? 'secondary' : 'tertiary'}
                  size="L"
                  aria-pressed={overdue}
                  onClick={() => show({ overdue: 'true' })}
                >
                  {t('todos.filter.overdueOnly', 'Overdue only')}
                </Button>
              </Flex>
              {filtered && (
                <Button variant="tertiary" size="L" onClick={() => show({ kind: null, overdue: null, dueBefore: null })}>
                  {t('todos.filter.reset', 'Reset')}
                </Button>
              )}
            </Flex>
          </Box>
          {failure && <FailureNotice failure={failure} />}
          {selectable.length > 0 && (
            <Flex gap={3} role="toolbar" aria-label={t('todos.bulk', 'Chosen items')}>
              <Button
                variant="tertiary"
                onClick={() => setSelected(chosen.length === selectable.length ? new Set() : new Set(selectable.map((i) => i.key)))}
              >
                {chosen.length === selectable.length
                  ? t('todos.bulk.none', 'Choose none')
                  : t('todos.bulk.all', 'Choose all that can be done here')}
              </Button>
              {chosen.length > 0 && (
                <>
                  <Typography textColor="neutral600">{t('todos.bulk.count', '{count} chosen', { count: chosen.length })}</Typography>
                  {common.map((action) => (
                    <Button
                      key={action}
                      loading={busy.size > 0}
                      onClick={() => run(chosen.map((item) => ({ item, action: item.actions.find((a) => a.action === action)! })))}
                    >
                      {t('todos.bulk.act', '{action} ({count})', { action: labels.action(action), count: chosen.length })}
                    </Button>
                  ))}
                  {common.length === 0 && (
                    <Typography variant="pi" textColor="neutral500">
                      {t('todos.bulk.noCommon', 'The chosen items share no action.')}
                    </Typography>
                  )}
                </>
              )}
            </Flex>
          )}
          <Box background="neutral0" hasRadius shadow="tableShadow" paddingLeft={6} paddingRight={6} paddingTop={2} paddingBottom={2}>
            {loading && !answer ? (
              <Flex justifyContent="center" padding={8}>
                <Loader small>{t('todos.loading', 'Loading to-dos')}</Loader>
              </Flex>
            ) : items.length > 0 ? (
              <Box tag="ul" aria-label={t('todos.title', 'My to-dos')}>
                {items.map((item) => (
                  <TodoEntry
                    key={item.key}
                    item={item}
                    selected={selected.has(item.key)}
                    onSelect={(on) =>
                      setSelected((previous) => {
                        const next = new Set(previous);
                        if (on) next.add(item.key);
                        else next.delete(item.key);
                        return next;
                      })
                    }
                    busy={busy.has(item.key)}
                    failure={failures[item.key] ?? null}
                    onAct={(target, action) => run([{ item: target, action }])}
                  />
                ))}
              </Box>
            ) : (
              <Box padding={8}>
                <Typography textColor="neutral600">
                  {filtered ? t('todos.empty.filtered', 'Nothing matches the filters.') : t('todos.empty', 'Nothing waits on you.')}
                </Typography>
              </Box>
            )}
          </Box>
          {pagination && <Pager page={pagination.page} pageCount={pagination.pageCount} onPage={(next) => show({ page: String(next) })} />}
          {delegationFailure && <FailureNotice failure={delegationFailure} />}
          {delegations && <Delegations delegations={delegations} today={today} onEnd={end} />}
        </Flex>
      </Layouts.Content>
      <DelegateDialog
        open={delegating}
        today={today}
        loadColleagues={colleagues}
        onDelegate={delegate}
        onClose={() => setDelegating(false)}
      />
    </Page.Main>
  );
};

export default TodosPage;
