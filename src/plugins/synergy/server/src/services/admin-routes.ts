/**
 * Admin endpoints the app's modules declare (shared/contracts AdminRoute: their admin pages'
 * data), served under the plugin's admin router at /synergy<path> with the session check of its
 * own routes. Strapi builds plugin routers in bootstrap (initRouting, before any bootstrap()
 * lifecycle), so modules register theirs in register(); later is refused.
 */
import type { Core } from '@strapi/strapi';
import type { AdminRoute } from '../../../shared/contracts';

/** Every admin route needs a signed-in admin first. */
export const ADMIN_SESSION = 'admin::isAuthenticatedAdmin';

const createAdminRoutesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const declared: AdminRoute[] = [];
  let built = false;

  /** A `'<controller uid>.<action>'` handler, checked when the router is built and looked up per request like Strapi's own. */
  const controllerAction = (handler: string) => {
    const dot = handler.lastIndexOf('.');
    const [uid, action] = [handler.slice(0, dot), handler.slice(dot + 1)];
    if (typeof (strapi.controller(uid as any) as any)?.[action] !== 'function')
      throw new Error(`synergy: admin route handler not found "${handler}"`);
    return (ctx: any) => (strapi.controller(uid as any) as any)[action](ctx);
  };

  return {
    /** One module's admin endpoints; called in register(). */
    register(routes: AdminRoute[]) {
      if (built) throw new Error('synergy: admin routes are registered in register(); the admin router is already built');
      declared.push(...routes);
    },

    /** The declared routes as Strapi routes; `taken` are the plugin's own, which a module may not redeclare. */
    build(taken: Array<{ method: string; path: string }>) {
      built = true;
      const seen = new Set(taken.map((route) => `${route.method} ${route.path}`));
      return declared.map((route) => {
        const key = `${route.method} ${route.path}`;
        if (seen.has(key)) throw new Error(`synergy: admin route ${key} is declared twice`);
        seen.add(key);
        return {
          method: route.method,
          path: route.path,
          handler: typeof route.handler === 'string' ? controllerAction(route.handler) : route.handler,
          config: { policies: [ADMIN_SESSION, ...(route.config?.policies ?? [])] },
        };
      });
    },
  };
};

export default createAdminRoutesService;
