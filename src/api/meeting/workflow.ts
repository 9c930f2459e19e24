/**
 * Lifecycle of a meeting: planned (draft) → held → minutes published; a planned meeting may be
 * called off. The organiser (the owner unit's reporters, or HQ) takes every step. Publishing the
 * minutes turns each resolution into a supervised task inside the transition's transaction, and
 * tells each owner after it committed. Publishing twice is a 409: the state no longer allows it.
 */
import { errors } from '@strapi/utils';
import type { Effect, TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { notifyResolutionOwners, publishMinutes } from './publish';
import { MEETING_UID } from '../../kernel/uids';

const ORGANISER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };

/** A meeting is held once it has begun. */
const hasBegun: Effect = async ({ documentId }) => {
  const meeting = await strapi.db.query(MEETING_UID).findOne({ where: { documentId }, select: ['startsAt'] });
  if (meeting?.startsAt && new Date(meeting.startsAt).getTime() > Date.now()) {
    throw new errors.ValidationError('The meeting has not begun yet (会议尚未开始，不能标记为已召开)');
  }
};

const meetingWorkflow: WorkflowDef = {
  uid: MEETING_UID,
  initial: 'draft',
  states: ['draft', 'held', 'minutes_published', 'called_off'],
  publicStates: [],
  transitions: [
    { action: 'hold', from: ['draft'], to: 'held', who: ORGANISER },
    { action: 'publish-minutes', from: ['held'], to: 'minutes_published', who: ORGANISER },
    { action: 'call-off', from: ['draft'], to: 'called_off', who: ORGANISER, requiresComment: true },
  ],
  effects: {
    hold: [hasBegun],
    'publish-minutes': [publishMinutes],
  },
  afterCommit: {
    'publish-minutes': [notifyResolutionOwners],
  },
};

export default meetingWorkflow;
