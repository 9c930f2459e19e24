/** The admin UI's side of the plugin boundary: endpoints the app's modules declare, and what the admin reads at start. */

/** A Strapi route policy: its name, or its name with a config. */
export type AdminRoutePolicy = string | { name: string; config?: Record<string, unknown> };

/**
 * An admin-UI endpoint a module of the app declares (its admin pages' data); the plugin serves it
 * at `/synergy<path>` to a signed-in admin, like its own admin routes.
 */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below /synergy, e.g. '/supervision/board'. */
  path: string;
  /**
   * `'<controller uid>.<action>'` of the app (the content API's action serves the admin too, with
   * the admin's scope), or a Koa handler.
   */
  handler: string | ((ctx: any) => unknown);
  /** Policies run after the admin session check, which every admin route has. */
  config?: { policies?: AdminRoutePolicy[] };
}

/** A type as one of the plugin's admin pages opens it: by uid (the content manager) and collection (the workflow routes). */
export interface PageModel {
  uid: string;
  /** Its plural name, as /synergy/:collection/:documentId/transitions names it. */
  collection: string;
}

/** GET /synergy/admin-views (no session needed: the admin reads it before sign-in, as it does its bundle). */
export interface AdminViewsResponse {
  data: {
    /** Field labels under the message ids the content manager looks them up by, per admin language. */
    labels: { zh: Record<string, string>; en: Record<string, string> };
    /** The type that plays each part of the plugin's admin pages, e.g. 'supervision.task' → the task type. */
    pageModels: Record<string, PageModel>;
  };
}
