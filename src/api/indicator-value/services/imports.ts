/**
 * Values in bulk, all or nothing: a finance system's push (API token) and the spreadsheet import
 * of one unit and period. Every row is checked first (row-level problems in both languages); then
 * all rows are written in one transaction through the Document Service, so the value rules
 * (closed periods, thresholds) run as for any write. A row for a period the unit already reported
 * updates that value; the same value again changes nothing. Reached as
 * strapi.service('api::indicator-value.imports').
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, InvalidError, isDomainError, problemAt, type Problem } from '../../../plugins/synergy/public';
import { INDICATOR_UID, INDICATOR_VALUE_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { valueProblems } from '../rules/values';
import { numberOf } from '../../indicator/rules/periods';

export interface ValueRow {
  /** The unit's code or documentId. */
  unit: unknown;
  /** The indicator's code. */
  indicator: unknown;
  year: unknown;
  periodKind: unknown;
  periodNumber?: unknown;
  value: unknown;
  exclusion?: unknown;
  exclusionReason?: unknown;
}

export const MAX_ROWS = 5000;

/** A code or documentId as sent: text or a number; '' for a list, an object or anything else. */
const codeOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
/** What the caller sent, to name it in a message (a list or an object as JSON). */
const shown = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value).slice(0, 100)
      : String(value).slice(0, 100);

const asServer = <T>(work: () => Promise<T>): Promise<T> => (strapi.requestContext.run as any)(undefined, work);

/** A row's problems under `rows.<n>` (n counts from 1, or the spreadsheet's row number). */
const atRow = (row: number, problems: Problem[]): Problem[] =>
  problems.map((p) => ({
    path: ['rows', String(row), ...p.path],
    message: { en: `Row ${row}: ${p.message.en}`, zh: `第 ${row} 行：${p.message.zh}` },
  }));

const imports = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Writes `rows`; `rowNumber(i)` names row i in messages. `trusted`: a system push, written as
   * the server (the caller was admitted by its token's permission); otherwise the caller's unit
   * scope decides each row like any write.
   */
  async upsert(
    rows: ValueRow[],
    options: { source: 'entry-form' | 'file-import' | 'system-push'; trusted: boolean; rowNumber?: (i: number) => number }
  ) {
    const rowNumber = options.rowNumber ?? ((i: number) => i + 1);
    if (!Array.isArray(rows) || rows.length === 0) throw new InvalidError([problemAt('rows', 'Send at least one row', '至少需要一行数据')]);
    if (rows.length > MAX_ROWS) throw new InvalidError([problemAt('rows', `At most ${MAX_ROWS} rows at once`, `每次最多 ${MAX_ROWS} 行`)]);
    const units = new Map<string, { id: number }>();
    for (const unit of await strapi.db.query(ORG_UNIT_UID).findMany({ select: ['id', 'code', 'documentId'] })) {
      units.set(unit.code, unit);
      units.set(unit.documentId, unit);
    }
    const indicators = new Map<string, { id: number; kind: string }>(
      (await strapi.db.query(INDICATOR_UID).findMany({ select: ['id', 'code', 'kind'] })).map((i: any) => [i.code, i])
    );

    const problems: Problem[] = [];
    const seen = new Set<string>();
    const planned = rows.map((row, i) => {
      const own: Problem[] = [];
      if (!row || typeof row !== 'object') {
        problems.push(...atRow(rowNumber(i), [problemAt([], 'The row is not an object', '该行格式不正确')]));
        return null;
      }
      const unit = units.get(codeOf(row.unit));
      if (!unit) own.push(problemAt('unit', `No unit "${shown(row.unit)}"`, `单位「${shown(row.unit)}」不存在`));
      const indicator = indicators.get(codeOf(row.indicator).toUpperCase());
      if (!indicator) own.push(problemAt('indicator', `No indicator "${shown(row.indicator)}"`, `指标「${shown(row.indicator)}」不存在`));
      const periodKind = row.periodKind ?? 'month';
      const periodNumber =
        periodKind === 'year' && (row.periodNumber === undefined || row.periodNumber === null || row.periodNumber === '')
          ? 1
          : row.periodNumber;
      own.push(
        ...valueProblems({
          indicatorKind: indicator ? indicator.kind : 'base-item',
          year: row.year,
          periodKind,
          periodNumber,
          value: row.value,
          exclusion: row.exclusion,
          exclusionReason: row.exclusionReason,
        })
      );
      const key = JSON.stringify([unit?.id, indicator?.id, numberOf(row.year), periodKind, numberOf(periodNumber)]);
      if (unit && indicator && seen.has(key))
        own.push(problemAt([], 'The same unit, indicator and period appear twice', '同一单位、指标和期间重复出现'));
      seen.add(key);
      problems.push(...atRow(rowNumber(i), own));
      if (own.length > 0) return null;
      return { unitId: unit!.id, indicatorId: indicator!.id, year: Number(row.year), periodKind, periodNumber: Number(periodNumber), row };
    });
    if (problems.length > 0) throw new InvalidError(problems, { code: 'rows-invalid' });

    const counts = { created: 0, updated: 0, unchanged: 0 };
    const write = <T>(work: () => Promise<T>) => (options.trusted ? asServer(work) : work());
    // Written unit by unit in ascending id: each unit's threshold check takes that unit's lock
    // (held to the commit on PostgreSQL), so two imports touching the same units take their locks
    // in the same order and never wait on each other in a cycle.
    const byUnit = [...planned.entries()].sort(([, a], [, b]) => a!.unitId - b!.unitId);
    await strapi.db.transaction(async () => {
      for (const [i, item] of byUnit) {
        const plan = item!;
        const exclusion = plan.row.exclusion === undefined || plan.row.exclusion === '' ? null : plan.row.exclusion;
        const data: Record<string, unknown> = {
          value: plan.row.value,
          exclusion,
          exclusionReason: plan.row.exclusionReason ?? null,
          source: options.source,
        };
        try {
          const existing = await strapi.db.query(INDICATOR_VALUE_UID).findOne({
            where: {
              ownerUnit: { id: plan.unitId },
              indicator: { id: plan.indicatorId },
              year: plan.year,
              periodKind: plan.periodKind,
              periodNumber: plan.periodNumber,
            },
            select: ['documentId', 'value', 'exclusion'],
          });
          if (existing) {
            const same = Number(existing.value) === Number(plan.row.value) && Number(existing.exclusion ?? 0) === Number(exclusion ?? 0);
            if (same) {
              counts.unchanged += 1;
              continue;
            }
            await write(() => strapi.documents(INDICATOR_VALUE_UID as any).update({ documentId: existing.documentId, data: data as any }));
            counts.updated += 1;
          } else {
            await write(() =>
              strapi.documents(INDICATOR_VALUE_UID as any).create({
                data: {
                  ...data,
                  indicator: plan.indicatorId,
                  year: plan.year,
                  periodKind: plan.periodKind,
                  periodNumber: plan.periodNumber,
                  ownerUnit: plan.unitId,
                } as any,
              })
            );
            counts.created += 1;
          }
        } catch (error) {
          if (isDomainError(error)) {
            const Refusal = error.kind === 'conflict' ? ConflictError : InvalidError;
            throw new Refusal(atRow(rowNumber(i), error.problems), { code: error.kind === 'conflict' ? error.code : 'rows-invalid' });
          }
          if ((error as any)?.name === 'PolicyError' || (error as any)?.name === 'ValidationError') {
            const message = (error as Error).message;
            throw new InvalidError(atRow(rowNumber(i), [problemAt([], message, message)]), { code: 'rows-invalid' });
          }
          throw error;
        }
      }
    });
    return counts;
  },
});

export default imports;
