/** Tasks: the core actions, urging (催办) and the statistics per unit. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isRecordId } from '../../../plugins/synergy/public';
import { urgeComment } from '../rules/urging';
import { writesWithPeople } from '../../../kernel/people-writes';
import { parsePeriod, statisticsTotals, taskStatistics, unitPathOf } from '../queries/statistics';
import { TASK_UID } from '../../../kernel/uids';

const scopeService = () => strapi.plugin('synergy').service('scope');

/**
 * The owner person is an intranet user, whom the content API's input validation refuses to link
 * (callers may not read users). It is taken out before validation and checked by the task rules
 * instead: a user id (or null) who must be a member of the owner unit.
 */
const takeOwnerPerson = (data: Record<string, any>): { ownerPerson?: number | null } => {
  if (!('ownerPerson' in data)) return {};
  const value = data.ownerPerson;
  delete data.ownerPerson;
  const id = typeof value === 'object' && value !== null ? value.id : value;
  if (id !== null && !isRecordId(id)) {
    throw new errors.ValidationError('ownerPerson must be a user id or null (承办人须为用户编号)', { field: 'ownerPerson' });
  }
  return { ownerPerson: id };
};

export default factories.createCoreController(TASK_UID, () => ({
  ...writesWithPeople(
    TASK_UID,
    { take: takeOwnerPerson, restore: (sanitized, person) => ({ ...sanitized, ...person }) },
    'Task not found (任务不存在或无权查看)'
  ),

  async urge(this: any, ctx: any) {
    const comment = urgeComment(ctx.request.body);
    const scope = await scopeService().current();
    const task = await strapi.service('api::task.urging').urge(ctx.params.documentId, comment, scope);
    const sanitized = await this.sanitizeOutput(task, ctx);
    return this.transformResponse(sanitized);
  },

  async statistics(ctx: any) {
    const scope = await scopeService().current();
    const today = strapi.service(TASK_UID).todayFacts(new Date());
    const period = parsePeriod(ctx.query, today.date);
    const unitPath = await unitPathOf(ctx.query.unit);
    const data = await taskStatistics(scope, { period, unitPath }, today.day);
    ctx.body = { data, meta: { ...period, today: today.date, totals: statisticsTotals(data) } };
  },
}));
