/**
 * The supervision board (督办一张图) for the admin UI (served by the synergy plugin at
 * /synergy/supervision/..., admin session): the board's data and urging from the board, for any of
 * the product's admin roles (or a super admin), scoped to the admin's unit exactly like the
 * content API. The task's board service does the work.
 */
import { bilingual, type AdminRoute } from '../../plugins/synergy/public';

const board = () => strapi.service('api::task.board');
const currentScope = () => strapi.plugin('synergy').service('scope').current();

const boardRole = {
  name: 'plugin::synergy.admin-role',
  config: {
    message: bilingual(
      "The supervision board is for the group's administrators, segment managers and unit reporters",
      '督办一张图仅限集团、板块和单位管理员使用'
    ),
  },
};

export const supervisionAdminRoutes: AdminRoute[] = [
  {
    method: 'GET',
    path: '/supervision/board',
    handler: async (ctx: any) => {
      ctx.body = await board().board(await currentScope(), ctx.query ?? {});
    },
    config: { policies: [boardRole] },
  },
  {
    method: 'POST',
    path: '/supervision/tasks/:documentId/urge',
    handler: async (ctx: any) => {
      const scope = await currentScope();
      ctx.body = { data: await board().urge(scope, String(ctx.params.documentId), ctx.request.body) };
    },
    config: { policies: [boardRole] },
  },
];
