/**
 * The admin home page's key figures (我的单位关键数据), GET /synergy/home/figures: the caller's
 * unit and the units below it (HQ: the group), with the caller's scope. The app's home service
 * `api::home.figures` computes them.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HomeFiguresResponse } from '../../../shared/contracts';
import { getService } from '../utils/get-service';

const home = ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(ctx: any) {
    if (Object.keys(ctx.query ?? {}).length > 0) {
      throw new errors.ValidationError(
        `Unknown query parameter ${Object.keys(ctx.query).join(', ')}: the figures take none (不支持的查询参数)`
      );
    }
    const scope = await getService(strapi, 'scope').current();
    const body: HomeFiguresResponse = { data: await (strapi.service('api::home.figures' as any) as any).figures(scope) };
    ctx.body = body;
  },
});

export default home;
