/** Meeting fixtures: request bodies as a client sends them, and the dates tests need. */
import type { Core } from '@strapi/strapi';
import type { Group } from './group';

export const MEETING = 'api::meeting.meeting';
export const TEMPLATE = 'api::minutes-template.minutes-template';

export const today = (strapi: Core.Strapi) => strapi.service('api::task.task' as any).todayFacts(new Date()).date as string;
export const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface ResolutionSpec {
  title?: string;
  unit?: string;
  person?: string;
  dueDate?: string;
  category?: string;
}

/** A resolution as a client sends it: unit by documentId, person by user id. */
export const resolution = (group: Group, spec: ResolutionSpec) => ({
  title: spec.title ?? `落实 ${spec.unit} 事项`,
  description: '按会议要求形成方案并推进落实',
  ...(spec.category ? { category: spec.category } : {}),
  ...(spec.unit ? { ownerUnit: group.units[spec.unit].documentId } : {}),
  ...(spec.person ? { ownerPerson: group.userIds[spec.person] } : {}),
  ...(spec.dueDate ? { dueDate: spec.dueDate } : {}),
});

/** A docking meeting that began yesterday, organised by the caller's unit. */
export const meetingBody = (group: Group, fields: Record<string, unknown> = {}) => ({
  data: {
    title: '内部采购对接会',
    kind: 'docking',
    startsAt: new Date(Date.now() - 24 * 3600 * 1000).toISOString(),
    location: '集团总部 3 楼会议室',
    agenda: '1. 通报采购需求\n2. 供方介绍资源\n3. 议定对接事项',
    participatingUnits: [group.units['CO-B1'].documentId, group.units['DEPT-A1'].documentId],
    participants: [group.userIds.repB1, group.userIds.empA1],
    ...fields,
  },
});

export const meetingRow = (strapi: Core.Strapi, documentId: string) =>
  strapi.db
    .query(MEETING as any)
    .findOne({ where: { documentId }, populate: { resolutions: true, ownerUnit: { select: ['id', 'code'] } } });
