/**
 * Urging (催办): the supervising unit's one-click reminder to the owner. At most once a day per
 * task (a second click the same day is a 409, not a second message); it turns the light yellow
 * until the owner reports progress, and the task's history records it. The content API
 * (POST /api/tasks/:documentId/urge) and the supervision board both urge through this service.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type Scope, ConflictError, NotFoundError, bilingual } from '../../../plugins/synergy/public';
import { OPEN_STATES } from '../rules/light';
import { requireSupervisor } from '../queries/parties';
import { sendTaskNotices, taskAddressees } from '../queries/notices';
import { TASK_UID } from '../../../kernel/uids';

const createUrgingService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Urges the task for `scope`; answers the task as stored afterwards. */
  async urge(documentId: string, comment: string | null, scope: Scope) {
    const filter = strapi.plugin('synergy').service('scope').readFilter(scope, TASK_UID);
    const visible = await strapi.db.query(TASK_UID).findOne({
      where: filter ? { $and: [{ documentId }, filter] } : { documentId },
      select: ['id', 'title', 'dueDate', 'state', 'urgeCount', 'reminderCount'],
      populate: { ownerUnit: { select: ['id'] }, supervisingUnit: { select: ['id'] }, ownerPerson: { select: ['id'] } },
    });
    if (!visible) throw new NotFoundError(bilingual('Task not found', '任务不存在或无权查看'));
    const actor = { ...scope.actor, unitId: scope.unit?.id ?? null };
    await requireSupervisor(documentId, scope);
    if (!(OPEN_STATES as readonly string[]).includes(visible.state)) {
      throw new ConflictError(bilingual(`Only open tasks are urged; this one is ${visible.state}`, '只能催办未完成的任务'), {
        code: 'task-not-open',
        facts: { status: visible.state, allowed: [] },
      });
    }
    if (comment !== null && (typeof comment !== 'string' || comment.length > 1000)) {
      throw new errors.ValidationError('comment must be text of at most 1000 characters (催办意见不超过1000字)');
    }
    const now = new Date();
    const today = strapi.service(TASK_UID).todayFacts(now).date;
    await strapi.db.transaction(async () => {
      // The day's stamp is the claim: of two clicks the same day, one urges and one gets a 409.
      const { count } = await strapi.db.query(TASK_UID).updateMany({
        where: { id: visible.id, $or: [{ lastUrgedOn: null }, { lastUrgedOn: { $ne: today } }] },
        data: {
          lastUrgedOn: today,
          lastRemindedAt: now,
          urgeCount: (visible.urgeCount ?? 0) + 1,
          reminderCount: (visible.reminderCount ?? 0) + 1,
        },
      });
      if (count === 0) {
        throw new ConflictError(bilingual('This task was already urged today', '该任务今日已催办'), {
          code: 'already-urged-today',
          facts: { status: visible.state, allowed: [] },
        });
      }
      await strapi
        .plugin('synergy')
        .service('workflow')
        .recordHistory([
          { uid: TASK_UID, documentId, action: 'urge', from: visible.state, to: visible.state, actor, at: now, comment: comment || null },
        ]);
      await strapi.service(TASK_UID).refreshLights(now, [documentId]);
    });
    await sendTaskNotices([
      {
        task: taskAddressees({ ...visible, documentId }),
        kind: 'urge',
        key: `urge:${documentId}:${today}`,
        title: visible.title,
        body: `${scope.actor.name} 催办任务「${visible.title}」（到期日 ${visible.dueDate}）${comment ? `：${comment}` : '，请尽快办理并填报进展。'}`,
      },
    ]);
    return strapi.db.query(TASK_UID).findOne({ where: { documentId } });
  },
});

export default createUrgingService;
