/**
 * Lifecycle of a catalogue edition: draft → published (HQ) → archived. Publishing freezes the
 * edition with its approved entries, archives the edition published before it (so there is at
 * most one current edition) and rebinds every open demand's "must" entry to it. Published and
 * archived editions are readable without signing in (intranet pages show the catalogue).
 */
import { errors } from '@strapi/utils';
import type { EffectContext, TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { moveAll } from '../catalogue-entry/queries/catalogue-history';
import { EDITION_UID, ENTRY_UID } from '../../kernel/uids';

const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any' };

/**
 * Entries become public only through their edition: an approved entry of a draft edition is still
 * private (its unit, the superiors, HQ); publishing the edition moves its approved entries to the
 * entry state `published`, the entries' one public state.
 */
const publishEntries = async (context: EffectContext) => {
  const moved = await moveAll(
    ENTRY_UID,
    { edition: { documentId: context.documentId } },
    { action: 'publish', from: 'approved', to: 'published' },
    context
  );
  if (moved === 0) {
    throw new errors.ValidationError('The edition has no approved entries to publish (该版本没有已审核通过的条目，不能发布)');
  }
};

const archivePrevious = async (context: EffectContext) => {
  await moveAll(
    EDITION_UID,
    { documentId: { $ne: context.documentId } },
    { action: 'archive', from: 'published', to: 'archived' },
    context
  );
};

/** A new edition changes what binds: every open demand's "must" entry is recomputed against it. */
const rebindOpenDemands = async () => {
  await strapi.service('api::synergy-demand.matches').refreshOpenDemands();
};

const editionWorkflow: WorkflowDef = {
  uid: EDITION_UID,
  initial: 'draft',
  states: ['draft', 'published', 'archived'],
  publicStates: ['published', 'archived'],
  publicToAnonymous: true,
  transitions: [
    { action: 'publish', from: ['draft'], to: 'published', who: HQ, requires: ['code', 'title', 'validFrom', 'validTo'] },
    { action: 'archive', from: ['published'], to: 'archived', who: HQ },
  ],
  effects: {
    publish: [publishEntries, archivePrevious, rebindOpenDemands],
  },
};

export default editionWorkflow;
