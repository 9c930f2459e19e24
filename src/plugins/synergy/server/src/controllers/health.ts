/**
 * GET /synergy/health for operators (super admins only): the server errors (5xx) answered since
 * this process started, in total and by route. Each one is also in the log with its request id
 * (README, "Finding server errors").
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

const health = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const superAdmin = (ctx.state.user?.roles ?? []).some((role: { code: string }) => role.code === SUPER_ADMIN_CODE);
    if (!superAdmin) throw new errors.PolicyError('Only a super admin reads the server health (只有超级管理员可以查看服务器运行状况)');
    ctx.body = { data: { serverErrors: getService(strapi, 'server-errors').counts() } };
  },
});

export default health;
