/**
 * Lifecycle of a benefit record: draft → submitted → confirmed, where "confirmed" needs every
 * party of the project. Submitting is the recording unit's own confirmation; each other party's
 * reporter then takes `confirm` once (submitted → submitted, recorded in `confirmations`), and the
 * last confirmation moves the record to confirmed. Any party may return it to draft with a comment.
 * "A party" is declared (the project's buying or supplier units), and "once" is a guard: the
 * engine offers confirm and return exactly to those who may take them.
 *
 * Submitted and confirmed records are public: every party must read a record to confirm it, and
 * the unit scope only knows the recording unit. Benefit figures are group-wide synergy reporting.
 */
import { errors } from '@strapi/utils';
import {
  type EffectContext,
  type TransitionDef,
  type WorkflowDef,
  ConflictError,
  bilingual,
  inLanguage,
} from '../../plugins/synergy/public';
import { loadParties, partyIds } from '../synergy-project/queries/parties';
import { BENEFIT_UID } from '../../kernel/uids';

const OWNER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };
const PARTY: TransitionDef['who'] = {
  roles: ['reporter'],
  unit: 'owner',
  relation: ['project.ownerUnit', 'project.supplierUnits'],
  refusal: 'Only a party of the project may do this (只有项目参与方可以确认或退回效益)',
};
const ALREADY_CONFIRMED = bilingual('Your unit has already confirmed this record', '本单位已确认该效益记录');

interface Confirmation {
  unitId: number;
  by: string;
  at: string;
}

/** The record's parties and confirmations, read inside the transition's transaction. */
const current = async (documentId: string) => {
  const row = await strapi.db.query(BENEFIT_UID).findOne({
    where: { documentId },
    select: ['id', 'confirmations'],
    populate: { project: { select: ['id'] } },
  });
  const project = row?.project ? await loadParties(strapi, { id: row.project.id }) : null;
  const confirmations: Confirmation[] = Array.isArray(row?.confirmations) ? row.confirmations : [];
  return { parties: project ? partyIds(project) : [], confirmations };
};

const confirmedBy = (confirmations: unknown, unitId: number | null | undefined): boolean =>
  Array.isArray(confirmations) && confirmations.some((c: Confirmation) => c.unitId === unitId);

/** Records the confirmation of `unitId`; when every party has confirmed, the record is confirmed. */
const addConfirmation = async (ctx: EffectContext, unitId: number | null) => {
  const { parties, confirmations } = await current(ctx.documentId);
  // The engine has checked the caller (PARTY, and the guard); read again inside the transaction,
  // these catch only a recorder that is no longer a party and a confirmation that raced this one.
  if (unitId === null || !parties.includes(unitId)) {
    throw new errors.ValidationError('The recording unit is not a party of the project (登记单位不是项目参与方)');
  }
  if (confirmedBy(confirmations, unitId))
    throw new ConflictError(ALREADY_CONFIRMED, { code: 'already-confirmed', facts: { status: 'submitted', allowed: [] } });
  const now = new Date();
  const next = [...confirmations, { unitId: unitId!, by: ctx.actor.name, at: now.toISOString() }];
  const complete = parties.every((id) => next.some((c) => c.unitId === id));
  await strapi.db.query(BENEFIT_UID).updateMany({
    where: { documentId: ctx.documentId },
    data: { confirmations: next, ...(complete ? { state: 'confirmed' } : {}) },
  });
  if (!complete) return;
  await strapi.plugin('synergy').service('scope-keys').refresh(BENEFIT_UID, ctx.documentId);
  await strapi
    .plugin('synergy')
    .service('workflow')
    .recordHistory([
      {
        uid: BENEFIT_UID,
        documentId: ctx.documentId,
        action: 'all-confirmed',
        from: 'submitted',
        to: 'confirmed',
        at: now,
        comment: 'Every party confirmed (各参与方均已确认)',
      },
    ]);
};

const benefitWorkflow: WorkflowDef = {
  uid: BENEFIT_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'confirmed'],
  publicStates: ['submitted', 'confirmed'],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: OWNER, requires: ['project', 'period', 'amount', 'kind'] },
    {
      action: 'confirm',
      from: ['submitted'],
      to: 'submitted',
      who: PARTY,
      guard: ({ record, caller }) => !confirmedBy(record.confirmations, caller.unitId) || inLanguage(ALREADY_CONFIRMED, 'en'),
    },
    {
      action: 'return',
      from: ['submitted'],
      to: 'draft',
      who: PARTY,
      requiresComment: true,
      notify: { kind: 'returned', to: [{ roles: ['reporter'] }], label: 'project.title' },
    },
  ],
  effects: {
    submit: [(ctx) => addConfirmation(ctx, ctx.record.ownerUnit?.id ?? null)],
    confirm: [(ctx) => addConfirmation(ctx, ctx.actor.unitId)],
    return: [
      async (ctx) => {
        await strapi.db.query(BENEFIT_UID).updateMany({ where: { documentId: ctx.documentId }, data: { confirmations: [] } });
      },
    ],
  },
};

export default benefitWorkflow;
