import { Box, Flex, Loader, Searchbar, Typography } from '@strapi/design-system';
import type { MatchableDemand } from '../../../../shared/contracts';
import { StatusBadge } from '../../components/StatusBadge';
import { FailureNotice } from '../../components/FailureNotice';
import { lastValue, type Loaded } from './useMatching';
import type { MatchingText } from './useMatchingText';
import type { MatchableDemandsResponse } from '../../../../shared/contracts';

interface DemandPickerProps {
  text: MatchingText;
  search: string;
  onSearch: (search: string) => void;
  demands: Loaded<MatchableDemandsResponse>;
  selected: string | null;
  onSelect: (demand: MatchableDemand) => void;
}

/** The open demands the caller may match, narrowed by a title search; one is picked at a time. */
export const DemandPicker = ({ text, search, onSearch, demands, selected, onSelect }: DemandPickerProps) => {
  const { t } = text;
  const list = lastValue(demands)?.data ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Searchbar
        name="synergy-matching-search"
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        onClear={() => onSearch('')}
        clearLabel={t('matching.demands.search.clear', 'Clear')}
        placeholder={t('matching.demands.search', 'Search open demands')}
      >
        {t('matching.demands.search', 'Search open demands')}
      </Searchbar>
      {demands.phase === 'failed' && <FailureNotice failure={demands.failure} />}
      {demands.phase === 'loading' && list.length === 0 && <Loader small>{t('matching.loading', 'Loading')}</Loader>}
      {demands.phase === 'ready' && list.length === 0 && (
        <Typography textColor="neutral600">{t('matching.demands.empty', 'No open demand to match.')}</Typography>
      )}
      <Flex direction="column" alignItems="stretch" gap={2} role="listbox" aria-label={t('matching.demands.title', 'Open demands')}>
        {list.map((demand) => {
          const isSelected = demand.documentId === selected;
          return (
            <Box
              key={demand.documentId}
              tag="button"
              type="button"
              role="option"
              aria-selected={isSelected}
              onClick={() => onSelect(demand)}
              padding={3}
              hasRadius
              borderColor={isSelected ? 'primary600' : 'neutral200'}
              background={isSelected ? 'primary100' : 'neutral0'}
              textAlign="left"
              width="100%"
              cursor="pointer"
            >
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Flex justifyContent="space-between" gap={2} alignItems="flex-start">
                  <Typography fontWeight="bold" textColor={isSelected ? 'primary700' : 'neutral800'}>
                    {demand.title}
                  </Typography>
                  <StatusBadge state={demand.state} />
                </Flex>
                <Typography variant="pi" textColor="neutral600">
                  {demand.ownerUnit?.name}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {[demand.region, demand.neededBy && text.t('matching.demands.needed-by', 'needed by {date}', { date: demand.neededBy })]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </Flex>
            </Box>
          );
        })}
      </Flex>
    </Flex>
  );
};
