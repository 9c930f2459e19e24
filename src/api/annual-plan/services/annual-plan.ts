/**
 * Annual plans: the tree a caller sees, the group's targets, a decomposition of one node's target
 * to its children (all or nothing), and a unit's compiled proposals. Figures are written as the
 * server, after these checks, through the Document Service (so the plan-target rules and the
 * scope key follow); each request is one transaction.
 */
import { factories } from '@strapi/strapi';
import {
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  bilingual,
  problemAt,
  type Scope,
} from '../../../plugins/synergy/public';
import { ANNUAL_PLAN_UID, INDICATOR_UID, ORG_UNIT_UID, PLAN_TARGET_UID } from '../../../kernel/uids';
import { fromCents, toCents, type Cents } from '../rules/cents';
import { decompose } from '../rules/decomposition';
import { buildPlanTree, type PlanNode } from '../rules/plan-tree';
import { mayDecompose, mayPropose, maySetGroupTargets, type PlanCaller } from '../rules/plan-access';
import { STATE_NAMES, proposalsOpen, targetsOpen, type PlanState } from '../rules/plan-state';
import { isAdditive, loadPlan, loadPlanFigures, loadPlanIndicators, loadPlanUnits, type PlanRecord } from '../queries/plan-data';

const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

const callerOf = (scope: Scope): PlanCaller => ({
  role: scope.role,
  unit: scope.unit ? { id: scope.unit.id, path: scope.unit.path } : null,
  internal: scope.door === 'internal',
});

const notOpen = (plan: PlanRecord, what: { en: string; zh: string }) => {
  const state = STATE_NAMES[plan.state as PlanState] ?? { en: plan.state, zh: plan.state };
  return new ConflictError(
    bilingual(`The ${plan.year} plan is ${state.en}: ${what.en}`, `${plan.year}年度计划当前为「${state.zh}」状态，${what.zh}`),
    { code: 'plan-state', facts: { status: plan.state } }
  );
};

const unitWhere = (ref: unknown) =>
  typeof ref === 'number' && Number.isInteger(ref) && ref > 0 && ref <= 2147483647
    ? { id: ref }
    : typeof ref === 'string' && ref.trim() !== ''
      ? { $or: [{ documentId: ref }, { code: ref }] }
      : null;

const findUnit = async (ref: unknown) => {
  const where = unitWhere(ref);
  return where
    ? strapi.db
        .query(ORG_UNIT_UID)
        .findOne({ where, select: ['id', 'documentId', 'code', 'name', 'path'], populate: { parent: { select: ['id'] } } })
    : null;
};

const findIndicator = async (ref: unknown) => {
  const where = unitWhere(ref);
  return where ? strapi.db.query(INDICATOR_UID).findOne({ where, select: ['id', 'code', 'name', 'kind', 'aggregation'] }) : null;
};

/**
 * One figure per entry of a request's list (group targets, proposals): the indicator named and the
 * figure in cents, or every problem at its place (400), all or nothing.
 */
const figureWrites = async (
  entries: any[],
  list: string,
  field: string,
  entryName: { en: string; zh: string },
  figureName: { en: string; zh: string }
): Promise<Array<{ indicatorId: number; cents: Cents }>> => {
  const problems = [];
  const writes: Array<{ indicatorId: number; cents: Cents }> = [];
  for (const [index, entry] of entries.entries()) {
    const indicator = await findIndicator(entry?.indicator);
    const cents = toCents(entry?.[field]);
    if (!indicator)
      problems.push(
        problemAt(
          [list, String(index), 'indicator'],
          `${entryName.en} ${index + 1}: no such indicator`,
          `${entryName.zh}${index + 1}：指标不存在`
        )
      );
    else if (cents === null)
      problems.push(
        problemAt(
          [list, String(index), field],
          `${indicator.code}: ${figureName.en} must be a number with at most two decimals`,
          `${indicator.code}：${figureName.zh}须为最多两位小数的数字`
        )
      );
    else writes.push({ indicatorId: indicator.id, cents });
  }
  if (problems.length > 0) throw new InvalidError(problems);
  return writes;
};

const objectBody = (body: unknown, shape: string): Record<string, any> => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidError(bilingual(`Send ${shape}`, `请求格式应为 ${shape}`));
  }
  return body as Record<string, any>;
};

const listOf = (value: unknown, field: string): any[] => {
  if (!Array.isArray(value) || value.length > 1000) {
    throw new InvalidError([problemAt(field, `${field} must be a list (at most 1,000 items)`, `${field}须为列表（最多1000项）`)]);
  }
  // An empty list changes nothing: a 200 would tell the caller something was set.
  if (value.length === 0) throw new InvalidError([problemAt(field, 'Enter at least one figure', '请至少填写一项数值')]);
  return value;
};

export default factories.createCoreService(ANNUAL_PLAN_UID, ({ strapi }) => {
  /** The plan the caller may read, or 404 (its scope filters the read). */
  const readablePlan = async (documentId: string): Promise<PlanRecord> => {
    const visible = await strapi.documents(ANNUAL_PLAN_UID).findOne({ documentId, fields: ['year'] } as any);
    const plan = visible ? await loadPlan(strapi, documentId) : null;
    if (!plan) throw new NotFoundError(bilingual('Annual plan not found', '年度计划不存在或无权查看'));
    return plan;
  };

  /** Writes a figure (target or proposal) of a unit, creating its row when there is none. */
  const writeFigure = async (
    plan: PlanRecord,
    existing: Map<string, { documentId: string }>,
    unitId: number,
    indicatorId: number,
    data: { target?: string; proposed?: string }
  ) => {
    const row = existing.get(`${unitId}:${indicatorId}`);
    await asServer(() =>
      row
        ? strapi.documents(PLAN_TARGET_UID).update({ documentId: row.documentId, data: data as any })
        : strapi.documents(PLAN_TARGET_UID).create({
            data: { year: plan.year, unit: { set: [{ id: unitId }] }, indicator: { set: [{ id: indicatorId }] }, ...data } as any,
          })
    );
  };

  const figureIndex = async (plan: PlanRecord) => {
    const figures = await loadPlanFigures(strapi, plan.year);
    return {
      figures,
      rows: new Map(figures.map((f) => [`${f.unitId}:${f.indicatorId}`, { documentId: f.documentId }])),
    };
  };

  return {
    /**
     * The plan tree the caller sees: rooted at its own unit (HQ: the group), every node with its
     * figures; above it, the targets of its superiors for context (no sums: their other children are not its to see).
     */
    async tree(documentId: string, scope: Scope) {
      const plan = await readablePlan(documentId);
      // One after another: inside a transaction they share one connection.
      const units = await loadPlanUnits(strapi, plan.year);
      const indicators = await loadPlanIndicators(strapi, plan.year);
      const figures = await loadPlanFigures(strapi, plan.year);
      const caller = callerOf(scope);
      const root = caller.internal || caller.role === 'hq' || !caller.unit ? null : caller.unit;
      if (!caller.internal && caller.role !== 'hq' && !root)
        throw new ForbiddenError(bilingual('Only members of a unit read plans', '仅单位成员可查看年度计划'));
      const visible = root ? units.filter((unit) => unit.path.startsWith(root.path)) : units;
      const nodes: PlanNode[] = buildPlanTree(visible, indicators, figures);
      const superiors = root
        ? units
            .filter((unit) => root.path.startsWith(unit.path) && unit.id !== root.id)
            .map((unit) => ({
              unit: { id: unit.id, documentId: unit.documentId, code: unit.code, name: unit.name, level: unit.level },
              targets: indicators.map((indicator) => {
                const figure = figures.find((f) => f.unitId === unit.id && f.indicatorId === indicator.id);
                return { indicator: indicator.code, target: figure?.target == null ? null : fromCents(figure.target) };
              }),
            }))
        : [];
      return {
        data: {
          plan: { documentId: plan.documentId, year: plan.year, title: plan.title, state: plan.state },
          indicators: indicators.map(({ code, name, unit, additive }) => ({ code, name, unit, additive })),
          nodes,
          superiors,
        },
      };
    },

    /** The group's (the tree's root's) targets per indicator: HQ, while the plan is being set. */
    async setGroupTargets(documentId: string, body: unknown, scope: Scope) {
      const plan = await readablePlan(documentId);
      if (!maySetGroupTargets(callerOf(scope)))
        throw new ForbiddenError(bilingual("Only HQ sets the group's targets", '仅集团总部可设定集团目标'));
      if (!targetsOpen(plan.state)) throw notOpen(plan, { en: 'targets no longer change', zh: '目标不能再修改' });
      const request = objectBody(body, '{ "targets": [{ "indicator": "<code>", "target": "<figure>" }] }');
      const entries = listOf(request.targets, 'targets');
      const root = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id'] });
      if (!root) throw new InvalidError(bilingual('The group has no root unit', '集团根单位不存在'));
      const writes = await figureWrites(entries, 'targets', 'target', { en: 'target', zh: '目标' }, { en: 'the target', zh: '目标值' });
      await strapi.db.transaction(async () => {
        const { rows } = await figureIndex(plan);
        for (const write of writes) await writeFigure(plan, rows, root.id, write.indicatorId, { target: fromCents(write.cents) });
      });
      return this.tree(documentId, scope);
    },

    /** A node's target for one indicator handed to its children in one request: all written, or nothing. */
    async decompose(documentId: string, body: unknown, scope: Scope) {
      const plan = await readablePlan(documentId);
      const request = objectBody(
        body,
        '{ "parent": "<unit>", "indicator": "<code>", "targets": [{ "unit": "<unit>", "target": "<figure>" }] }'
      );
      const parent = await findUnit(request.parent);
      if (!parent) throw new InvalidError([problemAt('parent', 'parent: no such unit', '上级单位不存在')]);
      if (!mayDecompose(callerOf(scope), parent)) {
        throw new ForbiddenError(
          bilingual(`Only a superior of ${parent.name}'s children decomposes its target`, `无权分解${parent.name}的目标（须为其上级单位）`)
        );
      }
      if (!targetsOpen(plan.state)) throw notOpen(plan, { en: 'targets are no longer decomposed', zh: '不能再分解目标' });
      const indicator = await findIndicator(request.indicator);
      if (!indicator) throw new InvalidError([problemAt('indicator', 'indicator: no such indicator', '指标不存在')]);
      const entries = listOf(request.targets, 'targets');
      return strapi.db.transaction(async () => {
        const children = await strapi.db
          .query(ORG_UNIT_UID)
          .findMany({ where: { parent: { id: parent.id } }, select: ['id', 'code', 'name'] });
        const { figures, rows } = await figureIndex(plan);
        const targetOf = (unitId: number) => figures.find((f) => f.unitId === unitId && f.indicatorId === indicator.id)?.target ?? null;
        const existing = new Map<number, Cents>();
        for (const child of children) {
          const cents = targetOf(child.id);
          if (cents !== null) existing.set(child.id, cents);
        }
        const named: Array<{ id: number; name: string } | null> = [];
        for (const entry of entries) named.push(await findUnit(entry?.unit));
        const outcome = decompose({
          indicator: { code: indicator.code, name: indicator.name, additive: isAdditive(indicator) },
          parent: { name: parent.name, targetCents: targetOf(parent.id) },
          childIds: new Set(children.map((child: any) => child.id)),
          existing,
          entries: entries.map((entry, index) => ({
            unitId: named[index]?.id ?? null,
            label: named[index]?.name ?? String(entry?.unit ?? `#${index + 1}`),
            target: entry?.target,
          })),
        });
        if (outcome.problems.length > 0) {
          throw new InvalidError(outcome.problems, {
            code: 'decomposition-invalid',
            facts: { sum: outcome.sumCents === null ? null : fromCents(outcome.sumCents) },
          });
        }
        for (const [unitId, cents] of outcome.targets) await writeFigure(plan, rows, unitId, indicator.id, { target: fromCents(cents) });
        return {
          data: {
            parent: parent.documentId,
            indicator: indicator.code,
            sum: outcome.sumCents === null ? null : fromCents(outcome.sumCents),
          },
        };
      });
    },

    /** A unit's compiled proposals (its own figure per indicator), once the plan is decomposed. */
    async propose(documentId: string, body: unknown, scope: Scope) {
      const plan = await readablePlan(documentId);
      const request = objectBody(body, '{ "unit": "<unit>", "proposals": [{ "indicator": "<code>", "proposed": "<figure>" }] }');
      const unit = await findUnit(request.unit);
      if (!unit) throw new InvalidError([problemAt('unit', 'unit: no such unit', '单位不存在')]);
      if (!mayPropose(callerOf(scope), unit))
        throw new ForbiddenError(bilingual(`No right to compile ${unit.name}'s plan`, `无权编制${unit.name}的计划`));
      if (!proposalsOpen(plan.state))
        throw notOpen(plan, { en: 'proposals are compiled only once the plan is decomposed', zh: '计划分解后方可编制建议值' });
      const entries = listOf(request.proposals, 'proposals');
      const writes = await figureWrites(
        entries,
        'proposals',
        'proposed',
        { en: 'proposal', zh: '建议值' },
        { en: 'the proposal', zh: '建议值' }
      );
      await strapi.db.transaction(async () => {
        const { rows } = await figureIndex(plan);
        for (const write of writes) await writeFigure(plan, rows, unit.id, write.indicatorId, { proposed: fromCents(write.cents) });
      });
      return { data: { unit: unit.documentId, written: writes.length } };
    },
  };
});
