/** Supervised-task fixtures: tasks created as the server would (no request), at a chosen state. */
import type { Core } from '@strapi/strapi';
import { forceStatus, type Group } from './group';

export const TASK = 'api::task.task';
export const REPORT = 'api::progress-report.progress-report';
export const NOTIFICATION = 'api::notification.notification';

export interface TaskFixture {
  owner: string;
  supervisor: string;
  person?: string;
  title?: string;
  level?: 'group' | 'company' | 'department';
  assignedOn: string;
  dueDate: string;
  state?: string;
  progress?: number;
}

export const makeTask = async (strapi: Core.Strapi, group: Group, fixture: TaskFixture): Promise<string> => {
  const task = await strapi.documents(TASK as any).create({
    data: {
      title: fixture.title ?? `督办任务 ${fixture.owner} ${fixture.dueDate}`,
      category: '协同',
      source: 'leadership',
      ...(fixture.level ? { level: fixture.level } : {}),
      assignedOn: fixture.assignedOn,
      dueDate: fixture.dueDate,
      ownerUnit: group.units[fixture.owner].id,
      supervisingUnit: group.units[fixture.supervisor].id,
      ...(fixture.person ? { ownerPerson: group.userIds[fixture.person] } : {}),
    } as any,
  });
  if (fixture.progress !== undefined)
    await strapi.db.query(TASK as any).update({ where: { documentId: task.documentId }, data: { progress: fixture.progress } });
  if (fixture.state && fixture.state !== 'assigned') await forceStatus(strapi, TASK, task.documentId, fixture.state);
  return task.documentId;
};

export const taskRow = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.query(TASK as any).findOne({ where: { documentId }, populate: { supervisingUnit: { select: ['id', 'code'] } } });

export const notificationsFor = async (strapi: Core.Strapi, userId: number, kind?: string) =>
  strapi.db.query(NOTIFICATION as any).findMany({
    where: { recipient: { id: userId }, ...(kind ? { kind } : {}) },
    orderBy: { id: 'asc' },
  });
