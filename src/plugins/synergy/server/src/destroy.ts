import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/** Stops cron and lets running jobs and a background e-mail flush finish before Strapi closes the database. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'scheduler').stop();
  await getService(strapi, 'notifier').settled();
};

export default destroy;
