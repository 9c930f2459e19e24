/**
 * The scheduled jobs of the application, registered with the synergy scheduler at bootstrap.
 * Cron expressions are defaults (Asia/Shanghai); config/plugins.ts `synergy.scheduler.jobs.<name>`
 * overrides or switches any of them off. Every job is safe to run twice: its effects carry keys.
 */
import { remindCatalogueRenewal, remindQuarterlyReports } from './periodic-reminders';
import { DISPUTE_UID, TASK_UID } from '../kernel/uids';

const scans = () => strapi.service('api::task.scans');

export const jobs = [
  {
    name: 'task-lights',
    description: 'Recolour the traffic lights of all tasks (重算督办任务红绿灯)',
    cron: '*/15 * * * *',
    run: async ({ now }: { now: Date }) => ({ lightsChanged: await strapi.service(TASK_UID).refreshLights(now) }),
  },
  {
    name: 'task-reminders',
    description: 'Remind owners before due dates and on overdue days (到期提醒与逾期提醒)',
    cron: '30 8 * * *',
    run: async ({ now }: { now: Date }) => scans().sendReminders(now),
  },
  {
    name: 'task-escalation',
    description: 'Escalate overdue department-level tasks; record deductions for overdue company-level tasks (逾期升级与考核扣分)',
    cron: '10 0 * * *',
    run: async ({ now }: { now: Date }) => ({ ...(await scans().escalateOverdue(now)), ...(await scans().recordDeductions(now)) }),
  },
  {
    name: 'dispute-escalation',
    description: 'Escalate disputes unresolved when due (争议超期自动上报)',
    cron: '20 0 * * *',
    run: async ({ now }: { now: Date }) => ({ escalated: (await strapi.service(DISPUTE_UID).escalateOverdueDisputes(now)).length }),
  },
  {
    name: 'quarterly-report-reminder',
    description: 'Remind companies of the quarterly synergy report in the last 5 working days of a quarter (季度协同报告提醒)',
    cron: '0 9 * * *',
    run: async ({ now }: { now: Date }) => remindQuarterlyReports(now, 5),
  },
  {
    name: 'catalogue-renewal-reminder',
    description: 'Remind catalogue suppliers to renew their entries in the last 10 working days of an edition (目录更新提醒)',
    cron: '0 9 * * *',
    run: async ({ now }: { now: Date }) => remindCatalogueRenewal(now, 10),
  },
  {
    name: 'mail-outbox',
    description: 'Send pending notification e-mails (发送待发通知邮件)',
    cron: '*/2 * * * *',
    run: async () => strapi.plugin('synergy').service('notifier').flushEmails(),
  },
];
