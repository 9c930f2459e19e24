import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';
import { databaseSettled } from './utils/knex';

/**
 * Stops cron and lets running jobs, a background e-mail flush and Strapi's own after-commit entry
 * events finish before Strapi closes the database.
 */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'notifier').settled();
  if (!(await databaseSettled(strapi)))
    strapi.log.warn('[synergy] queries still running at shutdown after 15 s; closing the database anyway');
};

export default destroy;
