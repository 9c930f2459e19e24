/** Meetings: the core service, plus the state of a meeting's resolutions as the caller may see it. */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MeetingResolutionsResponse, ResolutionTaskState, Scope } from '../../../plugins/synergy/public';
import { loadMeeting } from '../queries/meeting-record';
import { MEETING_UID, TASK_UID } from '../../../kernel/uids';

const scopeService = () => strapi.plugin('synergy').service('scope');

const tally = (values: Array<string | null>): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) if (value) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

export default factories.createCoreService(MEETING_UID, () => ({
  /**
   * Each resolution with its task, for a caller who may read the meeting (404 otherwise). A task
   * the caller may not read itself (a participating unit looking at another unit's task) shows
   * only its state, light and due date.
   */
  async resolutionsView(documentId: string, scope: Scope): Promise<MeetingResolutionsResponse> {
    const meeting = await loadMeeting(documentId, scopeService().readFilter(scope, MEETING_UID));
    if (!meeting) throw new errors.NotFoundError('Meeting not found (会议不存在或无权查看)');
    const taskIds = meeting.resolutions.map((r) => r.taskDocumentId).filter((id): id is string => !!id);
    const tasks = new Map<string, any>();
    const readable = new Set<string>();
    if (taskIds.length > 0) {
      const rows = await strapi.db.query(TASK_UID).findMany({
        where: { documentId: { $in: taskIds } },
        select: ['documentId', 'state', 'light', 'progress', 'dueDate'],
      });
      for (const row of rows) tasks.set(row.documentId, row);
      const filter = scopeService().readFilter(scope, TASK_UID);
      const visible = filter
        ? await strapi.db.query(TASK_UID).findMany({ where: { $and: [{ documentId: { $in: taskIds } }, filter] }, select: ['documentId'] })
        : rows;
      for (const row of visible) readable.add(row.documentId);
    }
    const taskState = (taskDocumentId: string | null): ResolutionTaskState | null => {
      const task = taskDocumentId ? tasks.get(taskDocumentId) : undefined;
      if (!task) return null;
      const restricted = !readable.has(task.documentId);
      return {
        documentId: restricted ? null : task.documentId,
        state: task.state,
        light: task.light ?? null,
        progress: restricted ? null : (task.progress ?? 0),
        dueDate: task.dueDate ?? null,
        restricted,
      };
    };
    const data = meeting.resolutions.map((r) => ({
      title: r.title,
      description: r.description,
      category: r.category,
      dueDate: r.dueDate,
      ownerUnit: r.ownerUnit ? { id: r.ownerUnit.id, name: r.ownerUnit.name } : null,
      ownerPerson: r.ownerPerson,
      task: taskState(r.taskDocumentId),
    }));
    return {
      data,
      meta: {
        state: meeting.state,
        total: data.length,
        tasks: { byStatus: tally(data.map((r) => r.task?.state ?? null)), byLight: tally(data.map((r) => r.task?.light ?? null)) },
      },
    };
  },
}));
