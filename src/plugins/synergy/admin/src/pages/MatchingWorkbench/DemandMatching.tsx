/**
 * The first tab of the workbench: pick an open demand, read its ranked candidates and why, start
 * docking with one (the demand's `dock` transition) or file a draft exemption naming a catalogue
 * entry (through the content manager, so its rules and permissions apply).
 */
import * as React from 'react';
import { Box, Button, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import type { Candidate, MatchableDemand, MatchableDemandsResponse } from '../../../../shared/contracts';
import { FailureNotice } from '../../components/FailureNotice';
import { StatusBadge } from '../../components/StatusBadge';
import { usePageModel } from '../../hooks/usePageModel';
import { PLUGIN_ID } from '../../pluginId';
import { collectionPath } from '../../services/admin-views';
import { toApiFailure, type ApiFailure } from '../../utils/api-error';
import { CandidateTable } from './CandidateTable';
import { DemandPicker } from './DemandPicker';
import { DockDialog } from './DockDialog';
import { ExemptionDialog, type ExemptionDraft } from './ExemptionDialog';
import { useMatches, type Loaded } from './useMatching';
import type { MatchingText } from './useMatchingText';

const Panel = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={5}>
    {children}
  </Box>
);

interface DemandMatchingProps {
  text: MatchingText;
  search: string;
  onSearch: (search: string) => void;
  demands: Loaded<MatchableDemandsResponse>;
  /** Asks for the picker's list again (a demand moved to docking). */
  onDemandsChanged: () => void;
}

export const DemandMatching = ({ text, search, onSearch, demands, onDemandsChanged }: DemandMatchingProps) => {
  const { t } = text;
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  const [version, setVersion] = React.useState(0);
  const [demand, setDemand] = React.useState<MatchableDemand | null>(null);
  const demandModel = usePageModel('matching.demand');
  const matches = useMatches(demand?.documentId ?? null, demandModel?.collection ?? null, version);
  const [docking, setDocking] = React.useState<Candidate | null>(null);
  const [exempting, setExempting] = React.useState<Candidate | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<ApiFailure | null>(null);
  const [filed, setFiled] = React.useState<{ documentId: string; title: string } | null>(null);
  // Exemption requests are filed through the content manager, so their rules and permissions apply.
  const exemptionModel = usePageModel('matching.exemption');
  const exemptions = exemptionModel ? collectionPath(exemptionModel.uid) : null;

  const closeDialogs = () => {
    setDocking(null);
    setExempting(null);
    setFailure(null);
  };

  const dock = async (comment: string) => {
    if (!demand || !docking || !demandModel) return;
    setBusy(true);
    try {
      await post(`/${PLUGIN_ID}/${demandModel.collection}/${encodeURIComponent(demand.documentId)}/transitions`, {
        action: 'dock',
        comment,
      });
      toggleNotification({ type: 'success', message: t('matching.dock.done', 'Docking started with {title}.', { title: docking.title }) });
      setDemand({ ...demand, state: 'docking' });
      setVersion((n) => n + 1);
      onDemandsChanged();
      closeDialogs();
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  const fileExemption = async ({ reason, justification }: ExemptionDraft) => {
    if (!demand || !exempting || !exemptions) return;
    setBusy(true);
    try {
      const { data } = await post<{ data: { documentId: string } }>(exemptions, {
        demand: { connect: [{ documentId: demand.documentId }] },
        catalogueEntry: { connect: [{ documentId: exempting.documentId }] },
        catalogueEntryName: exempting.title,
        reason,
        justification,
      });
      setFiled({ documentId: data.data.documentId, title: exempting.title });
      closeDialogs();
    } catch (error) {
      setFailure(toApiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  const ready = matches.phase === 'ready' ? matches.value : null;
  return (
    <>
      <Grid.Root gap={4}>
        <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
          <Panel>
            <DemandPicker
              text={text}
              search={search}
              onSearch={onSearch}
              demands={demands}
              selected={demand?.documentId ?? null}
              onSelect={(picked) => {
                setDemand(picked);
                setFiled(null);
              }}
            />
          </Panel>
        </Grid.Item>
        <Grid.Item col={9} s={12} direction="column" alignItems="stretch">
          <Panel>
            {!demand && <Typography textColor="neutral600">{t('matching.pick', 'Pick a demand to see its candidates.')}</Typography>}
            {demand && (
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Flex justifyContent="space-between" alignItems="flex-start" gap={3}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography variant="delta" tag="h2">
                      {demand.title}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {ready
                        ? t('matching.candidates.meta', 'Catalogue edition {edition} · {total} offers matched', {
                            edition: ready.matches.meta.edition?.code ?? t('matching.candidates.no-edition', 'none published'),
                            total: ready.matches.meta.total,
                          })
                        : (demand.ownerUnit?.name ?? '')}
                    </Typography>
                  </Flex>
                  <StatusBadge state={demand.state} />
                </Flex>
                {ready?.matches.meta.mustEntry && (
                  <Box background="warning100" borderColor="warning200" hasRadius padding={3}>
                    <Typography textColor="warning700">
                      {t(
                        'matching.must.bound',
                        'Matching bound this demand to the must entry “{name}”: buying outside needs an approved exemption naming it.',
                        {
                          name: ready.matches.meta.mustEntry.title,
                        }
                      )}
                    </Typography>
                  </Box>
                )}
                {ready && !ready.matches.meta.mustEntry && ready.matches.meta.mustCandidate && (
                  <Box background="primary100" borderColor="primary200" hasRadius padding={3}>
                    <Typography textColor="primary700">
                      {t(
                        'matching.must.candidate',
                        'The must entry “{name}” answers this demand: it binds the demand when the demand is published or next edited.',
                        { name: ready.matches.meta.mustCandidate.title }
                      )}
                    </Typography>
                  </Box>
                )}
                {filed && (
                  <Flex background="success100" hasRadius padding={3} gap={3} justifyContent="space-between">
                    <Typography textColor="success700">
                      {t('matching.exemption.done', 'Draft exemption request naming {title} created.', { title: filed.title })}
                    </Typography>
                    <Button size="S" variant="success-light" onClick={() => navigate(`${exemptions}/${filed.documentId}`)}>
                      {t('matching.exemption.open', 'Open the request')}
                    </Button>
                  </Flex>
                )}
                {matches.phase === 'loading' && <Loader small>{t('matching.loading', 'Loading')}</Loader>}
                {matches.phase === 'failed' && <FailureNotice failure={matches.failure} />}
                {ready && ready.matches.data.length === 0 && (
                  <Typography textColor="neutral600">
                    {t('matching.candidates.empty', 'Nothing in the catalogue or the open resources matches this demand.')}
                  </Typography>
                )}
                {ready && ready.matches.data.length > 0 && (
                  <CandidateTable
                    text={text}
                    candidates={ready.matches.data}
                    mayDock={ready.mayDock}
                    mayExempt={ready.mayExempt && !!exemptions}
                    onDock={setDocking}
                    onExempt={setExempting}
                  />
                )}
              </Flex>
            )}
          </Panel>
        </Grid.Item>
      </Grid.Root>
      <DockDialog text={text} candidate={docking} isSubmitting={busy} failure={failure} onClose={closeDialogs} onConfirm={dock} />
      <ExemptionDialog
        text={text}
        candidate={exempting}
        isSubmitting={busy}
        failure={failure}
        onClose={closeDialogs}
        onConfirm={fileExemption}
      />
    </>
  );
};
