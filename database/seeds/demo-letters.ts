/**
 * Demo responsibility letters (经营目标责任书) for this year: HQ's template, and a letter for each
 * of four companies, submitted by its reporter, approved by its segment manager (HQ where the
 * segment has none among the demo users) and signed by HQ, all through the workflow engine. 华瀚电力's
 * letter was then revised (profit target raised, weights moved) and signed again, so its
 * versions' diff shows something. The indicators are the library's, found by code or name;
 * base items missing from the library are added, ratios are used only when the library has them.
 * Idempotent: a unit that has its letter for the year is left alone.
 */
import type { Core } from '@strapi/strapi';
import { INDICATOR_UID, LETTER_TEMPLATE_UID, LETTER_UID, ORG_UNIT_UID, USER_UID } from '../../src/kernel/uids';

interface DemoIndicator {
  code: string;
  name: string;
  unit: string;
  /** Base items are added to the library when missing; ratios (formulas) only used when present. */
  base: boolean;
  weight: number;
  rule: 'linear-score' | 'step-score' | 'pass-fail';
}

const INDICATORS: DemoIndicator[] = [
  { code: 'TOTAL_PROFIT', name: '利润总额', unit: '万元', base: true, weight: 30, rule: 'linear-score' },
  { code: 'REVENUE', name: '营业收入', unit: '万元', base: true, weight: 20, rule: 'linear-score' },
  { code: 'ROE', name: '净资产收益率', unit: '%', base: false, weight: 15, rule: 'linear-score' },
  { code: 'OPERATING_CASH_RATIO', name: '营业现金比率', unit: '%', base: false, weight: 10, rule: 'step-score' },
  { code: 'DEBT_ASSET_RATIO', name: '资产负债率', unit: '%', base: false, weight: 10, rule: 'pass-fail' },
  { code: 'RD_EXPENSE', name: '研发经费', unit: '万元', base: true, weight: 15, rule: 'linear-score' },
];

/** Targets per company (万元 or %), by indicator code. */
const TARGETS: Record<string, Record<string, number>> = {
  POWER: { TOTAL_PROFIT: 86000, REVENUE: 520000, ROE: 7.5, OPERATING_CASH_RATIO: 12, DEBT_ASSET_RATIO: 65, RD_EXPENSE: 9800 },
  NEWENERGY: { TOTAL_PROFIT: 42000, REVENUE: 160000, ROE: 8.2, OPERATING_CASH_RATIO: 15, DEBT_ASSET_RATIO: 68, RD_EXPENSE: 5200 },
  LOGISTICS: { TOTAL_PROFIT: 18500, REVENUE: 230000, ROE: 6.1, OPERATING_CASH_RATIO: 8, DEBT_ASSET_RATIO: 60, RD_EXPENSE: 2100 },
  SMART: { TOTAL_PROFIT: 9600, REVENUE: 48000, ROE: 10.5, OPERATING_CASH_RATIO: 11, DEBT_ASSET_RATIO: 55, RD_EXPENSE: 6400 },
};

const LETTERS: Array<{ unit: string; name: string; reporter: string; approver: string; responsible: string }> = [
  { unit: 'POWER', name: '华瀚电力', reporter: 'power.reporter', approver: 'energy.manager', responsible: '郑海波' },
  { unit: 'NEWENERGY', name: '华瀚新能源', reporter: 'newenergy.reporter', approver: 'energy.manager', responsible: '冯雪' },
  { unit: 'LOGISTICS', name: '华瀚物流', reporter: 'logistics.reporter', approver: 'trans.manager', responsible: '褚丽' },
  { unit: 'SMART', name: '华瀚智能', reporter: 'smart.reporter', approver: 'hq.admin', responsible: '朱琳' },
];

const TEMPLATE_NAME = '子企业年度经营目标责任书模板';
const PREAMBLE =
  '为全面完成集团年度经营目标，落实国有资产保值增值责任，集团（甲方）与所属企业（乙方）签订本责任书。' +
  '乙方主要负责人为第一责任人，按月报送指标完成情况；考核以签订生效的版本为准，年度中确需调整的，须说明原因并重新履行审批、签订程序。';

type Library = Array<DemoIndicator & { id: number }>;

/** The demo's indicators as the library holds them (by code or name), base items added when missing. */
const ensureIndicators = async (strapi: Core.Strapi): Promise<Library> => {
  const found: Library = [];
  for (const spec of INDICATORS) {
    const existing = await strapi.db
      .query(INDICATOR_UID)
      .findOne({ where: { $or: [{ code: spec.code }, { name: spec.name }] }, select: ['id'] });
    if (existing) found.push({ ...spec, id: existing.id });
    else if (spec.base) {
      const created = await strapi.documents(INDICATOR_UID).create({
        data: {
          code: spec.code,
          name: spec.name,
          unit: spec.unit,
          kind: 'base-item',
          direction: 'higher-better',
          aggregation: 'sum',
        } as any,
      });
      found.push({ ...spec, id: created.id as number });
    }
  }
  return found;
};

/** The weights of the indicators present, scaled to 100 in hundredths (the rest to the first). */
const weightsOf = (library: Library): number[] => {
  const total = library.reduce((sum, i) => sum + i.weight, 0);
  const hundredths = library.map((i) => Math.floor((i.weight * 10000) / total));
  hundredths[0] += 10000 - hundredths.reduce((a, b) => a + b, 0);
  return hundredths.map((h) => h / 100);
};

const itemsFor = (
  library: Library,
  targets: Record<string, number>,
  changes: Record<string, { target?: number; weight?: number }> = {}
) => {
  const weights = weightsOf(library);
  return library.map((indicator, index) => {
    const target = changes[indicator.code]?.target ?? targets[indicator.code];
    const passFail = indicator.rule === 'pass-fail';
    return {
      indicator: { set: [{ id: indicator.id }] },
      target,
      weight: changes[indicator.code]?.weight ?? weights[index],
      scoringRule: indicator.rule,
      floor: passFail ? null : Math.round(target * 0.8 * 100) / 100,
      ceiling: passFail ? null : target,
      step: indicator.rule === 'step-score' ? Math.round(target * 0.05 * 100) / 100 : null,
    };
  });
};

export const seedDemoLetters = async (strapi: Core.Strapi) => {
  const library = await ensureIndicators(strapi);
  if (library.length === 0) return;
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const unitId = async (code: string) => (await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code }, select: ['id'] })).id as number;
  const actor = async (username: string) =>
    scope.forUser((await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] })).id);
  const year = Number(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

  if (!(await strapi.db.query(LETTER_TEMPLATE_UID).findOne({ where: { name: TEMPLATE_NAME }, select: ['id'] }))) {
    await strapi.documents(LETTER_TEMPLATE_UID).create({
      data: { name: TEMPLATE_NAME, preamble: PREAMBLE, items: itemsFor(library, TARGETS.POWER) } as any,
    });
  }
  const template = await strapi.db.query(LETTER_TEMPLATE_UID).findOne({ where: { name: TEMPLATE_NAME }, select: ['id'] });

  for (const spec of LETTERS) {
    const ownerId = await unitId(spec.unit);
    if (await strapi.db.query(LETTER_UID).findOne({ where: { ownerUnit: { id: ownerId }, year }, select: ['id'] })) continue;
    const letter = await strapi.documents(LETTER_UID).create({
      data: {
        year,
        title: `${year}年度${spec.name}经营目标责任书`,
        template: template?.id,
        responsiblePerson: spec.responsible,
        preamble: PREAMBLE,
        items: itemsFor(library, TARGETS[spec.unit]),
        ownerUnit: { set: [{ id: ownerId }] },
      } as any,
    });
    const sign = async () => {
      await workflow.transition(LETTER_UID, letter.documentId, 'submit', null, await actor(spec.reporter));
      await workflow.transition(LETTER_UID, letter.documentId, 'approve', null, await actor(spec.approver));
      await workflow.transition(LETTER_UID, letter.documentId, 'sign-letter', null, await actor('hq.admin'));
    };
    await sign();
    if (spec.unit !== 'POWER') continue;
    // Mid-year: HQ raised the power company's profit target; weight moved from revenue to profit.
    await workflow.transition(
      LETTER_UID,
      letter.documentId,
      'start-revision',
      '集团年中经营工作会议上调利润总额目标，相应调整指标权重',
      await actor(spec.reporter)
    );
    const weights = weightsOf(library);
    const profit = library.findIndex((i) => i.code === 'TOTAL_PROFIT');
    const revenue = library.findIndex((i) => i.code === 'REVENUE');
    const changes: Record<string, { target?: number; weight?: number }> = {};
    if (profit >= 0) changes.TOTAL_PROFIT = { target: 92000, weight: weights[profit] + (revenue >= 0 ? 5 : 0) };
    if (revenue >= 0 && profit >= 0) changes.REVENUE = { weight: weights[revenue] - 5 };
    await strapi.documents(LETTER_UID).update({
      documentId: letter.documentId,
      data: { items: itemsFor(library, TARGETS.POWER, changes) } as any,
    });
    await sign();
  }
};
