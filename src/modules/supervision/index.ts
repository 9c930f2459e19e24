/**
 * Supervision (督办): tasks assigned down the tree with their traffic lights, progress reports,
 * reminders, escalation and the assessment deductions it records.
 * config/supervision.ts holds its rules, checked at boot.
 */
import { MEMBER_ROLES, type ActionGrant, type ModuleManifest } from '../../plugins/synergy/public';
import { DEDUCTION_UID, REPORT_UID, TASK_UID } from '../../kernel/uids';
import taskWorkflow from '../../api/task/workflow';
import taskRules from '../../api/task/document-middlewares/task-rules';
import taskAssignmentNotice from '../../api/task/document-middlewares/assignment-notice';
import progressReportRules from '../../api/progress-report/document-middlewares/report-rules';
import deductionGuard from '../../api/assessment-deduction/document-middlewares/deduction-guard';
import { supervisionRules } from '../../api/task/rules/supervision-config';
import { supervisionAdminRoutes } from '../../api/task/admin-routes';
import { taskTodoSources } from '../../api/task/todos';

const scans = () => strapi.service('api::task.scans');

const supervision: ModuleManifest = {
  name: 'supervision',
  todoSources: taskTodoSources,
  adminRoutes: supervisionAdminRoutes,
  contentTypes: [TASK_UID, REPORT_UID, DEDUCTION_UID],
  workflows: [taskWorkflow],
  grants: [
    // Segment managers assign and supervise tasks in their subtree; employees report on their own tasks.
    ...['create', 'update', 'delete'].map((verb): ActionGrant => ({ action: `${TASK_UID}.${verb}`, roles: ['segment'] })),
    { action: `${TASK_UID}.urge`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${TASK_UID}.statistics`, roles: [...MEMBER_ROLES] },
    { action: `${REPORT_UID}.create`, roles: ['employee'] },
  ],
  documentMiddlewares: [taskRules, taskAssignmentNotice, progressReportRules, deductionGuard],
  jobs: [
    {
      name: 'task-lights',
      description: 'Recolour the traffic lights of all tasks (重算督办任务红绿灯)',
      cron: '*/15 * * * *',
      run: async ({ now }) => ({ lightsChanged: await strapi.service(TASK_UID).refreshLights(now) }),
    },
    {
      name: 'task-reminders',
      description: 'Remind owners before due dates and on overdue days (到期提醒与逾期提醒)',
      cron: '30 8 * * *',
      run: async ({ now }) => scans().sendReminders(now),
    },
    {
      name: 'task-escalation',
      description: 'Escalate overdue department-level tasks; record deductions for overdue company-level tasks (逾期升级与考核扣分)',
      cron: '10 0 * * *',
      run: async ({ now }) => ({ ...(await scans().escalateOverdue(now)), ...(await scans().recordDeductions(now)) }),
    },
  ],
  // A broken config/supervision.ts stops boot rather than the first scan.
  bootstrap: ({ strapi }) => {
    supervisionRules(strapi.config.get('supervision'));
  },
};

export default supervision;
