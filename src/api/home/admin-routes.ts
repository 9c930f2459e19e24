/**
 * The admin home page's key figures (我的单位关键数据), GET /synergy/home/figures (admin session):
 * the caller's unit and the units below it (HQ: the group), with the caller's scope, computed by
 * the home service `api::home.figures`.
 */
import { errors } from '@strapi/utils';
import type { AdminRoute, HomeFiguresResponse } from '../../plugins/synergy/public';

export const homeAdminRoutes: AdminRoute[] = [
  {
    method: 'GET',
    path: '/home/figures',
    handler: async (ctx: any) => {
      if (Object.keys(ctx.query ?? {}).length > 0) {
        throw new errors.ValidationError(
          `Unknown query parameter ${Object.keys(ctx.query).join(', ')}: the figures take none (不支持的查询参数)`
        );
      }
      const scope = await strapi.plugin('synergy').service('scope').current();
      const body: HomeFiguresResponse = { data: await (strapi.service('api::home.figures' as any) as any).figures(scope) };
      ctx.body = body;
    },
  },
];
