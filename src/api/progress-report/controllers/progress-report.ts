/**
 * Progress reports. Filing one is open to the owner person of a task, who is usually an employee
 * without rights to create records: the controller checks the caller against the task and files
 * the report as the server. Reading is the core find/findOne, unit-scoped like every read.
 */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reportedTask, startIfAssigned } from '../queries/reporting';
import { checkReport } from '../rules/reporting';
import { REPORT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

export default factories.createCoreController(REPORT_UID, ({ strapi }) => ({
  async create(this: any, ctx: any) {
    const body = ctx.request.body;
    if (!body || typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) {
      throw new errors.ValidationError('Send { data: { task, percent, text } } (请求体须为 { data: {...} })');
    }
    const scope = await currentScope(strapi);
    if (!scope.signedIn || !scope.unit)
      throw new errors.PolicyError('Sign in as a member of the group to report progress (请以集团成员身份登录)');
    const input = body.data as Record<string, any>;
    const fromPath = ctx.params.taskDocumentId ? { documentId: ctx.params.taskDocumentId } : undefined;
    const task = await reportedTask(fromPath ?? input.task, scope);
    const serverFields = await checkReport(task, input, scope);
    const attachments = Array.isArray(input.attachments) ? input.attachments : undefined;
    const report = await strapi.db.transaction(async () => {
      await startIfAssigned(task, scope);
      // Filed as the server: the caller was checked above against the task, not against a write scope.
      return (strapi.requestContext.run as any)(undefined, () =>
        strapi.documents(REPORT_UID).create({
          data: { percent: input.percent, text: input.text, ...(attachments ? { attachments } : {}), ...serverFields } as any,
        })
      );
    });
    ctx.status = 201;
    const sanitized = await this.sanitizeOutput(report, ctx);
    return this.transformResponse(sanitized);
  },
}));
