/**
 * Every module's to-do sources, registered with the synergy plugin's inbox in one call (after the
 * workflows: a source reads its workflow's `who`). A module adds what waits on whom by adding its
 * sources here — see docs/modules/todos.md.
 */
import type { Core } from '@strapi/strapi';
import type { TodoSource } from './plugins/synergy/shared/contracts/todos';
import { demandTodoSources } from './api/synergy-demand/todos';
import { resourceTodoSources } from './api/synergy-resource/todos';
import { catalogueEntryTodoSources } from './api/catalogue-entry/todos';
import { exemptionTodoSources } from './api/exemption-request/todos';
import { internalSupplierTodoSources } from './api/internal-supplier/todos';
import { taskTodoSources } from './api/task/todos';
import { benefitTodoSources } from './api/benefit-record/todos';
import { disputeTodoSources } from './api/dispute/todos';
import { meetingTodoSources } from './api/meeting/todos';
import { quarterlyReportTodoSources } from './jobs/quarterly-report-todos';

export const todoSources: TodoSource[] = [
  ...demandTodoSources,
  ...resourceTodoSources,
  ...catalogueEntryTodoSources,
  ...exemptionTodoSources,
  ...internalSupplierTodoSources,
  ...taskTodoSources,
  ...benefitTodoSources,
  ...disputeTodoSources,
  ...meetingTodoSources,
  ...quarterlyReportTodoSources,
];

export const registerTodoSources = (strapi: Core.Strapi) => strapi.plugin('synergy').service('todos').register(...todoSources);
