/**
 * Document Service middleware for actual values, every door (runs after the unit scope settled
 * the owner unit): a base item, a period that exists and is not closed (409), one value per unit,
 * item and period, one granularity per unit, item and year; the exclusion's approval is HQ's; the
 * server keeps the adjusted value and the revision. After the write, the unit's thresholds are
 * checked (a breach raises one task, recovery closes it).
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, InvalidError, bilingual, problemAt } from '../../../plugins/synergy/public';
import { INDICATOR_UID, INDICATOR_VALUE_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { ownerAfterWrite, singleRef, whereRef } from '../../../kernel/relations';
import { refuseProblems } from '../../../kernel/writes';
import { adjustedValue, nextExclusionState, valueProblems } from '../rules/values';
import { periodLabel, periodProblems, type Period } from '../../indicator/rules/periods';
import { closedPeriodCovering, siblingValues, valuePeriod } from '../queries/periods';

const refuseClosed = (closed: Period, period: Period) => {
  throw new ConflictError(
    bilingual(
      `Period ${periodLabel(period)} is closed (${periodLabel(closed)}): its values are locked; a correction is a new revision approved by HQ`,
      `期间 ${periodLabel(period)} 已关账（${periodLabel(closed)}），数据已锁定；更正须由总部审批后形成新修订版本`
    ),
    { code: 'period-closed' }
  );
};

const valueRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const checkOpen = async (period: Period) => {
    if (periodProblems(period).length > 0) return;
    const closed = await closedPeriodCovering(strapi, period);
    if (closed) refuseClosed(closed, period);
  };

  /** After the write: a failure to raise or close a threshold task is logged; the value stands. */
  const checkThresholds = async (unitId: number, indicatorId: number, period: Period) => {
    try {
      await strapi.service('api::indicator.thresholds').checkUnit(unitId, indicatorId, period);
    } catch (error) {
      strapi.log.error(`indicator thresholds for unit ${unitId}: ${(error as Error).stack ?? error}`);
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== INDICATOR_VALUE_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const scope = await currentScope(strapi);
    const before = params.documentId
      ? await strapi.db.query(INDICATOR_VALUE_UID).findOne({
          where: { documentId: params.documentId },
          populate: { indicator: { select: ['id', 'kind'] }, ownerUnit: { select: ['id'] } },
        })
      : null;
    if (before) await checkOpen(valuePeriod(before));
    if (context.action === 'delete') {
      const result = await next();
      if (before?.ownerUnit && before.indicator) await checkThresholds(before.ownerUnit.id, before.indicator.id, valuePeriod(before));
      return result;
    }

    const data = (params.data ?? {}) as Record<string, any>;
    delete data.adjustedValue;
    delete data.revision;
    const pick = (field: string) => (field in data ? data[field] : before?.[field]);
    const indicatorRef = singleRef(data.indicator);
    const indicator =
      indicatorRef === undefined
        ? (before?.indicator ?? null)
        : indicatorRef
          ? await strapi.db.query(INDICATOR_UID).findOne({ where: whereRef(indicatorRef), select: ['id', 'kind'] })
          : null;
    if (indicatorRef && !indicator) throw new InvalidError([problemAt('indicator', 'No such indicator', '指标不存在')]);
    const periodKind = pick('periodKind') ?? 'month';
    if (periodKind === 'year' && (data.periodNumber === undefined || data.periodNumber === null)) data.periodNumber = 1;
    const facts = {
      indicatorKind: indicator?.kind ?? null,
      year: pick('year'),
      periodKind,
      periodNumber: pick('periodNumber'),
      value: pick('value'),
      exclusion: pick('exclusion'),
      exclusionReason: pick('exclusionReason'),
    };
    refuseProblems(valueProblems(facts));
    const period = valuePeriod({ year: Number(facts.year), periodKind, periodNumber: Number(facts.periodNumber) });
    await checkOpen(period);

    const owner = await ownerAfterWrite(strapi, INDICATOR_VALUE_UID, params);
    if (owner && indicator) {
      const siblings = await siblingValues(strapi, owner.id, indicator.id, period.year, params.documentId);
      const same = siblings.find((row: any) => valuePeriod(row).kind === period.kind && valuePeriod(row).number === period.number);
      if (same) {
        throw new ConflictError(
          bilingual(
            `This unit already reported the item for ${periodLabel(period)}: change that value instead`,
            `本单位已填报该指标 ${periodLabel(period)} 的数值，请修改原记录`
          ),
          { code: 'value-exists', facts: { documentId: same.documentId } }
        );
      }
      if (siblings.some((row: any) => row.periodKind !== period.kind)) {
        throw new InvalidError([
          problemAt(
            'periodKind',
            `This unit reports the item by ${siblings[0].periodKind} in ${period.year}: keep one granularity within a year`,
            `本单位 ${period.year} 年该指标已按其他期间类型填报，同一年度须使用同一种期间类型`
          ),
        ]);
      }
    }

    const isHq = scope.door === 'internal' || scope.role === 'hq';
    if ('exclusionState' in data && !isHq && data.exclusionState !== (before?.exclusionState ?? 'no-exclusion')) {
      throw new InvalidError([problemAt('exclusionState', 'Only HQ approves an exclusion', '剔除须由总部审批')]);
    }
    const exclusionState = nextExclusionState({
      isHq,
      requested: data.exclusionState,
      before: before ? { exclusion: before.exclusion, exclusionState: before.exclusionState } : null,
      exclusion: facts.exclusion,
    });
    data.exclusionState = exclusionState;
    data.adjustedValue = adjustedValue(facts.value, facts.exclusion, exclusionState);
    if (before && Number(before.adjustedValue) !== data.adjustedValue) data.revision = (before.revision ?? 1) + 1;
    params.data = data;

    const result = await next();
    if (owner && indicator) await checkThresholds(owner.id, indicator.id, period);
    if (before?.ownerUnit && before.indicator && (before.indicator.id !== indicator?.id || before.ownerUnit.id !== owner?.id)) {
      await checkThresholds(before.ownerUnit.id, before.indicator.id, valuePeriod(before));
    }
    return result;
  };
};

export default valueRules;
