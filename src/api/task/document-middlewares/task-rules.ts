/**
 * Document Service middleware for tasks, every door (runs after the unit scope has admitted the
 * write): the server keeps progress, light, stamps and working-day ordinals; dates must make sense;
 * the owner person belongs to the owner unit; a finished task no longer changes; a task under way
 * is cancelled, not deleted.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidError, problemAt } from '../../../plugins/synergy/public';
import { taskDateProblems } from '../rules/dates';
import { MEMBERSHIP_UID, ORG_UNIT_UID, TASK_UID, USER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { ownerAfterWrite, singleRef } from '../../../kernel/relations';

const SERVER_FIELDS = [
  'progress',
  'light',
  'lastReportAt',
  'lastRemindedAt',
  'urgeCount',
  'lastUrgedOn',
  'reminderCount',
  'submittedOn',
  'acceptedAt',
  'escalatedAt',
  'deductedAt',
  'overdueRemindedOn',
  'startOrdinal',
  'dueOrdinal',
  'dueDay',
  'sourceUid',
  'sourceDocumentId',
];
const FINISHED = ['accepted', 'cancelled'];
const LEVEL_OF_UNIT: Record<string, string> = {
  group: 'group',
  segment: 'company',
  company: 'company',
  enterprise: 'company',
  department: 'department',
};

const taskRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const tasks = () => strapi.service(TASK_UID);

  const checkOwnerPerson = async (value: unknown, ownerUnitId: number) => {
    const ref = singleRef(value);
    if (!ref) return;
    const user = await strapi.db.query(USER_UID).findOne({
      where: ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId },
      select: ['id'],
    });
    if (!user) throw new errors.ValidationError('ownerPerson: no such user (承办人不存在)');
    const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({
      where: { user: { id: user.id }, unit: { id: ownerUnitId } },
      select: ['id'],
    });
    if (!membership) throw new errors.ValidationError('The owner person must be a member of the owner unit (承办人须为承办单位人员)');
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TASK_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const before = params.documentId
      ? await strapi.db.query(TASK_UID).findOne({
          where: { documentId: params.documentId },
          select: ['state', 'assignedOn', 'dueDate'],
          populate: { milestones: true, ownerPerson: { select: ['id'] } },
        })
      : null;

    if (context.action === 'delete') {
      if (before && before.state !== 'assigned') {
        throw new errors.ValidationError('A task under way is cancelled, not deleted (已开始的任务只能撤销，不能删除)');
      }
      return next();
    }

    const data = (params.data ?? {}) as Record<string, any>;
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal') for (const field of SERVER_FIELDS) delete data[field];
    if (before && FINISHED.includes(before.state)) {
      throw new errors.ValidationError('A finished task no longer changes (已完成或已撤销的任务不能修改)');
    }

    const now = new Date();
    if (!before && !data.assignedOn) data.assignedOn = tasks().todayFacts(now).date;
    const assignedOn = 'assignedOn' in data ? data.assignedOn : before?.assignedOn;
    const dueDate = 'dueDate' in data ? data.dueDate : before?.dueDate;
    const milestones = 'milestones' in data ? data.milestones : before?.milestones;
    const problems = taskDateProblems({ assignedOn, dueDate, milestones });
    if (problems.length > 0) throw new InvalidError(problems);
    Object.assign(data, tasks().dateColumns(assignedOn, dueDate));

    const owner = await ownerAfterWrite(strapi, TASK_UID, params);
    if (!owner) throw new InvalidError([problemAt('ownerUnit', 'Owner unit is required', '请指定承办单位')]);
    if ('ownerPerson' in data) await checkOwnerPerson(data.ownerPerson, owner.id);
    else if (before?.ownerPerson && singleRef(params.data?.ownerUnit)) await checkOwnerPerson({ id: before.ownerPerson.id }, owner.id);
    if (!before && !data.level) {
      const unit = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { id: owner.id }, select: ['level'] });
      data.level = LEVEL_OF_UNIT[unit?.level] ?? 'company';
    }
    params.data = data;

    const result = await next();
    const documentId = result?.documentId ?? params.documentId;
    if (documentId) {
      await tasks().refreshLights(now, [documentId]);
      // The answer shows the light the write led to.
      const row = await strapi.db.query(TASK_UID).findOne({ where: { documentId }, select: ['light'] });
      if (result && typeof result === 'object' && row) result.light = row.light;
    }
    return result;
  };
};

export default taskRules;
