/**
 * What the deals (projects, benefits, disputes, internal suppliers, evaluations, public
 * aggregates) declare: their lifecycles, the grants of their custom routes, and the Document
 * Service middlewares that hold their rules (registered after the plugin's unit scope, so they
 * see the owner unit it settled).
 */
import type { Core } from '@strapi/strapi';
import type { ActionGrant, WorkflowDef } from '../../plugins/synergy/public';
import projectWorkflow from './workflow';
import projectGuard from './guard';
import benefitWorkflow from '../benefit-record/workflow';
import benefitGuard from '../benefit-record/guard';
import disputeWorkflow from '../dispute/workflow';
import disputeGuard from '../dispute/guard';
import internalSupplierWorkflow from '../internal-supplier/workflow';
import { internalSupplierGuard, supplierClassChangeGuard } from '../internal-supplier/guard';
import supplierEvaluationGuard from '../supplier-evaluation/guard';

type DocumentMiddleware = (context: any, next: () => Promise<any>) => Promise<any>;

export const dealWorkflows: WorkflowDef[] = [projectWorkflow, benefitWorkflow, disputeWorkflow, internalSupplierWorkflow];

export const dealGrants: ActionGrant[] = [
  { action: 'api::benefit-record.benefit-record.totals', roles: ['hq', 'segment', 'reporter', 'employee'] },
  { action: 'api::dispute.dispute.escalateOverdue', roles: ['hq'] },
  { action: 'api::synergy-project.synergy-project.setDirectivePrice', roles: ['hq', 'segment', 'reporter'] },
  { action: 'api::public-aggregate.public-aggregate.find', roles: ['public', 'hq', 'segment', 'reporter', 'employee'] },
];

export const dealGuards: Array<({ strapi }: { strapi: Core.Strapi }) => DocumentMiddleware> = [
  projectGuard,
  benefitGuard,
  disputeGuard,
  internalSupplierGuard,
  supplierClassChangeGuard,
  supplierEvaluationGuard,
];
