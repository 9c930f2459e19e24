/**
 * Deals: synergy projects (with a directive price set by the common superior), benefit records
 * confirmed by every party, disputes routed to the common superior and escalated when overdue,
 * internal suppliers with their class changes and evaluations, and the public aggregates.
 */
import { MEMBER_ROLES, type ModuleManifest } from '../../plugins/synergy/public';
import { BENEFIT_UID, CLASS_CHANGE_UID, DISPUTE_UID, EVALUATION_UID, PROJECT_UID, SUPPLIER_UID } from '../../kernel/uids';
import projectWorkflow from '../../api/synergy-project/workflow';
import projectGuard from '../../api/synergy-project/document-middlewares/project-guard';
import benefitWorkflow from '../../api/benefit-record/workflow';
import benefitGuard from '../../api/benefit-record/document-middlewares/benefit-guard';
import disputeWorkflow from '../../api/dispute/workflow';
import disputeGuard from '../../api/dispute/document-middlewares/dispute-guard';
import internalSupplierWorkflow from '../../api/internal-supplier/workflow';
import internalSupplierGuard from '../../api/internal-supplier/document-middlewares/supplier-guard';
import supplierClassChangeGuard from '../../api/supplier-class-change/document-middlewares/class-change-guard';
import supplierEvaluationGuard from '../../api/supplier-evaluation/document-middlewares/evaluation-guard';
import { internalSupplierTodoSources } from '../../api/internal-supplier/todos';
import { benefitTodoSources } from '../../api/benefit-record/todos';
import { disputeTodoSources } from '../../api/dispute/todos';

const deals: ModuleManifest = {
  name: 'deals',
  todoSources: [...internalSupplierTodoSources, ...benefitTodoSources, ...disputeTodoSources],
  contentTypes: [PROJECT_UID, BENEFIT_UID, DISPUTE_UID, SUPPLIER_UID, CLASS_CHANGE_UID, EVALUATION_UID],
  workflows: [projectWorkflow, benefitWorkflow, disputeWorkflow, internalSupplierWorkflow],
  grants: [
    { action: `${BENEFIT_UID}.totals`, roles: [...MEMBER_ROLES] },
    { action: `${DISPUTE_UID}.escalateOverdue`, roles: ['hq'] },
    { action: `${PROJECT_UID}.setDirectivePrice`, roles: ['hq', 'segment', 'reporter'] },
    { action: 'api::public-aggregate.public-aggregate.find', roles: ['public', ...MEMBER_ROLES] },
  ],
  // Registered after the plugin's unit scope, so they see the owner unit it settled.
  documentMiddlewares: [projectGuard, benefitGuard, disputeGuard, internalSupplierGuard, supplierClassChangeGuard, supplierEvaluationGuard],
  jobs: [
    {
      name: 'dispute-escalation',
      description: 'Escalate disputes unresolved when due (争议超期自动上报)',
      cron: '20 0 * * *',
      run: async ({ now }) => ({ escalated: (await strapi.service(DISPUTE_UID).escalateOverdueDisputes(now)).length }),
    },
  ],
};

export default deals;
