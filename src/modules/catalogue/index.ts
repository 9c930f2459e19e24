/** Catalogue: the internal-market catalogue by edition, its entries, spreadsheet import and export, renewal reminders. */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { EDITION_UID, ENTRY_UID } from '../../kernel/uids';
import editionWorkflow from '../../api/catalogue-edition/workflow';
import entryWorkflow from '../../api/catalogue-entry/workflow';
import catalogueEditionRules from '../../api/catalogue-edition/document-middlewares/edition-rules';
import catalogueEntryRules from '../../api/catalogue-entry/document-middlewares/entry-rules';
import { remindCatalogueRenewal } from './renewal-reminder';
import { catalogueAdminRoutes } from '../../api/catalogue-entry/admin-routes';
import { catalogueEntryTodoSources } from '../../api/catalogue-entry/todos';

const catalogue: ModuleManifest = {
  name: 'catalogue',
  todoSources: catalogueEntryTodoSources,
  adminRoutes: catalogueAdminRoutes,
  contentTypes: [EDITION_UID, ENTRY_UID],
  workflows: [editionWorkflow, entryWorkflow],
  grants: [
    { action: `${EDITION_UID}.next`, roles: ['hq'] },
    { action: `${ENTRY_UID}.template`, roles: [...MEMBER_ROLES] },
    { action: `${ENTRY_UID}.export`, roles: [...MEMBER_ROLES] },
    { action: `${ENTRY_UID}.import`, roles: ['reporter', 'hq'] },
  ],
  documentMiddlewares: [catalogueEditionRules, catalogueEntryRules],
  jobs: [
    {
      name: 'catalogue-renewal-reminder',
      description: 'Remind catalogue suppliers to renew their entries in the last 10 working days of an edition (目录更新提醒)',
      cron: '0 9 * * *',
      run: async ({ now }) => remindCatalogueRenewal(now, 10),
    },
  ],
};

export default catalogue;
