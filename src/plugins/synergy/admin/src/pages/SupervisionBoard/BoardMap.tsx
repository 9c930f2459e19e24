/**
 * The map (一张图): one lane per task, grouped by category (with its icon) and owner unit, each
 * task a bar on a shared time axis from its assignment to its due date, coloured by its light,
 * with its progress inside; month ticks and a line for today. Hover shows the task; a click on the
 * bar or on the task's name opens it.
 */
import * as React from 'react';
import { Box, Flex, Tooltip, Typography } from '@strapi/design-system';
import { Bell } from '@strapi/icons';
import { styled } from 'styled-components';
import type { BoardTask, SupervisionBoardResponse } from '../../../../shared/contracts';
import { categoryIcon } from './categoryIcons';
import { TONE_COLOURS, toneOf, type Tone } from './lights';
import { axisFor, barFor, monthTicks, offset } from './timeline';
import { TaskSummary } from './TaskSummary';
import { useBoardText } from './useBoardText';

const LABEL_WIDTH = 300;
const LANE_HEIGHT = 34;

const Grid = styled.div`
  position: relative;
  display: grid;
  grid-template-columns: ${LABEL_WIDTH}px 1fr;
`;

const Overlay = styled.div`
  position: absolute;
  top: 0;
  bottom: 0;
  left: ${LABEL_WIDTH}px;
  right: 0;
  pointer-events: none;
`;

const Gridline = styled.div<{ $left: number }>`
  position: absolute;
  top: 0;
  bottom: 0;
  left: ${({ $left }) => $left}%;
  border-left: 1px solid ${({ theme }) => theme.colors.neutral150};
`;

const TodayLine = styled.div<{ $left: number }>`
  position: absolute;
  top: 0;
  bottom: 0;
  left: ${({ $left }) => $left}%;
  border-left: 2px dashed ${({ theme }) => theme.colors.danger500};
  z-index: 2;
`;

const Axis = styled.div`
  position: relative;
  height: 28px;
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

const TickLabel = styled.span<{ $left: number }>`
  position: absolute;
  top: 6px;
  left: calc(${({ $left }) => $left}% + 4px);
  white-space: nowrap;
  font-size: 1.1rem;
  color: ${({ theme }) => theme.colors.neutral600};
`;

const TodayLabel = styled.span<{ $left: number }>`
  position: absolute;
  top: 6px;
  left: ${({ $left }) => $left}%;
  transform: translateX(-50%);
  padding: 0 4px;
  border-radius: 4px;
  font-size: 1.1rem;
  font-weight: 600;
  color: ${({ theme }) => theme.colors.neutral0};
  background: ${({ theme }) => theme.colors.danger500};
  z-index: 3;
`;

const Label = styled.div<{ $indent: number }>`
  display: flex;
  align-items: center;
  gap: 8px;
  min-width: 0;
  height: ${LANE_HEIGHT}px;
  padding-left: ${({ $indent }) => $indent}px;
  padding-right: 12px;
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral100};
`;

const Lane = styled.div`
  position: relative;
  height: ${LANE_HEIGHT}px;
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral100};
`;

const Band = styled.div`
  grid-column: 1 / -1;
  display: flex;
  align-items: center;
  gap: 8px;
  height: ${LANE_HEIGHT}px;
  padding: 0 8px;
  background: ${({ theme }) => theme.colors.neutral100};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
  position: relative;
  z-index: 1;
`;

const Ellipsis = styled.span`
  flex: 1;
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

/** A task's name: opens the task like its bar does. */
const TitleButton = styled.button`
  flex: 1;
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  padding: 0;
  border: none;
  background: none;
  text-align: left;
  cursor: pointer;
  color: inherit;
  font: inherit;

  &:hover span,
  &:focus-visible span {
    color: ${({ theme }) => theme.colors.primary600};
    text-decoration: underline;
  }
`;

const BarButton = styled.button<{ $left: number; $width: number; $tone: Tone; $selected: boolean; $clipped: boolean }>`
  position: absolute;
  top: 7px;
  height: 20px;
  left: ${({ $left }) => $left}%;
  width: ${({ $width }) => $width}%;
  min-width: 6px;
  padding: 0;
  overflow: hidden;
  cursor: pointer;
  border: 1px solid ${({ theme, $tone }) => theme.colors[TONE_COLOURS[$tone].strong]};
  border-radius: ${({ $clipped }) => ($clipped ? '0 4px 4px 0' : '4px')};
  border-left-style: ${({ $clipped }) => ($clipped ? 'dashed' : 'solid')};
  background: ${({ theme, $tone }) => theme.colors[TONE_COLOURS[$tone].tint]};
  box-shadow: ${({ theme, $selected }) => ($selected ? `0 0 0 2px ${theme.colors.primary600}` : 'none')};
  z-index: 1;
`;

const Fill = styled.span<{ $progress: number; $tone: Tone }>`
  position: absolute;
  top: 0;
  bottom: 0;
  left: 0;
  width: ${({ $progress }) => $progress}%;
  background: ${({ theme, $tone }) => theme.colors[TONE_COLOURS[$tone].strong]};
  opacity: 0.55;
`;

const BarText = styled.span`
  position: relative;
  display: block;
  padding: 0 4px;
  font-size: 1.1rem;
  font-weight: 600;
  line-height: 18px;
  text-align: left;
  white-space: nowrap;
  color: ${({ theme }) => theme.colors.neutral800};
`;

const Swatch = styled.span<{ $tone: Tone }>`
  display: inline-block;
  width: 12px;
  height: 12px;
  border-radius: 3px;
  background: ${({ theme, $tone }) => theme.colors[TONE_COLOURS[$tone].strong]};
`;

const Marker = styled.span<{ $colour: 'danger600' | 'warning600' }>`
  display: inline-flex;
  color: ${({ theme, $colour }) => theme.colors[$colour]};
  align-items: center;
  gap: 2px;
  font-size: 1.1rem;
  font-weight: 600;
  white-space: nowrap;
`;

/** Escalated (升级督办) and urged (催办) at a glance, beside the title. */
const Markers = ({ task }: { task: BoardTask }) => {
  const { t } = useBoardText();
  return (
    <>
      {task.escalatedAt && (
        <Marker $colour="danger600" title={t('board.task.escalated', 'Escalated')}>
          <Typography variant="pi" fontWeight="bold" textColor="inherit">
            {t('board.map.escalated', 'escalated')}
          </Typography>
        </Marker>
      )}
      {task.urgeCount > 0 && (
        <Marker $colour="warning600" title={t('board.map.urged', 'Urged {count} times', { count: task.urgeCount })}>
          <Bell width="1.2rem" height="1.2rem" fill="currentColor" aria-hidden />
          <Typography variant="pi" fontWeight="bold" textColor="inherit">
            {task.urgeCount}
          </Typography>
        </Marker>
      )}
    </>
  );
};

interface BoardMapProps {
  board: SupervisionBoardResponse;
  selected: string | null;
  onSelect: (documentId: string) => void;
}

export const BoardMap = ({ board, selected, onSelect }: BoardMapProps) => {
  const { t, locale, lightLabel } = useBoardText();
  const { tasks, groups } = board.data;
  const byId = React.useMemo(() => new Map(tasks.map((task) => [task.documentId, task])), [tasks]);
  const axis = React.useMemo(() => axisFor(board.meta.filters, tasks), [board.meta.filters, tasks]);
  const ticks = React.useMemo(() => monthTicks(axis), [axis]);
  const today = board.meta.today;
  const todayLeft = today >= axis.start && today <= axis.end ? offset(axis, today) + 50 / axis.days : null;
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const tickText = (date: string, withYear: boolean) => (withYear ? monthYear : month).format(new Date(`${date}T00:00:00Z`));

  const bar = (task: BoardTask) => {
    const tone = toneOf(task.light);
    const { left, width, clipped } = barFor(axis, task.assignedOn, task.dueDate);
    return (
      <Tooltip label={<TaskSummary task={task} />} side="top">
        <BarButton
          type="button"
          $left={left}
          $width={width}
          $tone={tone}
          $clipped={clipped}
          $selected={selected === task.documentId}
          aria-label={`${task.title} · ${lightLabel(task.light)} · ${task.progress}%`}
          onClick={() => onSelect(task.documentId)}
        >
          <Fill $progress={task.progress} $tone={tone} />
          <BarText>{`${task.progress}%`}</BarText>
        </BarButton>
      </Tooltip>
    );
  };

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex justifyContent="space-between" alignItems="center" wrap="wrap" gap={4} paddingBottom={4}>
        <Typography variant="delta" tag="h2">
          {t('board.map.title', 'Task map')}
        </Typography>
        <Flex gap={4} wrap="wrap">
          {(['green', 'yellow', 'red', null] as const).map((light) => (
            <Flex key={light ?? 'none'} gap={2}>
              <Swatch $tone={toneOf(light)} />
              <Typography variant="pi">{lightLabel(light)}</Typography>
            </Flex>
          ))}
          <Typography variant="pi" textColor="neutral600">
            {t('board.map.shown', '{count} tasks shown', { count: tasks.length })}
          </Typography>
        </Flex>
      </Flex>
      {board.meta.truncated && (
        <Box paddingBottom={4}>
          <Typography textColor="warning600">
            {t('board.map.truncated', 'Only the first {limit} tasks are shown: narrow the filters.', { limit: board.meta.limit })}
          </Typography>
        </Box>
      )}
      {tasks.length === 0 ? (
        <Typography textColor="neutral600">{t('board.map.empty', 'No task matches these filters.')}</Typography>
      ) : (
        <Grid>
          <Overlay>
            {ticks.map((tick) => (
              <Gridline key={tick.date} $left={tick.left} />
            ))}
            {todayLeft !== null && <TodayLine $left={todayLeft} />}
          </Overlay>
          <Label $indent={0}>
            <Typography variant="sigma" textColor="neutral600">
              {t('board.map.task', 'Task · owner')}
            </Typography>
          </Label>
          <Axis>
            {ticks
              .filter((tick) => tick.labelled)
              .map((tick) => (
                <TickLabel key={tick.date} $left={tick.left}>
                  {tickText(tick.date, tick.withYear)}
                </TickLabel>
              ))}
            {todayLeft !== null && <TodayLabel $left={todayLeft}>{t('board.map.today', 'Today')}</TodayLabel>}
          </Axis>
          {groups.map((group) => {
            const Icon = categoryIcon(group.category);
            const count = group.units.reduce((n, u) => n + u.tasks.length, 0);
            return (
              <React.Fragment key={group.category}>
                <Band>
                  <Icon width="1.6rem" height="1.6rem" aria-hidden />
                  <Typography fontWeight="bold">{group.category}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('board.map.count', '{count} tasks', { count })}
                  </Typography>
                </Band>
                {group.units.map((row) => (
                  <React.Fragment key={`${group.category}-${row.unit?.id ?? 'none'}`}>
                    <Label $indent={16}>
                      <Typography variant="omega" fontWeight="semiBold" textColor="primary700">
                        <Ellipsis>{row.unit ? (row.unit.shortName ?? row.unit.name) : t('board.map.noUnit', 'No owner unit')}</Ellipsis>
                      </Typography>
                    </Label>
                    <Lane />
                    {row.tasks.map((id) => {
                      const task = byId.get(id)!;
                      return (
                        <React.Fragment key={id}>
                          <Label $indent={32}>
                            <TitleButton type="button" title={task.title} onClick={() => onSelect(task.documentId)}>
                              <Typography variant="omega">{task.title}</Typography>
                            </TitleButton>
                            <Markers task={task} />
                            <Typography variant="pi" textColor="neutral600">
                              {task.ownerPerson ?? '—'}
                            </Typography>
                          </Label>
                          <Lane>{bar(task)}</Lane>
                        </React.Fragment>
                      );
                    })}
                  </React.Fragment>
                ))}
              </React.Fragment>
            );
          })}
        </Grid>
      )}
    </Box>
  );
};
