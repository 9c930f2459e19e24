/**
 * Lifecycle of a meeting: planned (draft) → held → minutes published; a planned meeting may be
 * called off. The organiser (the owner unit's reporters, or HQ) takes every step. Publishing the
 * minutes turns each resolution into a supervised task inside the transition's transaction, and
 * tells each owner after it committed. Publishing twice is a 409: the state no longer allows it.
 */
import { errors } from '@strapi/utils';
import { InvalidError, type Effect, type TransitionDef, type WorkflowDef } from '../../plugins/synergy/public';
import { sendTaskNotices, taskAddressees, type TaskNotice } from '../task/queries/notices';
import { RESOLUTION_UID, loadMeeting, membershipsOf } from './queries/meeting-record';
import { publishProblems } from './rules/resolutions';
import { MEETING_KINDS, type MeetingKind } from './rules/minutes';
import { MEETING_UID, TASK_UID } from '../../kernel/uids';

const ORGANISER: TransitionDef['who'] = { roles: ['reporter', 'hq'], unit: 'owner' };

/** A meeting is held once it has begun. */
const hasBegun: Effect = async ({ documentId }) => {
  const meeting = await strapi.db.query(MEETING_UID).findOne({ where: { documentId }, select: ['startsAt'] });
  if (meeting?.startsAt && new Date(meeting.startsAt).getTime() > Date.now()) {
    throw new errors.ValidationError('The meeting has not begun yet (会议尚未开始，不能标记为已召开)');
  }
};

const DEFAULT_CATEGORY = '会议决议';

const calendar = () => strapi.plugin('synergy').service('calendar');

/** Runs `work` as internal code (no request, so no caller's scope), inside the current transaction. */
const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

/**
 * Publishing the minutes: every resolution becomes a supervised task (source "meeting", linked
 * back to the meeting, supervised by the organiser, assigned today), and its task's documentId is
 * written into the resolution — all inside the transition's transaction, so a refused
 * resolution creates nothing. After the commit, each owner hears of its task once.
 */
export const publishMinutes: Effect = async ({ documentId }) => {
  const meeting = await loadMeeting(documentId);
  if (!meeting) throw new errors.NotFoundError('Meeting not found (会议不存在)');
  const now = new Date();
  const today: string = strapi.service(TASK_UID).todayFacts(now).date;
  const members = await membershipsOf(meeting.resolutions);
  const problems = publishProblems({
    minutes: meeting.minutes,
    meetingDate: meeting.startsAt ? calendar().today(new Date(meeting.startsAt)) : null,
    today,
    organiser: meeting.organiser,
    participatingUnitIds: meeting.participatingUnits.map((unit) => unit.id),
    resolutions: meeting.resolutions.map((r) => ({
      title: r.title,
      ownerUnit: r.ownerUnit,
      ownerPersonId: r.ownerPerson?.id ?? null,
      dueDate: r.dueDate,
    })),
    isMember: (personId, unitId) => members.has(`${personId}:${unitId}`),
  });
  if (problems.length > 0) throw new InvalidError(problems, { code: 'minutes-incomplete' });

  for (const resolution of meeting.resolutions) {
    // Created as the server: the task rules check the dates and derive level, ordinals and light.
    const task = await asServer(() =>
      strapi.documents(TASK_UID).create({
        data: {
          title: resolution.title,
          description: resolution.description,
          category: resolution.category || DEFAULT_CATEGORY,
          source: 'meeting',
          sourceUid: MEETING_UID,
          sourceDocumentId: meeting.documentId,
          ownerUnit: { set: [{ id: resolution.ownerUnit!.id }] },
          ownerPerson: { set: [{ id: resolution.ownerPerson!.id }] },
          supervisingUnit: { set: [{ id: meeting.organiser!.id }] },
          assignedOn: today,
          dueDate: resolution.dueDate,
        } as any,
      })
    );
    await strapi.db.query(RESOLUTION_UID).update({ where: { id: resolution.id }, data: { taskDocumentId: task.documentId } });
  }
  await strapi.db.query(MEETING_UID).update({ where: { id: meeting.id }, data: { minutesPublishedAt: now } });
};

/** One assignment notice per resolution task; the key makes a repeat send nothing. */
export const notifyResolutionOwners: Effect = async ({ documentId }) => {
  const meeting = await loadMeeting(documentId);
  const taskIds = (meeting?.resolutions ?? []).map((r) => r.taskDocumentId).filter((id): id is string => !!id);
  if (!meeting || taskIds.length === 0) return;
  const tasks = await strapi.db.query(TASK_UID).findMany({
    where: { documentId: { $in: taskIds } },
    select: ['documentId', 'title', 'dueDate'],
    populate: { ownerUnit: { select: ['id'] }, supervisingUnit: { select: ['id'] }, ownerPerson: { select: ['id'] } },
  });
  const kind = meeting.kind ? (MEETING_KINDS[meeting.kind as MeetingKind] ?? '会议') : '会议';
  const notices: TaskNotice[] = tasks.map((task: any) => ({
    task: taskAddressees(task),
    kind: 'assignment',
    key: `assignment:${task.documentId}`,
    title: `会议决议督办：${task.title}`,
    body: `${meeting.organiser?.name ?? ''}${kind}「${meeting.title}」决议「${task.title}」已交办，完成时限 ${task.dueDate}，请按期办理并填报进展。`,
  }));
  await sendTaskNotices(notices);
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
