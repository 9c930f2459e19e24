/**
 * The caller holds one of the product's admin roles (HQ, segment manager, unit reporter) or is a
 * super admin: for admin pages meant for the group's administrators (the supervision board).
 * `config.message` is the refusal (both languages), naming the page; a 403 ForbiddenError.
 */
import { ADMIN_ROLE } from '../services/access';
import { ForbiddenError, bilingual, type Bilingual } from '../utils/errors';

const SUPER_ADMIN_CODE = 'strapi-super-admin';
const PRODUCT_ADMIN_ROLES = [SUPER_ADMIN_CODE, ...Object.values(ADMIN_ROLE).map((role) => role.code)];

const adminRole = (ctx: any, config: { message?: Bilingual } = {}) => {
  if ((ctx.state.user?.roles ?? []).some((role: { code: string }) => PRODUCT_ADMIN_ROLES.includes(role.code))) return true;
  throw new ForbiddenError(config.message ?? bilingual("This page is for the group's administrators", '仅限集团、板块和单位管理员使用'));
};

export default adminRole;
