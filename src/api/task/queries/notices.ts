import { TASK_UID } from '../../../kernel/uids';
/**
 * Who hears about a task, and the notifications sent about it. The owner is the owner person, or
 * when none is named the owner unit's reporters; the supervising side is the supervising unit's
 * reporters and managers.
 */

export interface TaskAddressees {
  documentId: string;
  title: string;
  dueDate: string;
  ownerPersonId: number | null;
  ownerUnitId: number | null;
  supervisingUnitId: number | null;
}

type Linked = { id: number } | null | undefined;

/** The addressees of a task read with its owner person, owner unit and supervising unit populated. */
export const taskAddressees = (task: {
  documentId: string;
  title: string;
  dueDate: string;
  ownerPerson?: Linked;
  ownerUnit?: Linked;
  supervisingUnit?: Linked;
}): TaskAddressees => ({
  documentId: task.documentId,
  title: task.title,
  dueDate: task.dueDate,
  ownerPersonId: task.ownerPerson?.id ?? null,
  ownerUnitId: task.ownerUnit?.id ?? null,
  supervisingUnitId: task.supervisingUnit?.id ?? null,
});

export type TaskNoticeKind = 'reminder' | 'overdue' | 'urge' | 'escalation' | 'assignment';

export interface TaskNotice {
  task: TaskAddressees;
  kind: TaskNoticeKind;
  title: string;
  body: string;
  /** Idempotency: the same key is never sent twice. */
  key: string;
  /** Also tell the supervising unit (escalations). */
  toSupervisor?: boolean;
}

const notifier = () => strapi.plugin('synergy').service('notifier');

/** Sends the notices in one batch; returns the keys that were new (a repeat sends nothing). */
export const sendTaskNotices = async (notices: TaskNotice[]): Promise<Set<string>> => {
  if (notices.length === 0) return new Set();
  const ownerUnits = new Set<number>();
  const supervisingUnits = new Set<number>();
  for (const { task, toSupervisor } of notices) {
    if (task.ownerPersonId === null && task.ownerUnitId !== null) ownerUnits.add(task.ownerUnitId);
    if (toSupervisor && task.supervisingUnitId !== null) supervisingUnits.add(task.supervisingUnitId);
  }
  const membersOf = async (units: Set<number>, roles: string[]): Promise<Map<number, number[]>> =>
    units.size > 0 ? notifier().recipientsOfUnits([...units], roles) : new Map();
  const ownerMembers = await membersOf(ownerUnits, ['reporter']);
  const supervisorMembers = await membersOf(supervisingUnits, ['reporter', 'segment', 'hq']);
  const items = notices.flatMap((notice) => {
    const { task } = notice;
    const owners = task.ownerPersonId !== null ? [task.ownerPersonId] : (ownerMembers.get(task.ownerUnitId ?? -1) ?? []);
    const supervisors = notice.toSupervisor ? (supervisorMembers.get(task.supervisingUnitId ?? -1) ?? []) : [];
    const recipients = [...new Set([...owners, ...supervisors])];
    return recipients.map((recipientId) => ({
      recipientId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      subject: { uid: TASK_UID, documentId: task.documentId },
      dedupeKey: `${notice.key}:${recipientId}`,
    }));
  });
  const { keys } = await notifier().send(items);
  const sent = new Set<string>();
  for (const key of keys as string[]) sent.add(key.slice(0, key.lastIndexOf(':')));
  return sent;
};
