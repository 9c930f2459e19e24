/**
 * Reports (报告): each company's quarterly synergy report to HQ (seed 001, 3.4.2 定期报告机制) —
 * written by the company's reporter with the quarter's figures prefilled from its records,
 * submitted, accepted or returned by HQ — its reminder and to-dos, and HQ's compilation of the
 * group's quarter with its .xlsx export. Its own module rather than part of supervision: the
 * report is the marketplace's periodic account to HQ, not a supervised task, and the issue's
 * analysis reports belong next to it.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { QUARTERLY_REPORT_UID } from '../../kernel/uids';
import quarterlyReportWorkflow from '../../api/quarterly-report/workflow';
import quarterlyReportRules from '../../api/quarterly-report/document-middlewares/quarterly-report-rules';
import { quarterlyReportTodoSources } from '../../api/quarterly-report/todos';
import { quarterlyReportAdminRoutes } from '../../api/quarterly-report/admin-routes';
import { QUARTERLY_REPORT_LEAD_WORKING_DAYS } from '../../api/quarterly-report/rules/window';
import { remindQuarterlyReports } from './quarterly-report-reminder';

const reports: ModuleManifest = {
  name: 'reports',
  contentTypes: [QUARTERLY_REPORT_UID],
  workflows: [quarterlyReportWorkflow],
  todoSources: quarterlyReportTodoSources,
  adminRoutes: quarterlyReportAdminRoutes,
  grants: [
    // The service checks who: the unit's reporters (and HQ) refresh a draft; HQ alone compiles.
    { action: `${QUARTERLY_REPORT_UID}.refreshFigures`, roles: ['hq', 'reporter'] },
    { action: `${QUARTERLY_REPORT_UID}.compiled`, roles: ['hq'] },
    { action: `${QUARTERLY_REPORT_UID}.compiledXlsx`, roles: ['hq'] },
  ],
  documentMiddlewares: [quarterlyReportRules],
  jobs: [
    {
      name: 'quarterly-report-reminder',
      description: 'Remind companies of the quarterly synergy report in the last 5 working days of a quarter (季度协同报告提醒)',
      cron: '0 9 * * *',
      run: async ({ now }) => remindQuarterlyReports(now, QUARTERLY_REPORT_LEAD_WORKING_DAYS),
    },
  ],
};

export default reports;
