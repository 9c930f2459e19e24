/**
 * Document Service middleware for annual plans, every door: HQ alone creates one (the group
 * owns it, so every member reads it), a plan's year does not change, and a plan goes only while
 * it holds no figures.
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError, InvalidError, bilingual } from '../../../plugins/synergy/public';
import { currentScope } from '../../../kernel/scope';
import { ANNUAL_PLAN_UID, ORG_UNIT_UID, PLAN_TARGET_UID } from '../../../kernel/uids';

const annualPlanRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== ANNUAL_PLAN_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new ForbiddenError(bilingual('Only HQ keeps the annual plans', '仅集团总部可维护年度计划'));
    }
    const stored = params.documentId
      ? await strapi.db.query(ANNUAL_PLAN_UID).findOne({ where: { documentId: params.documentId }, select: ['id', 'year'] })
      : null;
    if (context.action === 'delete') {
      if (stored && (await strapi.db.query(PLAN_TARGET_UID).count({ where: { year: stored.year } })) > 0) {
        throw new InvalidError(bilingual(`The ${stored.year} plan holds targets and stays`, `${stored.year}年度计划已有目标，不能删除`));
      }
      return next();
    }
    const data = (params.data ?? {}) as Record<string, any>;
    if (stored && 'year' in data && Number(data.year) !== stored.year) {
      throw new InvalidError(bilingual("A plan's year does not change", '年度计划的年度不能修改'));
    }
    const root = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id'] });
    if (root) params.data = { ...data, ownerUnit: { set: [{ id: root.id }] } };
    return next();
  };

export default annualPlanRules;
