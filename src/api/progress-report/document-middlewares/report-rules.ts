/**
 * Document Service middleware for progress reports, every door: reports are append-only; a new
 * one is checked (rules/reporting.ts) unless the server files it itself (the content-API controller,
 * which checked the caller first), and moves its task.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { applyReport, reportedTask, startIfAssigned } from '../queries/reporting';
import { checkReport } from '../rules/reporting';
import { REPORT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { singleRef } from '../../../kernel/relations';

const progressReportRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== REPORT_UID) return next();
    const scope = await currentScope(strapi);
    if (['update', 'delete', 'publish', 'unpublish', 'discardDraft'].includes(context.action)) {
      if (scope.door === 'internal') return next();
      throw new errors.ValidationError('Progress reports are append-only: file a new one instead (进展报告只能新增，不能修改或删除)');
    }
    if (context.action !== 'create') return next();

    const params = context.params ?? {};
    const data = (params.data ?? {}) as Record<string, any>;
    if (scope.door !== 'internal') {
      const task = await reportedTask(data.task, scope);
      Object.assign(data, await checkReport(task, data, scope));
      await startIfAssigned(task, scope);
      params.data = data;
    }
    const result = await next();
    const taskRef = singleRef(data.task);
    if (taskRef?.id !== undefined) await applyReport(taskRef.id, data.percent, new Date());
    return result;
  };

export default progressReportRules;
