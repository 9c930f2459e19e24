/**
 * Lifecycle of a supervised task: assigned → in progress → submitted for acceptance → accepted,
 * or returned to in progress with a comment; cancelled by the supervising (assigning) unit.
 * The owner side (owner person, owner unit's reporters) starts and submits; the supervising unit
 * accepts, returns and cancels — both declared in rules/parties.ts, so the engine offers each step exactly to them.
 */
import type { Effect, WorkflowDef } from '../../plugins/synergy/public';
import { OWNER_SIDE, SUPERVISOR } from './rules/parties';
import { TASK_UID } from '../../kernel/uids';

const stamp =
  (data: (now: Date) => Record<string, unknown>): Effect =>
  async ({ documentId }) => {
    await strapi.db.query(TASK_UID).updateMany({ where: { documentId }, data: data(new Date()) });
  };

const recolour: Effect = async ({ documentId }) => {
  await strapi.service(TASK_UID).refreshLights(new Date(), [documentId]);
};

const today = (now: Date) => strapi.service(TASK_UID).todayFacts(now).date;

const taskWorkflow: WorkflowDef = {
  uid: TASK_UID,
  initial: 'assigned',
  states: ['assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'],
  publicStates: [],
  transitions: [
    { action: 'start', from: ['assigned'], to: 'in_progress', who: OWNER_SIDE },
    { action: 'submit', from: ['in_progress'], to: 'submitted', who: OWNER_SIDE },
    { action: 'accept', from: ['submitted'], to: 'accepted', who: SUPERVISOR },
    {
      action: 'return',
      from: ['submitted'],
      to: 'in_progress',
      who: SUPERVISOR,
      requiresComment: true,
      // The owner as notify.ts has it: the owner person, else the owner unit's reporters.
      notify: { kind: 'returned', to: [{ person: 'ownerPerson' }, { roles: ['reporter'] }] },
    },
    { action: 'cancel', from: ['assigned', 'in_progress', 'submitted'], to: 'cancelled', who: SUPERVISOR, requiresComment: true },
  ],
  effects: {
    submit: [stamp((now) => ({ submittedOn: today(now) })), recolour],
    accept: [stamp((now) => ({ acceptedAt: now, progress: 100 })), recolour],
    return: [stamp(() => ({ submittedOn: null })), recolour],
    cancel: [recolour],
  },
};

export default taskWorkflow;
