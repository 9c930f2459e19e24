/**
 * Server errors (5xx) since boot, counted by route, for operators: the global request-id
 * middleware records each one (src/middlewares/request-id.ts), GET /synergy/health reads them.
 * In memory on purpose: one process's count since its start, next to its log, costs no write on
 * the failing request; a restart begins a new count (`since` says when).
 */
import type { Core } from '@strapi/strapi';

export interface ServerErrorCounts {
  total: number;
  since: string;
  byRoute: Record<string, number>;
}

const serverErrors = (_deps: { strapi: Core.Strapi }) => {
  const since = new Date().toISOString();
  const byRoute = new Map<string, number>();
  let total = 0;

  return {
    /** One 5xx answered on `route` ("METHOD /path/:param", the route's pattern, not the URL). */
    record(route: string) {
      total += 1;
      byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
    },

    counts(): ServerErrorCounts {
      return { total, since, byRoute: Object.fromEntries([...byRoute].sort(([a], [b]) => a.localeCompare(b))) };
    },
  };
};

export default serverErrors;
