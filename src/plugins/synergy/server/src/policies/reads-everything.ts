/** Only for callers whose scope reads every unit (HQ): for endpoints that count across all units. */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const readsEverything = async (_ctx: unknown, _config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  (await getService(strapi, 'scope').current()).read === 'all';

export default readsEverything;
