/**
 * The demo group's annual plan for the current year: HQ's group targets for total profit and
 * operating revenue (万元), decomposed to the four segments, the energy and transport segments'
 * shares decomposed on to their companies (transport's revenue not yet: its gap shows in the
 * tree). The plan stays in target setting, so a demo user can decompose further. Written through
 * the plan service as internal code, the same checks as the API. Idempotent: an existing plan for
 * the year is left alone; the two base items are created only when the library lacks their codes.
 */
import type { Core } from '@strapi/strapi';
import type { Scope } from '../../src/plugins/synergy/public';
import { ANNUAL_PLAN_UID, INDICATOR_UID } from '../../src/kernel/uids';

const BASE_ITEMS = [
  { code: 'TOTAL_PROFIT', name: '利润总额', unit: '万元' },
  { code: 'REVENUE', name: '营业收入', unit: '万元' },
];

const GROUP_TARGETS = { TOTAL_PROFIT: '126800.00', REVENUE: '1586000.00' };

/** [parent, indicator, [child, target]…]: each adds up to its parent's target. */
const DECOMPOSITIONS: Array<[string, string, Array<[string, string]>]> = [
  [
    'GROUP',
    'TOTAL_PROFIT',
    [
      ['SEG-ENERGY', '61200.00'],
      ['SEG-TRANS', '30450.50'],
      ['SEG-FIN', '22149.50'],
      ['SEG-TECH', '13000.00'],
    ],
  ],
  [
    'GROUP',
    'REVENUE',
    [
      ['SEG-ENERGY', '826000.00'],
      ['SEG-TRANS', '412000.00'],
      ['SEG-FIN', '158000.00'],
      ['SEG-TECH', '190000.00'],
    ],
  ],
  [
    'SEG-ENERGY',
    'TOTAL_PROFIT',
    [
      ['POWER', '32600.00'],
      ['NEWENERGY', '19800.00'],
      ['COAL', '8800.00'],
    ],
  ],
  [
    'SEG-ENERGY',
    'REVENUE',
    [
      ['POWER', '418000.00'],
      ['NEWENERGY', '236000.00'],
      ['COAL', '172000.00'],
    ],
  ],
  [
    'SEG-TRANS',
    'TOTAL_PROFIT',
    [
      ['LOGISTICS', '14250.25'],
      ['PORT', '10600.25'],
      ['SHIPPING', '5600.00'],
    ],
  ],
];

const SEED_SCOPE = {
  door: 'internal',
  signedIn: true,
  role: 'hq',
  unit: null,
  read: 'all',
  write: 'all',
  actor: { kind: 'system', id: null, name: 'demo seed' },
} as Scope;

export const seedDemoPlans = async (strapi: Core.Strapi, now = new Date()) => {
  for (const item of BASE_ITEMS) {
    const existing = await strapi.db.query(INDICATOR_UID).findOne({ where: { code: item.code }, select: ['id'] });
    if (!existing)
      await strapi
        .documents(INDICATOR_UID)
        .create({ data: { ...item, kind: 'base-item', direction: 'higher-better', aggregation: 'sum' } as any });
  }
  const year = now.getFullYear();
  if (await strapi.db.query(ANNUAL_PLAN_UID).findOne({ where: { year }, select: ['id'] })) return;
  const plan = await strapi.documents(ANNUAL_PLAN_UID).create({
    data: { year, title: `${year}年度经营计划`, note: '集团下达利润总额、营业收入目标，逐级分解至二级板块和所属企业。' } as any,
  });
  const plans = strapi.service(ANNUAL_PLAN_UID) as any;
  await plans.setGroupTargets(
    plan.documentId,
    { targets: Object.entries(GROUP_TARGETS).map(([indicator, target]) => ({ indicator, target })) },
    SEED_SCOPE
  );
  for (const [parent, indicator, targets] of DECOMPOSITIONS) {
    await plans.decompose(plan.documentId, { parent, indicator, targets: targets.map(([unit, target]) => ({ unit, target })) }, SEED_SCOPE);
  }
};
