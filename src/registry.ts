/**
 * What each content type declares to the synergy plugin, in one list per kind:
 * lifecycle tables (workflow engine), types no unit owns (who reads and writes them), and grants
 * of custom content-API actions. Types owned by a unit need no entry to be unit-scoped.
 */
import type { ActionGrant, AdminReadOnlyType, SharedTypeAccess, WorkflowDef } from './plugins/synergy/public';
import demandWorkflow from './api/synergy-demand/workflow';
import resourceWorkflow from './api/synergy-resource/workflow';
import exemptionWorkflow from './api/exemption-request/workflow';
import catalogueEditionWorkflow from './api/catalogue-edition/workflow';
import catalogueEntryWorkflow from './api/catalogue-entry/workflow';
import { dealWorkflows, dealGrants } from './api/synergy-project/registry';
import taskWorkflow from './api/task/workflow';
import meetingWorkflow from './api/meeting/workflow';
import { notificationGrants } from './api/notification/registry';
import { ARTICLE_UID, NOTIFICATION_UID, TEMPLATE_UID, USER_UID } from './kernel/uids';

export const workflows: WorkflowDef[] = [
  demandWorkflow,
  resourceWorkflow,
  exemptionWorkflow,
  catalogueEditionWorkflow,
  catalogueEntryWorkflow,
  ...dealWorkflows,
  taskWorkflow,
  meetingWorkflow,
];

export const sharedTypes: SharedTypeAccess[] = [
  // HQ writes; everyone, anonymous intranet pages too, reads the published articles.
  { uid: ARTICLE_UID, read: 'public', write: [] },
  // HQ keeps the minutes templates; every member reads them to choose one.
  { uid: TEMPLATE_UID, read: 'signed-in', write: [] },
];

export const grants: ActionGrant[] = [
  { action: 'api::catalogue-edition.catalogue-edition.next', roles: ['hq'] },
  { action: 'api::catalogue-entry.catalogue-entry.template', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::catalogue-entry.catalogue-entry.export', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::catalogue-entry.catalogue-entry.import', roles: ['reporter', 'hq'] },
  { action: 'api::synergy-demand.synergy-demand.matches', roles: ['hq', 'segment', 'reporter'] },
  { action: 'api::match-run.match-run.start', roles: ['hq'] },
  { action: 'api::match-run.match-run.find', roles: ['hq'] },
  ...dealGrants,
  // Segment managers assign and supervise tasks in their subtree; employees report on their own tasks.
  ...['create', 'update', 'delete'].map((verb): ActionGrant => ({ action: `api::task.task.${verb}`, roles: ['segment'] })),
  { action: 'api::task.task.urge', roles: ['hq', 'segment', 'reporter'] },
  { action: 'api::task.task.statistics', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::progress-report.progress-report.create', roles: ['employee'] },
  // The organiser renders the minutes from a template; whoever reads a meeting sees its resolutions' state.
  { action: 'api::meeting.meeting.minutesFromTemplate', roles: ['reporter', 'hq'] },
  { action: 'api::meeting.meeting.resolutions', roles: ['hq', 'segment', 'reporter', 'employee'] },
  ...notificationGrants,
];

/** Types the admin UI shows read-only to some admin roles and to nobody else (a person's notifications: HQ). */
export const adminReadOnlyTypes: AdminReadOnlyType[] = [
  { uid: NOTIFICATION_UID, roles: ['hq'] },
  // People are picked by name in forms (a task's or a resolution's person in charge, a meeting's
  // participants): every admin role reads intranet users' login and real names, nothing more.
  { uid: USER_UID, roles: ['hq', 'segment', 'reporter'], fields: ['username', 'fullName'] },
];
