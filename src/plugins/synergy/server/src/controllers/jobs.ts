/**
 * Scheduled jobs for HQ in the admin: GET /synergy/jobs, POST /synergy/jobs/:name/run,
 * GET /synergy/jobs/:name/runs?page=. HQ is a super admin, the synergy-hq admin role, or an admin
 * whose membership is HQ.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError, ForbiddenError, bilingual } from '../utils/errors';
import { getService } from '../utils/get-service';

const SUPER_ADMIN_CODE = 'strapi-super-admin';
const MAX_PAGE = 100_000;

const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const scheduler = () => getService(strapi, 'scheduler');

  const requireHq = async (ctx: any) => {
    const hqCodes = [SUPER_ADMIN_CODE, getService(strapi, 'access').adminRoleCode('hq')];
    const byRole = (ctx.state.user?.roles ?? []).some((role: { code: string }) => hqCodes.includes(role.code));
    if (byRole || (await getService(strapi, 'scope').current()).role === 'hq') return;
    throw new ForbiddenError(bilingual('Only HQ manages scheduled jobs', '只有集团总部可以管理定时任务'));
  };

  const pageOf = (value: unknown): number => {
    if (value === undefined) return 1;
    const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (!(page >= 1 && page <= MAX_PAGE))
      throw new errors.ValidationError('page must be a whole number from 1 (页码必须是从 1 开始的整数)');
    return page;
  };

  return {
    async list(ctx: any) {
      await requireHq(ctx);
      ctx.body = { data: await scheduler().jobs() };
    },

    /** Runs a job now; 409 when another run holds it or it is switched off. The run's own failure is in the record. */
    async run(ctx: any) {
      await requireHq(ctx);
      const result = await scheduler().runNow(String(ctx.params.name), new Date(), { trigger: 'manual' });
      if (result.ran) {
        ctx.body = { data: result.run };
        return;
      }
      throw new ConflictError(
        result.reason === 'locked'
          ? bilingual('The job is running elsewhere; try again when it has finished', '该任务正在运行，请稍后再试')
          : bilingual('The job is switched off in the configuration', '该任务已在配置中停用'),
        { code: result.reason === 'locked' ? 'job-running' : 'job-disabled', facts: { reason: result.reason } }
      );
    },

    async runs(ctx: any) {
      await requireHq(ctx);
      const page = pageOf(ctx.query.page);
      const { records, pagination } = await scheduler().runs(String(ctx.params.name), page);
      ctx.body = { data: records, meta: { pagination } };
    },
  };
};

export default { jobs };
