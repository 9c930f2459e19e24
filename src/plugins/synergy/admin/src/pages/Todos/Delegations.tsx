/** 委托记录: the delegations the caller gave or holds, each with its days, its note and whether it runs; ending one early. */
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { TodoDelegationView } from '../../../../shared/contracts/todos';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  delegations: TodoDelegationView[];
  today: string;
  onEnd: (documentId: string) => void;
}

const stateOf = (d: TodoDelegationView, today: string) => (d.endedAt || d.endsOn < today ? 'ended' : d.active ? 'active' : 'upcoming');

export const Delegations = ({ delegations, today, onEnd }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  if (delegations.length === 0) return null;
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" paddingLeft={6} paddingRight={6} paddingTop={4} paddingBottom={4}>
      <Typography tag="h2" variant="delta">
        {t('todos.delegations.title', 'Delegations')}
      </Typography>
      <Box tag="ul" aria-label={t('todos.delegations.title', 'Delegations')}>
        {delegations.map((d) => {
          const state = stateOf(d, today);
          const who = d.delegator.me
            ? t('todos.delegations.given', 'My to-dos to {name}', { name: d.delegate.name })
            : t('todos.delegations.held', "{name}'s to-dos, handled by me", { name: d.delegator.name });
          return (
            <Flex tag="li" key={d.documentId} gap={3} paddingTop={3} paddingBottom={3} aria-label={who}>
              <Flex direction="column" alignItems="stretch" gap={1} flex="1">
                <Flex gap={2}>
                  <Badge
                    backgroundColor={state === 'active' ? 'success100' : 'neutral100'}
                    textColor={state === 'active' ? 'success700' : 'neutral600'}
                  >
                    {t(`todos.delegations.${state}`, state)}
                  </Badge>
                  <Typography fontWeight="bold">{who}</Typography>
                </Flex>
                <Typography variant="pi" textColor="neutral600">
                  {t('todos.delegations.days', '{from} to {to}', { from: d.startsOn, to: d.endsOn })}
                  {d.note ? ` · ${d.note}` : ''}
                </Typography>
              </Flex>
              {state !== 'ended' && d.delegator.me && (
                <Button variant="danger-light" size="S" onClick={() => onEnd(d.documentId)}>
                  {t('todos.delegations.end', 'End now')}
                </Button>
              )}
            </Flex>
          );
        })}
      </Box>
    </Box>
  );
};
