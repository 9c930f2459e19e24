/**
 * A meeting's resolutions and their tasks for the admin UI's edit view: the same answer as the
 * content API (the meeting controller does the work, with the admin user's scope).
 */
import type { Core } from '@strapi/strapi';

const MEETING_CONTROLLER = 'api::meeting.meeting';

const meetings = ({ strapi }: { strapi: Core.Strapi }) => ({
  resolutions: (ctx: any) => (strapi.controller(MEETING_CONTROLLER as any) as any).resolutions(ctx),
});

export default meetings;
