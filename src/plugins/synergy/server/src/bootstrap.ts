import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const access = getService(strapi, 'access');
  await access.registerConditions();
  await access.sync();
  await getService(strapi, 'scope-keys').prepareAll();
  await getService(strapi, 'admin-labels').apply();
};

export default bootstrap;
