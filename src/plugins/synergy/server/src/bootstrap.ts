import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/**
 * Cron runs where synergy.scheduler.enabled (off when NODE_ENV=test). Jobs registered later, in
 * the app's bootstrap, are scheduled and caught up as they register.
 */
const startScheduler = async (strapi: Core.Strapi) => {
  if ((strapi.config.get('plugin::synergy.scheduler') as { enabled: boolean }).enabled) await getService(strapi, 'scheduler').start();
};

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const calendar = getService(strapi, 'calendar');
  calendar.load();
  calendar.warnAboutCoverage();
  const access = getService(strapi, 'access');
  await access.registerConditions();
  await access.sync();
  await getService(strapi, 'scope-keys').refreshAll();
  await getService(strapi, 'admin-labels').apply();
  await startScheduler(strapi);
};

export default bootstrap;
