/** Meetings: synergy meetings with their minutes (from HQ's templates) and resolutions that become supervised tasks. */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { MEETING_UID, TEMPLATE_UID } from '../../kernel/uids';
import meetingWorkflow from '../../api/meeting/workflow';
import meetingRules from '../../api/meeting/document-middlewares/meeting-rules';
import { ensureDefaultMinutesTemplates } from '../../api/minutes-template/queries/default-templates';
import { meetingAdminRoutes } from '../../api/meeting/admin-routes';
import { meetingTodoSources } from '../../api/meeting/todos';

const meetings: ModuleManifest = {
  name: 'meetings',
  todoSources: meetingTodoSources,
  adminRoutes: meetingAdminRoutes,
  contentTypes: [MEETING_UID, TEMPLATE_UID],
  workflows: [meetingWorkflow],
  // HQ keeps the minutes templates; every member reads them to choose one.
  sharedTypes: [{ uid: TEMPLATE_UID, read: 'signed-in', write: [] }],
  grants: [
    // The organiser renders the minutes from a template; whoever reads a meeting sees its resolutions' state.
    { action: `${MEETING_UID}.minutesFromTemplate`, roles: ['reporter', 'hq'] },
    { action: `${MEETING_UID}.resolutions`, roles: [...MEMBER_ROLES] },
  ],
  documentMiddlewares: [meetingRules],
  bootstrap: async ({ strapi }) => {
    await ensureDefaultMinutesTemplates(strapi);
  },
};

export default meetings;
