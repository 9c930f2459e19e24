/**
 * Document Service middleware for plan targets, every door. Outside the plan service (the
 * content API, the admin's content manager), HQ alone creates and deletes figures and sets only
 * the group's own targets — every other target comes from a decomposition, which checks the sum
 * for all children at once; a unit's proposal changes while the plan is decomposed. Every door,
 * internal too: a figure belongs to the plan of its year (one per unit and indicator), an
 * approved plan no longer changes, and the record is owned by its unit (so the unit scope reads it).
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, ForbiddenError, InvalidError, bilingual, problemAt } from '../../../plugins/synergy/public';
import { currentScope } from '../../../kernel/scope';
import { relationTarget, changesRelation } from '../../../kernel/relations';
import { ORG_UNIT_UID, PLAN_TARGET_UID, INDICATOR_UID } from '../../../kernel/uids';
import { planOfYear } from '../../annual-plan/queries/plan-data';
import { toCents } from '../../annual-plan/rules/cents';
import { STATE_NAMES, proposalsOpen, targetsOpen, type PlanState } from '../../annual-plan/rules/plan-state';

const figureProblem = (field: string, value: unknown) =>
  value !== undefined && value !== null && toCents(value) === null
    ? [
        problemAt(
          field,
          `${field} must be a number with at most two decimals, below 100,000,000`,
          `${field === 'target' ? '目标值' : '建议值'}须为最多两位小数、绝对值小于1亿的数字`
        ),
      ]
    : [];

const planTargetRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const refuseApproved = (year: number) =>
    new ConflictError(bilingual(`The ${year} plan is approved and no longer changes`, `${year}年度计划已批准，不能修改`), {
      code: 'plan-state',
      facts: { status: 'plan-approved' },
    });

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== PLAN_TARGET_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const scope = await currentScope(strapi);
    const internal = scope.door === 'internal';
    const stored = params.documentId
      ? await strapi.db.query(PLAN_TARGET_UID).findOne({
          where: { documentId: params.documentId },
          select: ['id', 'year', 'target', 'proposed'],
          populate: { unit: { select: ['id'], populate: { parent: { select: ['id'] } } }, indicator: { select: ['id'] } },
        })
      : null;
    if (params.documentId && !stored) return next();

    if (context.action === 'delete') {
      const plan = await planOfYear(strapi, stored.year);
      if (plan?.state === 'plan-approved') throw refuseApproved(stored.year);
      if (!internal && (scope.role !== 'hq' || !targetsOpen(plan?.state))) {
        throw new ForbiddenError(
          bilingual('Only HQ removes a plan figure, while the plan is being set', '仅集团总部可在目标设定阶段删除计划目标')
        );
      }
      return next();
    }

    const data = (params.data ?? {}) as Record<string, any>;
    if (stored) {
      if (('year' in data && Number(data.year) !== stored.year) || changesRelation(data.unit) || changesRelation(data.indicator)) {
        const unitRef = relationTarget(data.unit);
        const indicatorRef = relationTarget(data.indicator);
        const same =
          (!('year' in data) || Number(data.year) === stored.year) &&
          (!changesRelation(data.unit) || ('id' in (unitRef ?? {}) && (unitRef as any).id === stored.unit?.id)) &&
          (!changesRelation(data.indicator) || ('id' in (indicatorRef ?? {}) && (indicatorRef as any).id === stored.indicator?.id));
        if (!same)
          throw new InvalidError(bilingual("A plan figure's year, unit and indicator do not change", '计划目标的年度、单位和指标不能修改'));
      }
    }
    const year = stored?.year ?? data.year;
    const problems = [...figureProblem('target', data.target), ...figureProblem('proposed', data.proposed)];
    if (problems.length > 0) throw new InvalidError(problems);
    // A year outside the schema's range is Strapi's validation to refuse (and PostgreSQL's integer column to never see).
    if (!Number.isInteger(Number(year)) || Number(year) < 2000 || Number(year) > 2100) return next();
    const plan = await planOfYear(strapi, Number(year));
    if (!plan) throw new InvalidError([problemAt('year', `there is no annual plan for ${year}`, `${year}年度计划不存在`)]);
    if (plan.state === 'plan-approved') throw refuseApproved(plan.year);

    const unitRef = stored ? null : relationTarget(data.unit);
    const unit = stored
      ? stored.unit
      : unitRef
        ? await strapi.db.query(ORG_UNIT_UID).findOne({ where: unitRef as any, select: ['id'], populate: { parent: { select: ['id'] } } })
        : null;
    const indicatorRef = stored ? null : relationTarget(data.indicator);
    const indicator = stored
      ? stored.indicator
      : indicatorRef
        ? await strapi.db.query(INDICATOR_UID).findOne({ where: indicatorRef as any, select: ['id'] })
        : null;
    if (!unit) throw new InvalidError([problemAt('unit', 'a plan figure names its unit', '请选择单位')]);
    if (!indicator) throw new InvalidError([problemAt('indicator', 'a plan figure names its indicator', '请选择指标')]);

    if (!internal) {
      // The admin's edit form sends every field back: only a changed figure counts as set.
      const changes = (field: 'target' | 'proposed') => field in data && (!stored || toCents(data[field]) !== toCents(stored[field]));
      const setsTarget = changes('target');
      if (!stored && scope.role !== 'hq') {
        throw new ForbiddenError(
          bilingual(
            'Plan figures come from the plan: HQ sets the group targets, superiors decompose them',
            '计划目标由集团设定、上级分解产生，不能直接新建'
          )
        );
      }
      if (setsTarget) {
        if (scope.role !== 'hq' || unit.parent) {
          throw new ForbiddenError(
            bilingual(
              "A unit's target is set by its superior's decomposition (all its siblings at once, summing to the parent's target)",
              '下级单位目标须由上级通过「目标分解」一次提交全部下级，合计须等于上级目标'
            )
          );
        }
        if (!targetsOpen(plan.state)) {
          throw new ConflictError(
            bilingual(
              `The ${plan.year} plan is past setting: targets no longer change`,
              `${plan.year}年度计划已过目标设定阶段，目标不能修改`
            ),
            {
              code: 'plan-state',
              facts: { status: plan.state },
            }
          );
        }
      }
      // Nothing of this figure may change now (the admin's edit view asks with an empty update, and shows it read-only).
      const groupTargetOpen = scope.role === 'hq' && !unit.parent && targetsOpen(plan.state);
      if (stored && !groupTargetOpen && !proposalsOpen(plan.state)) {
        throw new ConflictError(
          bilingual(
            `The ${plan.year} plan is ${STATE_NAMES[plan.state as PlanState]?.en ?? plan.state}: this figure does not change now (targets come from the superior's decomposition; proposals are compiled once the plan is decomposed)`,
            `${plan.year}年度计划当前为「${STATE_NAMES[plan.state as PlanState]?.zh ?? plan.state}」状态，此目标现不能修改（目标由上级分解，建议值在计划分解后填报）`
          ),
          { code: 'plan-state', facts: { status: plan.state } }
        );
      }
      if (changes('proposed') && !proposalsOpen(plan.state)) {
        throw new ConflictError(
          bilingual('Proposals are compiled only while the plan is decomposed', '仅在计划「已分解」阶段可填报编制建议值'),
          {
            code: 'plan-state',
            facts: { status: plan.state },
          }
        );
      }
    }

    if (!stored) {
      const twin = await strapi.db
        .query(PLAN_TARGET_UID)
        .findOne({ where: { year: plan.year, unit: { id: unit.id }, indicator: { id: indicator.id } }, select: ['id'] });
      if (twin)
        throw new ConflictError(
          bilingual('This unit already has a figure for this indicator and year', '该单位本年度已有此指标的计划目标'),
          { code: 'duplicate' }
        );
    }
    // The figure is its unit's record: the unit scope lets the unit and its superiors read it.
    params.data = stored ? data : { ...data, ownerUnit: { set: [{ id: unit.id }] } };
    return next();
  };
};

export default planTargetRules;
