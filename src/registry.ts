/**
 * What each content type declares to the synergy plugin, in one list per kind:
 * lifecycle tables (workflow engine), types no unit owns (who reads and writes them), and grants
 * of custom content-API actions. Types owned by a unit need no entry to be unit-scoped.
 */
import type { ActionGrant, SharedTypeAccess, WorkflowDef } from './plugins/synergy/shared/contracts';
import demandWorkflow from './api/synergy-demand/workflow';
import resourceWorkflow from './api/synergy-resource/workflow';
import exemptionWorkflow from './api/exemption-request/workflow';
import catalogueEditionWorkflow from './api/catalogue-edition/workflow';
import catalogueEntryWorkflow from './api/catalogue-entry/workflow';
import { dealWorkflows, dealGrants } from './api/synergy-project/registry';

export const workflows: WorkflowDef[] = [
  demandWorkflow,
  resourceWorkflow,
  exemptionWorkflow,
  catalogueEditionWorkflow,
  catalogueEntryWorkflow,
  ...dealWorkflows,
];

export const sharedTypes: SharedTypeAccess[] = [
  // HQ writes; everyone, anonymous intranet pages too, reads the published articles.
  { uid: 'api::article.article', read: 'public', write: [] },
];

export const grants: ActionGrant[] = [
  { action: 'api::catalogue-edition.catalogue-edition.next', roles: ['hq'] },
  { action: 'api::catalogue-entry.catalogue-entry.template', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::catalogue-entry.catalogue-entry.export', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::catalogue-entry.catalogue-entry.import', roles: ['reporter', 'hq'] },
  { action: 'api::synergy-demand.synergy-demand.matches', roles: ['hq', 'segment', 'reporter'] },
  ...dealGrants,
];
