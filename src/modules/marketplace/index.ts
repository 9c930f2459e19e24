/**
 * Marketplace: demands and resources through review and docking to landing, exemption requests
 * for buying outside the group, tenders that must invite the catalogue's suppliers, and the articles (news, practices, policies) everyone reads.
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { ARTICLE_UID, DEMAND_UID, EXEMPTION_UID, RESOURCE_UID, TENDER_UID } from '../../kernel/uids';
import demandWorkflow from '../../api/synergy-demand/workflow';
import resourceWorkflow from '../../api/synergy-resource/workflow';
import exemptionWorkflow from '../../api/exemption-request/workflow';
import tenderWorkflow from '../../api/tender/workflow';
import demandRules from '../../api/synergy-demand/document-middlewares/demand-rules';
import resourceRules from '../../api/synergy-resource/document-middlewares/resource-rules';
import exemptionRules from '../../api/exemption-request/document-middlewares/exemption-rules';
import tenderRules from '../../api/tender/document-middlewares/tender-rules';
import publishedArticles from '../../api/article/document-middlewares/published-articles';
import { demandTodoSources } from '../../api/synergy-demand/todos';
import { resourceTodoSources } from '../../api/synergy-resource/todos';
import { exemptionTodoSources } from '../../api/exemption-request/todos';
import { tenderTodoSources } from '../../api/tender/todos';

const marketplace: ModuleManifest = {
  name: 'marketplace',
  todoSources: [...demandTodoSources, ...resourceTodoSources, ...exemptionTodoSources, ...tenderTodoSources],
  contentTypes: [DEMAND_UID, RESOURCE_UID, EXEMPTION_UID, TENDER_UID, ARTICLE_UID],
  workflows: [demandWorkflow, resourceWorkflow, exemptionWorkflow, tenderWorkflow],
  // HQ writes; everyone, anonymous intranet pages too, reads the published articles.
  sharedTypes: [{ uid: ARTICLE_UID, read: 'public', write: [] }],
  documentMiddlewares: [demandRules, resourceRules, exemptionRules, tenderRules, publishedArticles],
};

export default marketplace;
