/**
 * Document Service middleware for tasks, every door: a task that a person assigns — created, or
 * given another owner person or owner unit — tells its owner (交办通知), in-app and by e-mail,
 * once per task and person. Internal code sends its own notices (a meeting's resolutions,
 * meeting/publish.ts) or none (seeds). A failure to tell is logged; the write stands.
 */
import type { Core } from '@strapi/strapi';
import { currentScope } from '../../../kernel/scope';
import { sendTaskNotices, taskAddressees } from '../queries/notices';
import { TASK_UID } from '../../../kernel/uids';

const taskAssignmentNotice =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== TASK_UID || !['create', 'update'].includes(context.action)) return next();
    const scope = await currentScope(strapi);
    const data = context.params?.data ?? {};
    const assigns = context.action === 'create' || 'ownerPerson' in data || 'ownerUnit' in data;
    const result = await next();
    const documentId = result?.documentId ?? context.params?.documentId;
    if (scope.door === 'internal' || !assigns || !documentId) return result;
    try {
      const task = await strapi.db.query(TASK_UID).findOne({
        where: { documentId },
        select: ['documentId', 'title', 'dueDate', 'state'],
        populate: { ownerUnit: { select: ['id'] }, supervisingUnit: { select: ['id'] }, ownerPerson: { select: ['id'] } },
      });
      if (task && ['assigned', 'in_progress'].includes(task.state)) {
        await sendTaskNotices([
          {
            task: taskAddressees(task),
            kind: 'assignment',
            key: `assignment:${documentId}`,
            title: task.title,
            body: `${scope.actor.name} 交办任务「${task.title}」，完成时限 ${task.dueDate}，请按期办理并填报进展。`,
          },
        ]);
      }
    } catch (error) {
      strapi.log.error(`task ${documentId} is saved, but its assignment notice failed: ${(error as Error).stack ?? error}`);
    }
    return result;
  };

export default taskAssignmentNotice;
