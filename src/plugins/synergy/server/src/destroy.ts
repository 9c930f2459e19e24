import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';
import { databaseSettled } from './utils/knex';

/**
 * Stops cron and the modules' background work (a bulk match run stops after its current batch),
 * then lets running jobs, a background e-mail flush and Strapi's own after-commit entry events
 * finish before Strapi closes the database. Strapi runs plugins' destroy before the app's, so the
 * modules' hooks run here: waiting for a quiet database first would wait for a bulk run to its end.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'modules').destroy();
  await getService(strapi, 'notifier').settled();
  if (!(await databaseSettled(strapi)))
    strapi.log.warn('[synergy] queries still running at shutdown after 15 s; closing the database anyway');
};

export default destroy;
