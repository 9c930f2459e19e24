/**
 * 督办一张图 — the supervision board: every task of the admin's scope due in a period, grouped by
 * category and owner unit on one time axis and coloured by its light, with the period's figures
 * and the landing rate per unit. Filters live in the address, so a board can be shared as a link.
 */
import * as React from 'react';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import type { BoardTask } from '../../../../shared/contracts';
import { inLanguage } from '../../utils/bilingual';
import { BoardFilters } from './BoardFilters';
import { BoardMap } from './BoardMap';
import { CountsStrip } from './CountsStrip';
import { TaskDialog } from './TaskDialog';
import { UnitTable } from './UnitTable';
import { useBoardText } from './useBoardText';
import { useSupervisionBoard, type BoardQuery } from './useSupervisionBoard';

const KEYS = ['from', 'to', 'category', 'unit', 'light', 'state'] as const;

const SupervisionBoardPage = () => {
  const { t, locale } = useBoardText();
  const [params, setParams] = useSearchParams();
  const query: BoardQuery = Object.fromEntries(KEYS.map((key) => [key, params.get(key) ?? undefined]).filter(([, v]) => v));
  const { board, failure, loading, reload, replaceTask } = useSupervisionBoard(query);
  const [selected, setSelected] = React.useState<string | null>(null);
  const selectedTask = board?.data.tasks.find((task) => task.documentId === selected) ?? null;

  const change = (changes: BoardQuery) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const urged = (task: BoardTask) => {
    replaceTask(task);
    reload();
  };

  return (
    <Page.Main>
      <Page.Title>{t('board.title', 'Supervision board')}</Page.Title>
      <Layouts.Header
        title={t('board.title', 'Supervision board')}
        subtitle={
          board
            ? t('board.subtitle', 'Tasks due {from} – {to}, by category and unit; today is {today}.', {
                from: board.meta.filters.from,
                to: board.meta.filters.to,
                today: board.meta.today,
              })
            : t('board.subtitle.loading', 'Every supervised task of your scope on one time axis.')
        }
        primaryAction={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload} loading={loading && !!board}>
            {t('board.reload', 'Refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <BoardFilters
            query={query}
            period={board?.meta.filters ?? null}
            today={board?.meta.today ?? null}
            categories={board?.data.categories ?? []}
            units={board?.data.unitOptions ?? []}
            onChange={change}
            onReset={() => setParams(new URLSearchParams(), { replace: true })}
          />
          {failure && (
            <Box background="danger100" hasRadius padding={4} role="alert">
              <Typography textColor="danger700">{inLanguage(failure.message, locale)}</Typography>
            </Box>
          )}
          {!board && loading && (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('board.loading', 'Loading the board…')}</Loader>
            </Flex>
          )}
          {board && (
            <>
              <CountsStrip totals={board.data.totals} />
              <BoardMap board={board} selected={selected} onSelect={setSelected} />
              <UnitTable units={board.data.units} totals={board.data.totals} />
            </>
          )}
        </Flex>
      </Layouts.Content>
      <TaskDialog task={selectedTask} today={board?.meta.today ?? ''} onClose={() => setSelected(null)} onUrged={urged} />
    </Page.Main>
  );
};

export default SupervisionBoardPage;
