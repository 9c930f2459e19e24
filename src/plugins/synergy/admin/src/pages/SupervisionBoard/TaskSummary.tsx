/** What the board knows of a task, as label–value lines: compact in the hover card, as a table in the task dialog. */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { BoardTask } from '../../../../shared/contracts';
import { useBoardText } from './useBoardText';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  column-gap: 16px;
  row-gap: 8px;
  margin: 0;

  dd {
    margin: 0;
  }
`;

const useTaskFacts = (task: BoardTask): Array<[string, string]> => {
  const { t, stateLabel, lightLabel, levelLabel, sourceLabel } = useBoardText();
  const lines: Array<[string, string]> = [
    [t('board.task.owner', 'Owner'), [task.ownerUnit?.name, task.ownerPerson].filter(Boolean).join(' · ') || '—'],
    [t('board.task.supervisor', 'Supervised by'), task.supervisingUnit ?? '—'],
    [t('board.task.period', 'Assigned → due'), `${task.assignedOn ?? '—'} → ${task.dueDate}`],
    [t('board.task.status', 'Status'), `${stateLabel(task.state)} · ${lightLabel(task.light)} · ${task.progress}%`],
    [t('board.task.kind', 'Category'), `${task.category} · ${levelLabel(task.level)} · ${sourceLabel(task.source)}`],
    [
      t('board.task.reminders', 'Reminders'),
      t('board.task.reminders.value', '{reminders} reminders, {urges} urges', { reminders: task.reminderCount, urges: task.urgeCount }),
    ],
  ];
  if (task.escalatedAt) lines.push([t('board.task.escalated', 'Escalated'), task.escalatedAt.slice(0, 10)]);
  return lines;
};

/** The hover card: title and facts in the tooltip's own colours. */
export const TaskSummary = ({ task }: { task: BoardTask }) => {
  const { locale } = useBoardText();
  const colon = locale.startsWith('zh') ? '：' : ': ';
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="360px">
      <Typography fontWeight="bold" textColor="inherit">
        {task.title}
      </Typography>
      {useTaskFacts(task).map(([label, value]) => (
        <Typography key={label} variant="pi" textColor="inherit">
          {`${label}${colon}${value}`}
        </Typography>
      ))}
    </Flex>
  );
};

/** The task dialog's facts, label beside value. */
export const TaskFacts = ({ task }: { task: BoardTask }) => (
  <Box>
    <Facts>
      {useTaskFacts(task).map(([label, value]) => (
        <React.Fragment key={label}>
          <Typography tag="dt" variant="sigma" textColor="neutral600">
            {label}
          </Typography>
          <Typography tag="dd" variant="omega" textColor="neutral800">
            {value}
          </Typography>
        </React.Fragment>
      ))}
    </Facts>
  </Box>
);
