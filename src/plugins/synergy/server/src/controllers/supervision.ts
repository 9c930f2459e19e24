/**
 * The supervision board (督办一张图) for the admin UI: GET /synergy/supervision/board and
 * POST /synergy/supervision/tasks/:documentId/urge, for any of the product's admin roles (or a
 * super admin), scoped to the admin's unit exactly like the content API. The app's task service
 * `api::task.board` does the work.
 */
import type { Core } from '@strapi/strapi';
import { ADMIN_ROLE } from '../services/access';
import { ForbiddenError, bilingual } from '../utils/errors';
import { getService } from '../utils/get-service';

const SUPER_ADMIN_CODE = 'strapi-super-admin';
const BOARD_ROLES = [SUPER_ADMIN_CODE, ...Object.values(ADMIN_ROLE).map((role) => role.code)];

const supervision = ({ strapi }: { strapi: Core.Strapi }) => {
  const board = () => strapi.service('api::task.board' as any) as any;

  const requireBoardRole = (ctx: any) => {
    if ((ctx.state.user?.roles ?? []).some((role: { code: string }) => BOARD_ROLES.includes(role.code))) return;
    throw new ForbiddenError(
      bilingual("The supervision board is for the group's administrators, segment managers and unit reporters", '督办一张图仅限集团、板块和单位管理员使用')
    );
  };

  return {
    async board(ctx: any) {
      requireBoardRole(ctx);
      const scope = await getService(strapi, 'scope').current();
      ctx.body = await board().board(scope, ctx.query ?? {});
    },

    async urge(ctx: any) {
      requireBoardRole(ctx);
      const scope = await getService(strapi, 'scope').current();
      ctx.body = { data: await board().urge(scope, String(ctx.params.documentId), ctx.request.body) };
    },
  };
};

export default { supervision };
