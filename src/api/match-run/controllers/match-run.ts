/**
 * Bulk matching for HQ, for both doors (the admin routes of the synergy plugin call these too):
 * start a run (202 and the run; 409 while one runs) and read a run with a page of its results.
 */
import { errors } from '@strapi/utils';
import { parseResultsPage, parseRunId } from '../rules/runs';

export default ({ strapi }: { strapi: any }) => {
  const service = () => strapi.service('api::match-run.match-runs');
  return {
    async start(ctx: any) {
      ctx.body = { data: await service().start(), meta: {} };
      ctx.status = 202;
    },

    async find(ctx: any) {
      const id = parseRunId(ctx.params.id);
      if (id === null) throw new errors.ValidationError('A run is named by its id or "latest" (批量匹配须以编号或 latest 指定)');
      const page = parseResultsPage(ctx.query ?? {});
      if (!page) throw new errors.ValidationError('page must be a whole number from 1, pageSize from 1 to 100 (分页参数无效)');
      ctx.body = await service().find(id, page.page, page.pageSize);
    },
  };
};
