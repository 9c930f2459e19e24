/**
 * Lifecycle of a supervised task: assigned → in progress → submitted for acceptance → accepted,
 * or returned to in progress with a comment; cancelled by the supervising (assigning) unit.
 * The owner side (owner person, owner unit's reporters) starts and submits; the supervising unit
 * accepts, returns and cancels. The engine admits roles; effects narrow them to the task's parties.
 */
import type { Effect, TransitionDef, WorkflowDef } from '../../plugins/synergy/shared/contracts';
import { TASK_UID, requireOwnerSide, requireSupervisor } from './parties';

const OWNER_SIDE: TransitionDef['who'] = { roles: ['reporter', 'employee', 'hq'], unit: 'owner' };
const SUPERVISOR: TransitionDef['who'] = { roles: ['reporter', 'segment', 'hq'], unit: 'any' };

const ownerSide: Effect = async (context) => void (await requireOwnerSide(context));
const supervisor: Effect = async (context) => void (await requireSupervisor(context));

const stamp =
  (data: (now: Date) => Record<string, unknown>): Effect =>
  async ({ documentId }) => {
    await strapi.db.query(TASK_UID).updateMany({ where: { documentId }, data: data(new Date()) });
  };

const recolour: Effect = async ({ documentId }) => {
  await strapi.service('api::task.task').refreshLights(new Date(), [documentId]);
};

const today = (now: Date) => strapi.service('api::task.task').todayFacts(now).date;

const taskWorkflow: WorkflowDef = {
  uid: TASK_UID,
  initial: 'assigned',
  states: ['assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'],
  publicStates: [],
  transitions: [
    { action: 'start', from: ['assigned'], to: 'in_progress', who: OWNER_SIDE },
    { action: 'submit', from: ['in_progress'], to: 'submitted', who: OWNER_SIDE },
    { action: 'accept', from: ['submitted'], to: 'accepted', who: SUPERVISOR },
    { action: 'return', from: ['submitted'], to: 'in_progress', who: SUPERVISOR, requiresComment: true },
    { action: 'cancel', from: ['assigned', 'in_progress', 'submitted'], to: 'cancelled', who: SUPERVISOR, requiresComment: true },
  ],
  effects: {
    start: [ownerSide],
    submit: [ownerSide, stamp((now) => ({ submittedOn: today(now) })), recolour],
    accept: [supervisor, stamp((now) => ({ acceptedAt: now, progress: 100 })), recolour],
    return: [supervisor, stamp(() => ({ submittedOn: null })), recolour],
    cancel: [supervisor, recolour],
  },
};

export default taskWorkflow;
