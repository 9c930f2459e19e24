/** The 分析报告 page of the admin UI (served by the synergy plugin at /synergy/analysis-reports/..., admin session): the same handlers. */
import type { AdminRoute } from '../../plugins/synergy/public';

const handler = (action: string) => `api::analysis-report.analysis-report.${action}`;

export const analysisReportAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/analysis-reports/options', handler: handler('options') },
  { method: 'POST', path: '/analysis-reports/generate', handler: handler('generate') },
  { method: 'GET', path: '/analysis-reports/:documentId/snapshot', handler: handler('snapshot') },
  { method: 'PUT', path: '/analysis-reports/:documentId/commentary', handler: handler('commentary') },
  { method: 'GET', path: '/analysis-reports/:documentId/report.xlsx', handler: handler('xlsx') },
  { method: 'GET', path: '/analysis-reports/:documentId/report.pdf', handler: handler('pdf') },
];
