/**
 * Document Service middleware for meetings, every door (after the unit scope admitted the write):
 * published minutes no longer change and stay (their tasks refer to them); the server keeps the
 * publication stamp and each resolution's task link; a resolution's owner person belongs to its
 * owner unit; and a meeting with a template but no minutes gets the template rendered into its
 * minutes. The write and these checks are one transaction: a refused write leaves nothing.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidError } from '../../../plugins/synergy/public';
import { loadMeeting, membershipsOf, type MeetingRecord } from '../queries/meeting-record';
import { resolutionProblem } from '../rules/resolutions';
import { minutesFacts, renderMinutes } from '../rules/minutes';
import { MEETING_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** The minutes the meeting's template gives it, with the meeting's names filled in. */
export const minutesFromTemplate = (meeting: MeetingRecord, body: string): string =>
  renderMinutes(
    body,
    minutesFacts({
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      location: meeting.location,
      organiser: meeting.organiser?.name ?? null,
      participatingUnits: meeting.participatingUnits.map((unit) => unit.name),
      participants: meeting.participants.map((person) => person.name),
      agenda: meeting.agenda,
      resolutions: meeting.resolutions.map((r) => ({
        title: r.title,
        ownerUnit: r.ownerUnit?.name ?? null,
        ownerPerson: r.ownerPerson?.name ?? null,
        dueDate: r.dueDate,
      })),
    })
  );

const meetingRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const checkOwnerPersons = async (meeting: MeetingRecord) => {
    const members = await membershipsOf(meeting.resolutions);
    const problems = meeting.resolutions.flatMap((r, index) =>
      r.ownerPerson && r.ownerUnit && !members.has(`${r.ownerPerson.id}:${r.ownerUnit.id}`)
        ? [resolutionProblem(index, r.title, 'ownerPerson', 'the owner person is not a member of the owner unit', '责任人须为责任单位人员')]
        : []
    );
    if (problems.length > 0) throw new InvalidError(problems);
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== MEETING_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const before = params.documentId
      ? await strapi.db.query(MEETING_UID).findOne({ where: { documentId: params.documentId }, select: ['state'] })
      : null;
    if (before?.state === 'minutes_published') {
      throw new errors.ValidationError(
        context.action === 'delete'
          ? 'Published minutes stay: their resolutions are tasks (会议纪要已发布，决议已转为督办任务，不能删除)'
          : 'Published minutes no longer change (会议纪要已发布，不能修改)'
      );
    }
    if (context.action === 'delete') return next();
    if (before?.state === 'called_off') throw new errors.ValidationError('A meeting called off no longer changes (会议已取消，不能修改)');

    const data = (params.data ?? {}) as Record<string, any>;
    if ((await currentScope(strapi)).door !== 'internal') {
      delete data.minutesPublishedAt;
      if (Array.isArray(data.resolutions)) {
        data.resolutions = data.resolutions.map((r: unknown) => (r && typeof r === 'object' ? { ...r, taskDocumentId: null } : r));
      }
    }
    params.data = data;

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = result?.documentId ?? params.documentId;
      const meeting = documentId ? await loadMeeting(documentId) : null;
      if (!meeting) return result;
      await checkOwnerPersons(meeting);
      if (meeting.template && blank(meeting.minutes)) {
        const minutes = minutesFromTemplate(meeting, meeting.template.body);
        await strapi.db.query(MEETING_UID).update({ where: { id: meeting.id }, data: { minutes } });
        if (result && typeof result === 'object') result.minutes = minutes;
      }
      return result;
    });
  };
};

export default meetingRules;
