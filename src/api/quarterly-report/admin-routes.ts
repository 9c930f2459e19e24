/** The 季度报告汇总 page of the admin UI (served by the synergy plugin at /synergy/quarterly-reports/..., admin session). */
import type { AdminRoute } from '../../plugins/synergy/public';

export const quarterlyReportAdminRoutes: AdminRoute[] = [
  { method: 'GET', path: '/quarterly-reports/compiled', handler: 'api::quarterly-report.quarterly-report.compiled' },
  { method: 'GET', path: '/quarterly-reports/compiled.xlsx', handler: 'api::quarterly-report.quarterly-report.compiledXlsx' },
];
