/** Every lifecycle type's transition table, registered with the synergy plugin's engine. */
import demandWorkflow from './api/synergy-demand/workflow';

export const workflows = [demandWorkflow];
