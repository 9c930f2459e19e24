/**
 * 协同匹配 (Matching): the workbench where a demand's ranked candidates are read and acted on,
 * and — for HQ — where all open demands are matched at once.
 */
import * as React from 'react';
import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { BulkRuns } from './BulkRuns';
import { DemandMatching } from './DemandMatching';
import { useMatchableDemands, lastValue } from './useMatching';
import { useMatchingText } from './useMatchingText';

const MatchingWorkbenchPage = () => {
  const text = useMatchingText();
  const { t } = text;
  const [search, setSearch] = React.useState('');
  const [version, setVersion] = React.useState(0);
  const demands = useMatchableDemands(search, version);
  // The picker's answer also says whether the caller is HQ (bulk runs are HQ's).
  const mayRunBulk = lastValue(demands)?.meta.mayRunBulk ?? false;
  const [tab, setTab] = React.useState('demand');
  return (
    <Page.Main>
      <Page.Title>{t('matching.title', 'Matching')}</Page.Title>
      <Layouts.Header
        title={t('matching.title', 'Matching')}
        subtitle={t('matching.subtitle', 'Rank catalogue entries and resources for a demand, start docking or file an exemption.')}
      />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={setTab} variant="simple">
          <Tabs.List aria-label={t('matching.title', 'Matching')}>
            <Tabs.Trigger value="demand">{t('matching.tab.demand', 'Match a demand')}</Tabs.Trigger>
            {mayRunBulk && <Tabs.Trigger value="bulk">{t('matching.tab.bulk', 'Bulk run')}</Tabs.Trigger>}
          </Tabs.List>
          <Tabs.Content value="demand">
            <Box paddingTop={4}>
              <DemandMatching
                text={text}
                search={search}
                onSearch={setSearch}
                demands={demands}
                onDemandsChanged={() => setVersion((n) => n + 1)}
              />
            </Box>
          </Tabs.Content>
          {mayRunBulk && (
            <Tabs.Content value="bulk">
              <Box paddingTop={4}>
                <BulkRuns text={text} />
              </Box>
            </Tabs.Content>
          )}
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export default MatchingWorkbenchPage;
