/**
 * The value-entry grid of one unit and period (指标填报): the base items that apply to the unit's
 * level, each with the value reported, the previous period's value, the exclusion beside it and a
 * correction in progress; and saving the grid all or nothing through the same row checks and
 * writes as the spreadsheet import (imports.ts upsert). A closed period is read only: its values
 * change through corrections. Reached as strapi.service('api::indicator-value.grid').
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, ForbiddenError, InvalidError, bilingual, getService, problemAt, type Scope } from '../../../plugins/synergy/public';
import { INDICATOR_CORRECTION_UID, INDICATOR_VALUE_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { periodLabel, previousPeriod, type Period } from '../../indicator/rules/periods';
import { closedPeriodCovering } from '../queries/periods';
import type { SheetTarget } from './spreadsheet';

export interface GridRowInput {
  indicator: unknown;
  value: unknown;
  exclusion?: unknown;
  exclusionReason?: unknown;
}

const VALUE_FIELDS = ['documentId', 'value', 'exclusion', 'exclusionReason', 'exclusionState', 'adjustedValue', 'revision', 'source'];
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

const grid = ({ strapi }: { strapi: Core.Strapi }) => {
  const sheets = () => strapi.service('api::indicator-value.spreadsheet');
  const scopes = () => getService(strapi, 'scope');

  /** The unit's values of one period, by indicator id. */
  const valuesOf = async (unitId: number, period: Period) => {
    const rows = await strapi.db.query(INDICATOR_VALUE_UID).findMany({
      where: { ownerUnit: { id: unitId }, year: period.year, periodKind: period.kind, periodNumber: period.number },
      select: VALUE_FIELDS,
      populate: { indicator: { select: ['id'] } },
    });
    return new Map<number, any>(rows.filter((r: any) => r.indicator).map((r: any) => [r.indicator.id, r]));
  };

  /** Units the caller reads, root first, each marked writable or not: the grid's unit picker. */
  const unitChoices = async (scope: Scope) => {
    const where = scope.read === 'all' ? {} : { id: { $in: scope.read.length > 0 ? scope.read : [-1] } };
    const units = await strapi.db
      .query(ORG_UNIT_UID)
      .findMany({ where, select: ['id', 'documentId', 'code', 'name', 'level', 'path'], orderBy: { path: 'asc' } });
    return units.map((u: any) => ({
      id: u.id as number,
      documentId: u.documentId as string,
      code: u.code,
      name: u.name,
      level: u.level,
      writable: scopes().canWriteUnit(scope, u.id),
    }));
  };

  const resolveFor = async (scope: Scope, target: SheetTarget) => {
    const { unit, period } = await sheets().resolve(target);
    const readable = scope.read === 'all' || scope.read.includes(unit.id);
    // A unit outside the caller's scope is answered like one that does not exist.
    if (!readable) throw new InvalidError([problemAt('unit', `No unit "${target.unit}"`, `单位「${target.unit}」不存在`)]);
    return { unit, period: period as Period };
  };

  return {
    /** GET: the grid of `target` (unit defaults to the caller's own) and the units the caller may pick. */
    async sheet(scope: Scope, target: SheetTarget) {
      const units = await unitChoices(scope);
      // Without a unit: the caller's own (HQ: the group), else the first it reads.
      const unitKey = target.unit || (units.find((u) => u.id === scope.unit?.id) ?? units[0])?.documentId || '';
      const { unit, period } = await resolveFor(scope, { ...target, unit: unitKey });
      const closed = await closedPeriodCovering(strapi, period);
      const before = previousPeriod(period);
      const [items, current, previous] = await Promise.all([
        sheets().itemsFor(unit.level),
        valuesOf(unit.id, period),
        valuesOf(unit.id, before),
      ]);
      const valueIds = [...current.values()].map((v) => v.documentId);
      const corrections = valueIds.length
        ? await strapi.db.query(INDICATOR_CORRECTION_UID).findMany({
            where: { value: { documentId: { $in: valueIds } }, state: { $in: ['draft', 'submitted'] } },
            select: ['documentId', 'state', 'correctedValue', 'reason'],
            populate: { value: { select: ['documentId'] } },
          })
        : [];
      const correctionOf = new Map<string, any>(corrections.map((c: any) => [c.value.documentId, c]));
      return {
        unit: {
          documentId: unit.documentId,
          code: unit.code,
          name: unit.name,
          level: unit.level,
          writable: scopes().canWriteUnit(scope, unit.id),
        },
        period: { year: period.year, kind: period.kind, number: period.number, label: periodLabel(period) },
        previousPeriod: periodLabel(before),
        closed: closed ? periodLabel(closed) : null,
        units: units.map(({ id, ...choice }) => choice),
        rows: items.map((item: any) => {
          const value = current.get(item.id) ?? null;
          const correction = value ? correctionOf.get(value.documentId) : null;
          return {
            indicator: {
              documentId: item.documentId,
              code: item.code,
              name: item.name,
              unit: item.unit ?? null,
              decimals: item.decimals ?? null,
            },
            value: value
              ? {
                  documentId: value.documentId,
                  value: num(value.value),
                  exclusion: num(value.exclusion),
                  exclusionReason: value.exclusionReason ?? null,
                  exclusionState: value.exclusionState,
                  adjustedValue: num(value.adjustedValue),
                  revision: value.revision ?? 1,
                  source: value.source,
                }
              : null,
            previous: num(previous.get(item.id)?.adjustedValue),
            correction: correction
              ? {
                  documentId: correction.documentId,
                  state: correction.state,
                  correctedValue: num(correction.correctedValue),
                  reason: correction.reason,
                }
              : null,
          };
        }),
      };
    },

    /** PUT: every row of the grid, all or nothing (row n of the problems is the n-th row sent). */
    async save(scope: Scope, target: SheetTarget, rows: unknown) {
      const { unit, period } = await resolveFor(scope, target);
      if (!scopes().canWriteUnit(scope, unit.id)) {
        throw new ForbiddenError(bilingual(`You may not report values of ${unit.name}`, `无权填报「${unit.name}」的指标数据`));
      }
      const closed = await closedPeriodCovering(strapi, period);
      if (closed) {
        throw new ConflictError(
          bilingual(
            `Period ${periodLabel(period)} is closed (${periodLabel(closed)}): file a correction for a value instead`,
            `期间 ${periodLabel(period)} 已关账（${periodLabel(closed)}），请对需要更正的数值提交更正申请`
          ),
          { code: 'period-closed' }
        );
      }
      if (!Array.isArray(rows)) throw new InvalidError([problemAt('rows', 'rows is a list of rows', 'rows 应为数据行列表')]);
      return strapi.service('api::indicator-value.imports').upsert(
        // A row that is not an object stays as sent: the import's checks name it.
        rows.map((row: GridRowInput) =>
          row && typeof row === 'object'
            ? { ...row, unit: unit.code, year: period.year, periodKind: period.kind, periodNumber: period.number }
            : row
        ),
        { source: 'entry-form', trusted: false }
      );
    },
  };
};

export default grid;
