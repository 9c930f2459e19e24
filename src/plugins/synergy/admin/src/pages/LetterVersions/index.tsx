/**
 * 责任书版本 (Letter versions): a responsibility letter's signed versions — who started each, why,
 * who signed it and when, which one is in force — and the diff of any two of them (or of a
 * version and the text as it is now). The letter itself is edited in the content manager.
 */
import * as React from 'react';
import { Box, Flex, Grid, LinkButton, Loader, Searchbar, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ExternalLink } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link, useSearchParams } from 'react-router-dom';
import type { LetterVersionRef } from '../../../../shared/contracts';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { usePageModel } from '../../hooks/usePageModel';
import { collectionPath } from '../../services/admin-views';
import { DiffView } from './DiffView';
import { VersionList } from './VersionList';
import { useLetterChoices, useLetterDiff, useLetterVersions } from './useLetters';
import { useLetterText } from './useLetterText';

const Panel = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
    {children}
  </Box>
);

const asRef = (value: string | null): LetterVersionRef | null =>
  value === 'current' ? 'current' : value && /^\d+$/.test(value) ? Number(value) : null;

const LetterVersionsPage = () => {
  const text = useLetterText();
  const { t } = text;
  const letterModel = usePageModel('targets.letter');
  const [params, setParams] = useSearchParams();
  const letter = params.get('letter');
  const [search, setSearch] = React.useState('');
  const choices = useLetterChoices(letterModel?.uid, search);
  const versions = useLetterVersions(letter);
  const list = React.useMemo(() => (versions.phase === 'ready' ? versions.view.data : []), [versions]);
  const meta = versions.phase === 'ready' ? versions.view.meta : null;

  // By default: the version before the one in force against it, or the only version against the text now.
  const defaults = React.useMemo((): [LetterVersionRef | null, LetterVersionRef | null] => {
    if (list.length === 0) return [null, null];
    if (list.length === 1) return [list[0].versionNo, 'current'];
    return [list[list.length - 2].versionNo, list[list.length - 1].versionNo];
  }, [list]);
  const from = asRef(params.get('from')) ?? defaults[0];
  const to = asRef(params.get('to')) ?? defaults[1];
  const diff = useLetterDiff(letter, from, to);

  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const refs: LetterVersionRef[] = [...list.map((v) => v.versionNo), 'current'];

  return (
    <Page.Main>
      <Page.Title>{t('letters.title', 'Letter versions')}</Page.Title>
      <Layouts.Header
        title={t('letters.title', 'Letter versions')}
        subtitle={t('letters.subtitle', 'The signed versions of a responsibility letter and what changed between any two of them.')}
      />
      <Layouts.Content>
        <Grid.Root gap={4}>
          <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
            <Panel>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Searchbar
                  name="synergy-letters-search"
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  onClear={() => setSearch('')}
                  clearLabel={t('letters.search.clear', 'Clear')}
                  placeholder={t('letters.search', 'Search letters')}
                >
                  {t('letters.search', 'Search letters')}
                </Searchbar>
                {choices.phase === 'failed' && <FailureNotice failure={choices.failure} />}
                {choices.phase === 'loading' && <Loader small>{t('letters.loading', 'Loading')}</Loader>}
                {choices.phase === 'ready' && choices.view.length === 0 && (
                  <Typography textColor="neutral600">{t('letters.none', 'No responsibility letter yet.')}</Typography>
                )}
                <Flex direction="column" alignItems="stretch" gap={2} role="listbox" aria-label={t('letters.list', 'Letters')}>
                  {choices.phase === 'ready' &&
                    choices.view.map((choice) => {
                      const selected = choice.documentId === letter;
                      return (
                        <Box
                          key={choice.documentId}
                          tag="button"
                          type="button"
                          role="option"
                          aria-selected={selected}
                          onClick={() => choose({ letter: choice.documentId, from: null, to: null })}
                          padding={3}
                          hasRadius
                          borderColor={selected ? 'primary600' : 'neutral200'}
                          background={selected ? 'primary100' : 'neutral0'}
                          textAlign="left"
                          width="100%"
                          cursor="pointer"
                        >
                          <Flex direction="column" alignItems="stretch" gap={1}>
                            <Typography fontWeight="bold" textColor={selected ? 'primary700' : 'neutral800'}>
                              {choice.title}
                            </Typography>
                            <Flex gap={2} wrap="wrap">
                              <StatusBadge state={choice.state} />
                              <Typography variant="pi" textColor="neutral600">
                                {[choice.unit, choice.year].filter(Boolean).join(' · ')}
                              </Typography>
                            </Flex>
                          </Flex>
                        </Box>
                      );
                    })}
                </Flex>
              </Flex>
            </Panel>
          </Grid.Item>
          <Grid.Item col={9} s={12} direction="column" alignItems="stretch">
            {!letter && (
              <Panel>
                <Typography textColor="neutral600">{t('letters.pick', 'Choose a letter to see its versions.')}</Typography>
              </Panel>
            )}
            {letter && versions.phase === 'absent' && (
              <Panel>
                <Typography textColor="neutral600">{t('letters.absent', 'No such letter, or it is not yours to read.')}</Typography>
              </Panel>
            )}
            {letter && versions.phase === 'failed' && <FailureNotice failure={versions.failure} />}
            {letter && meta && (
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Panel>
                  <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="beta" tag="h2">
                        {meta.letter.title}
                      </Typography>
                      <Flex gap={2} wrap="wrap">
                        <StatusBadge state={meta.letter.state} />
                        <Typography textColor="neutral600">
                          {[meta.letter.ownerUnit?.name, meta.letter.year].filter(Boolean).join(' · ')}
                        </Typography>
                        <Typography textColor="neutral600">
                          {meta.signedVersionNo
                            ? t('letters.inForce', 'Version {n} in force', { n: meta.signedVersionNo })
                            : t('letters.notSigned', 'Not signed yet')}
                        </Typography>
                      </Flex>
                      {meta.revisionReason && (
                        <Typography textColor="warning700">
                          {t('letters.revising', 'Version {n} under revision: {reason}', {
                            n: meta.versionNo ?? '',
                            reason: meta.revisionReason,
                          })}
                        </Typography>
                      )}
                    </Flex>
                    {letterModel && (
                      <LinkButton
                        tag={Link}
                        to={`${collectionPath(letterModel.uid)}/${letter}`}
                        variant="tertiary"
                        startIcon={<ExternalLink />}
                      >
                        {t('letters.open', 'Open the letter')}
                      </LinkButton>
                    )}
                  </Flex>
                </Panel>
                <Panel>
                  <VersionList versions={list} text={text} />
                </Panel>
                <Panel>
                  <Flex direction="column" alignItems="stretch" gap={4}>
                    <Typography variant="delta" tag="h2">
                      {t('letters.compare', 'Compare two versions')}
                    </Typography>
                    <Flex gap={4} alignItems="flex-end" wrap="wrap">
                      {(['from', 'to'] as const).map((side) => (
                        <Box key={side} minWidth="220px">
                          <SingleSelect
                            aria-label={t(`letters.compare.${side}`, side)}
                            placeholder={t(`letters.compare.${side}`, side)}
                            value={String((side === 'from' ? from : to) ?? '')}
                            onChange={(value: string | number) => choose({ [side]: String(value) })}
                          >
                            {refs.map((ref) => (
                              <SingleSelectOption key={String(ref)} value={String(ref)}>
                                {`${t(`letters.compare.${side}`, side)}: ${text.version(ref)}`}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                        </Box>
                      ))}
                    </Flex>
                    {diff.phase === 'loading' && from !== null && <Loader small>{t('letters.loading', 'Loading')}</Loader>}
                    {diff.phase === 'failed' && <FailureNotice failure={diff.failure} />}
                    {diff.phase === 'ready' && <DiffView diff={diff.view.data} text={text} />}
                  </Flex>
                </Panel>
              </Flex>
            )}
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export default LetterVersionsPage;
