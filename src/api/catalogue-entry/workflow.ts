/**
 * Lifecycle of a catalogue entry: draft → submitted (the supplier unit's reporter) → approved
 * (HQ; or returned to draft with a comment, or rejected) → published, which only the publication
 * of its edition does (see catalogue-edition/workflow.ts): `published` is the one public state, so
 * anonymous intranet pages see exactly the entries of published and archived editions. An
 * approved entry of a draft edition (e.g. copied into the next edition) goes back to draft with
 * `revise` when its unit wants to change it. Every step is refused while the edition is frozen.
 */
import { errors } from '@strapi/utils';
import type { EffectContext, TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { FROZEN_MESSAGE, isEditionOpen } from './rules/entry';
import { ENTRY_UID } from '../../kernel/uids';
import { TELL_OWNER_REPORTERS } from '../../modules/marketplace/lifecycle';

const SUPPLIER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };
const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any' };

const refuseInFrozenEdition = async ({ documentId }: EffectContext) => {
  const entry = await strapi.db.query(ENTRY_UID).findOne({
    where: { documentId },
    select: ['id'],
    populate: { edition: { select: ['state'] } },
  });
  if (!isEditionOpen(entry?.edition?.state)) throw new errors.ValidationError(FROZEN_MESSAGE);
};

const entryWorkflow: WorkflowDef = {
  uid: ENTRY_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'approved', 'rejected', 'published'],
  publicStates: ['published'],
  publicToAnonymous: true,
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: SUPPLIER, requires: ['name', 'entryType', 'supplierClass', 'edition'] },
    { action: 'approve', from: ['submitted'], to: 'approved', who: HQ },
    {
      action: 'return',
      from: ['submitted'],
      to: 'draft',
      who: HQ,
      requiresComment: true,
      notify: { kind: 'returned', to: TELL_OWNER_REPORTERS },
    },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      who: HQ,
      requiresComment: true,
      notify: { kind: 'rejected', to: TELL_OWNER_REPORTERS },
    },
    { action: 'revise', from: ['approved'], to: 'draft', who: SUPPLIER },
  ],
  effects: {
    submit: [refuseInFrozenEdition],
    approve: [refuseInFrozenEdition],
    return: [refuseInFrozenEdition],
    reject: [refuseInFrozenEdition],
    revise: [refuseInFrozenEdition],
  },
};

export default entryWorkflow;
