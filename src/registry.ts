/**
 * What each content type declares to the synergy plugin, in one list per kind:
 * lifecycle tables (workflow engine), types no unit owns (who reads and writes them), and grants
 * of custom content-API actions. Types owned by a unit need no entry to be unit-scoped.
 */
import type { ActionGrant, SharedTypeAccess, WorkflowDef } from './plugins/synergy/shared/contracts';
import demandWorkflow from './api/synergy-demand/workflow';
import { dealWorkflows, dealGrants } from './api/synergy-project/registry';

export const workflows: WorkflowDef[] = [demandWorkflow, ...dealWorkflows];

export const sharedTypes: SharedTypeAccess[] = [];

export const grants: ActionGrant[] = [...dealGrants];
