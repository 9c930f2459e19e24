/** GET /synergy/admin-views: the field labels and page models the schemas declare, for the admin at start. */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const adminViews = ({ strapi }: { strapi: Core.Strapi }) => ({
  find(ctx: any) {
    ctx.body = { data: getService(strapi, 'admin-labels').served() };
  },
});

export default adminViews;
