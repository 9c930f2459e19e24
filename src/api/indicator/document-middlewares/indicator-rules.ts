/**
 * Document Service middleware for the indicator library, every door: a formula parses, names known
 * codes, divides by no literal zero and forms no cycle; a computed indicator names its source;
 * applicable levels are org levels; a band's bounds are in order; an indicator another formula
 * names is neither renamed nor deleted; one with reported values is neither deleted nor changes kind.
 */
import type { Core } from '@strapi/strapi';
import { ORG_LEVELS, InvalidError, problemAt, type Problem } from '../../../plugins/synergy/public';
import { INDICATOR_UID, INDICATOR_VALUE_UID } from '../../../kernel/uids';
import { refuseProblems } from '../../../kernel/writes';
import { formulaProblems, parseFormula, referencedCodes, type LibraryEntry } from '../rules/formula';

const num = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));

export const definitionProblems = (entry: Record<string, any>, library: LibraryEntry[]): Problem[] => {
  const problems = formulaProblems({ code: entry.code, kind: entry.kind, formula: entry.formula }, library);
  if (entry.kind !== 'formula' && entry.formula) {
    problems.push(problemAt('formula', 'Only a formula indicator has a formula', '只有公式指标填写计算公式'));
  }
  if (entry.kind === 'computed' && !entry.computedSource) {
    problems.push(problemAt('computedSource', 'A computed indicator names what it is computed from', '系统计算指标须选择计算来源'));
  }
  if (entry.kind !== 'computed' && entry.computedSource) {
    problems.push(problemAt('computedSource', 'Only a computed indicator has a source', '只有系统计算指标选择计算来源'));
  }
  const levels = entry.levels;
  if (
    levels !== null &&
    levels !== undefined &&
    (!Array.isArray(levels) || levels.some((l) => !(ORG_LEVELS as readonly string[]).includes(l)))
  ) {
    problems.push(
      problemAt(
        'levels',
        `Applicable levels are a list of: ${ORG_LEVELS.join(', ')}`,
        `适用层级须为以下取值的列表：${ORG_LEVELS.join('、')}`
      )
    );
  }
  const low = num(entry.bandLow);
  const high = num(entry.bandHigh);
  if (low !== null && high !== null && low > high) {
    problems.push(problemAt('bandHigh', 'The band upper bound is below its lower bound', '区间上限不能小于下限'));
  }
  if (entry.direction === 'within-band' && low === null && high === null) {
    problems.push(problemAt('bandLow', 'A within-band indicator needs a bound', '区间型指标须填写区间上限或下限'));
  }
  return problems;
};

const namedBy = (code: string, library: LibraryEntry[]) =>
  library.filter((entry) => {
    if (entry.kind !== 'formula' || !entry.formula || entry.code === code) return false;
    try {
      return referencedCodes(parseFormula(entry.formula)).includes(code);
    } catch {
      return false;
    }
  });

const indicatorRules = ({ strapi }: { strapi: Core.Strapi }) => {
  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== INDICATOR_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const before = params.documentId ? await strapi.db.query(INDICATOR_UID).findOne({ where: { documentId: params.documentId } }) : null;
    const library: LibraryEntry[] = (await strapi.db.query(INDICATOR_UID).findMany({ select: ['code', 'kind', 'formula'] })).filter(
      (entry: LibraryEntry) => entry.code !== before?.code
    );
    const data = (params.data ?? {}) as Record<string, any>;
    const users = before ? namedBy(before.code, library) : [];
    const renamed = context.action === 'update' && 'code' in data && data.code !== before?.code;
    if (before && users.length > 0 && (context.action === 'delete' || renamed)) {
      const names = users.map((u) => u.code).join(', ');
      throw new InvalidError([
        problemAt(
          'code',
          `Formulas use ${before.code} (${names}): it cannot be ${renamed ? 'renamed' : 'deleted'}`,
          `公式指标 ${names} 引用了 ${before.code}，不能${renamed ? '修改编码' : '删除'}`
        ),
      ]);
    }
    const reported = before ? await strapi.db.query(INDICATOR_VALUE_UID).count({ where: { indicator: { id: before.id } } }) : 0;
    if (reported > 0 && (context.action === 'delete' || ('kind' in data && data.kind !== before.kind))) {
      throw new InvalidError([
        problemAt(
          'kind',
          `Units reported ${reported} values of ${before.code}: it can be neither deleted nor made a ${data.kind ?? 'another kind'}`,
          `各单位已填报 ${before.code} 的 ${reported} 条数据，不能删除或改变指标类型`
        ),
      ]);
    }
    if (context.action === 'delete') return next();
    if (typeof data.code === 'string') data.code = data.code.trim().toUpperCase();
    if (typeof data.formula === 'string') data.formula = data.formula.trim() || null;
    const merged = { kind: 'base-item', direction: 'higher-better', ...(before ?? {}), ...data };
    refuseProblems(definitionProblems(merged, library));
    return next();
  };
};

export default indicatorRules;
