/**
 * The scheduled jobs of notifications, registered with the synergy scheduler, until they have a
 * module manifest like the other modules (src/modules/). config/plugins.ts
 * `synergy.scheduler.jobs.<name>` overrides or switches any of them off.
 */
export const jobs = [
  {
    name: 'mail-outbox',
    description: 'Send pending notification e-mails (发送待发通知邮件)',
    cron: '*/2 * * * *',
    run: async () => strapi.plugin('synergy').service('notifier').flushEmails(),
  },
];
