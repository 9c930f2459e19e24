/**
 * Lifecycle of a dispute: open → mediating → resolved, or withdrawn by the party that opened it.
 * The mediator unit (the parties' common superior) takes it up, resolves it with an outcome, or
 * escalates it one level up (back to open for the new mediator); overdue disputes are escalated
 * by `escalateOverdueDisputes`. Mediation actions belong to the segment managers of the
 * mediator unit (the record's `mediatorUnit`, which escalation moves up) or HQ.
 */
import { errors } from '@strapi/utils';
import type { TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { escalationTarget } from '../synergy-project/rules/project';
import { DISPUTE_UID } from '../../kernel/uids';

const MEDIATOR: TransitionDef['who'] = {
  roles: ['segment', 'hq'],
  unit: 'owner',
  relation: 'mediatorUnit',
  refusal: 'Only the mediator unit or HQ mediates this dispute (只有调解单位或集团总部可以调解此争议)',
};
const OPENER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };

const mediatorOf = async (documentId: string) => {
  const row = await strapi.db
    .query(DISPUTE_UID)
    .findOne({ where: { documentId }, select: ['id', 'escalationCount'], populate: { mediatorUnit: { select: ['id', 'path', 'name'] } } });
  return {
    id: row.id as number,
    escalationCount: (row.escalationCount as number | null) ?? 0,
    mediator: row.mediatorUnit as { id: number; path: string; name: string } | null,
  };
};

/** The date by which the mediator must have resolved a dispute it was handed at `from`. */
export const disputeDueAt = (from: Date): Date => {
  const days = Number(strapi.config.get('plugin::synergy.disputeEscalationDays') ?? 15);
  return new Date(from.getTime() + days * 24 * 3600 * 1000);
};

const HQ_MEDIATES = 'HQ already mediates this dispute (已由集团总部调解，无法再上报)';

/** Moves the dispute to the next mediator up; 400 when HQ already mediates it (the transition's guard refuses that before). */
export const escalateDispute = async (documentId: string, now: Date) => {
  const { id, escalationCount, mediator } = await mediatorOf(documentId);
  const target = mediator ? escalationTarget(mediator.path) : null;
  if (target === null) throw new errors.ValidationError(HQ_MEDIATES);
  await strapi.db.query(DISPUTE_UID).update({
    where: { id },
    data: { mediatorUnit: target, escalationCount: escalationCount + 1, dueAt: disputeDueAt(now) },
  });
  return target;
};

const disputeWorkflow: WorkflowDef = {
  uid: DISPUTE_UID,
  initial: 'open',
  states: ['open', 'mediating', 'resolved', 'withdrawn'],
  publicStates: [],
  transitions: [
    { action: 'mediate', from: ['open'], to: 'mediating', who: MEDIATOR },
    { action: 'resolve', from: ['mediating'], to: 'resolved', who: MEDIATOR, requiresComment: true },
    {
      action: 'escalate',
      from: ['open', 'mediating'],
      to: 'open',
      who: MEDIATOR,
      requiresComment: true,
      // Not offered where it cannot go: HQ mediating has no level above it.
      guard: ({ record }) => !record.mediatorUnit || escalationTarget(record.mediatorUnit.path) !== null || HQ_MEDIATES,
    },
    { action: 'withdraw', from: ['open', 'mediating'], to: 'withdrawn', who: OPENER },
  ],
  effects: {
    resolve: [
      async ({ documentId, comment }) => {
        await strapi.db.query(DISPUTE_UID).updateMany({ where: { documentId }, data: { outcome: comment } });
      },
    ],
    escalate: [async ({ documentId }) => void (await escalateDispute(documentId, new Date()))],
  },
};

export default disputeWorkflow;
