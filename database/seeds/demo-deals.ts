/**
 * Demo deals on top of the demo group: two signed projects between units of different segments,
 * benefit records confirmed by both sides, one open dispute with HQ as mediator (the parties are
 * in different segments), and admitted internal suppliers rated by their buyer's evaluations.
 * Every state is reached through the workflow engine as the demo user who would act, so the
 * history is real. Idempotent: what exists (by title, period, subject, unit and category) stays.
 */
import type { Core } from '@strapi/strapi';
import {
  BENEFIT_UID,
  DEMAND_UID,
  DISPUTE_UID,
  EVALUATION_UID,
  ORG_UNIT_UID,
  PROJECT_UID,
  SUPPLIER_UID,
  USER_UID,
} from '../../src/kernel/uids';

type Step = [action: string, username: string, comment?: string];

const PROJECTS = [
  {
    title: '电煤铁海联运协同项目',
    demand: '燃煤长协运输服务',
    buyer: 'POWER',
    suppliers: ['LOGISTICS'],
    pricingBasis: 'market',
    contractAmount: 42000000,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    milestones: [
      { name: '签订年度运输合同', dueDate: '2026-01-10', done: true },
      { name: '上半年运量对账', dueDate: '2026-07-15', done: true },
      { name: '全年结算', dueDate: '2026-12-31', done: false },
    ],
    path: [['sign', 'power.reporter']] as Step[],
    benefits: [
      {
        period: '2026-Q1',
        amount: 1260000,
        kind: 'cost-saving',
        by: 'power.reporter',
        shares: [
          ['POWER', 70],
          ['LOGISTICS', 30],
        ],
        confirmBy: 'logistics.reporter',
      },
      {
        period: '2026-Q2',
        amount: 1380000,
        kind: 'cost-saving',
        by: 'logistics.reporter',
        shares: [
          ['POWER', 70],
          ['LOGISTICS', 30],
        ],
        confirmBy: 'power.reporter',
      },
    ],
    evaluation: { supplier: 'LOGISTICS', quality: 5, delivery: 4, service: 4, comment: '运力保障及时，二季度有两船次延误。' },
  },
  {
    title: '变电站智能巡检机器人试点项目',
    demand: '智能巡检机器人试点',
    buyer: 'POWER',
    suppliers: ['SMART'],
    pricingBasis: 'negotiated',
    contractAmount: 1800000,
    startDate: '2026-02-01',
    endDate: '2026-08-31',
    milestones: [
      { name: '设备到货', dueDate: '2026-03-15', done: true },
      { name: '试运行验收', dueDate: '2026-08-31', done: true },
    ],
    path: [
      ['sign', 'power.reporter'],
      ['complete', 'power.reporter'],
    ] as Step[],
    benefits: [
      {
        period: '2026-H1',
        amount: 420000,
        kind: 'revenue',
        by: 'smart.reporter',
        shares: [
          ['POWER', 40],
          ['SMART', 60],
        ],
        confirmBy: 'power.reporter',
      },
    ],
    evaluation: { supplier: 'SMART', quality: 4, delivery: 5, service: 4, comment: '算法识别率达标，现场响应快。' },
  },
];

const DISPUTES = [
  {
    project: '电煤铁海联运协同项目',
    subject: '二季度滞期费结算分歧',
    by: 'logistics.reporter',
    unit: 'LOGISTICS',
    description: '钦州港压港产生的滞期费由哪一方承担，双方理解不一致。',
  },
];

const SUPPLIERS = [
  { unit: 'LOGISTICS', entryType: 'service', subCategory: '物流运输', supplierClass: 'must', description: '铁路、海运及多式联运服务。' },
  { unit: 'SMART', entryType: 'product', subCategory: '智能装备', supplierClass: 'priority', description: '巡检机器人、智能运维平台。' },
  { unit: 'TESTING', entryType: 'service', subCategory: '检测认证', supplierClass: 'encouraged', description: '光伏、风电设备检测认证。' },
];

export const seedDemoDeals = async (strapi: Core.Strapi) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const unitId = async (code: string) => (await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code }, select: ['id'] })).id as number;
  const actorOf = async (username: string) => {
    const user = await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] });
    return scope.forUser(user.id);
  };
  const run = async (uid: string, documentId: string, steps: Step[]) => {
    for (const [action, username, comment] of steps)
      await workflow.transition(uid, documentId, action, comment ?? null, await actorOf(username));
  };

  for (const spec of SUPPLIERS) {
    const owner = await unitId(spec.unit);
    if (await strapi.db.query(SUPPLIER_UID).findOne({ where: { ownerUnit: { id: owner }, subCategory: spec.subCategory }, select: ['id'] }))
      continue;
    const { unit, ...fields } = spec;
    const created = await strapi.documents(SUPPLIER_UID).create({ data: { ...fields, ownerUnit: { set: [{ id: owner }] } } as any });
    await run(SUPPLIER_UID, created.documentId, [['admit', 'hq.admin', '资质审核通过，纳入内部供应商名录。']]);
  }

  for (const spec of PROJECTS) {
    let project = await strapi.db.query(PROJECT_UID).findOne({ where: { title: spec.title }, select: ['id', 'documentId'] });
    if (!project) {
      const demand = await strapi.db.query(DEMAND_UID).findOne({ where: { title: spec.demand }, select: ['id'] });
      project = await strapi.documents(PROJECT_UID).create({
        data: {
          title: spec.title,
          pricingBasis: spec.pricingBasis,
          contractAmount: spec.contractAmount,
          startDate: spec.startDate,
          endDate: spec.endDate,
          milestones: spec.milestones,
          demand: demand?.id,
          ownerUnit: { set: [{ id: await unitId(spec.buyer) }] },
          supplierUnits: { set: await Promise.all(spec.suppliers.map(async (code) => ({ id: await unitId(code) }))) },
        } as any,
      });
      await run(PROJECT_UID, project!.documentId, spec.path);
    }
    for (const benefit of spec.benefits) {
      if (await strapi.db.query(BENEFIT_UID).findOne({ where: { project: { id: project!.id }, period: benefit.period }, select: ['id'] }))
        continue;
      const recorder = await actorOf(benefit.by);
      const created = await strapi.documents(BENEFIT_UID).create({
        data: {
          project: project!.id,
          period: benefit.period,
          amount: benefit.amount,
          kind: benefit.kind,
          shares: await Promise.all(benefit.shares.map(async ([code, percent]) => ({ unit: await unitId(code as string), percent }))),
          ownerUnit: { set: [{ id: recorder.unit!.id }] },
        } as any,
      });
      await run(BENEFIT_UID, created.documentId, [
        ['submit', benefit.by],
        ['confirm', benefit.confirmBy],
      ]);
    }
    const evaluation = spec.evaluation;
    const supplierUnit = await unitId(evaluation.supplier);
    if (
      !(await strapi.db
        .query(EVALUATION_UID)
        .findOne({ where: { project: { id: project!.id }, supplierUnit: { id: supplierUnit } }, select: ['id'] }))
    ) {
      const { supplier, ...scores } = evaluation;
      await strapi.documents(EVALUATION_UID).create({
        data: { ...scores, project: project!.id, supplierUnit, ownerUnit: { set: [{ id: await unitId(spec.buyer) }] } } as any,
      });
    }
  }

  for (const spec of DISPUTES) {
    if (await strapi.db.query(DISPUTE_UID).findOne({ where: { subject: spec.subject }, select: ['id'] })) continue;
    const project = await strapi.db.query(PROJECT_UID).findOne({ where: { title: spec.project }, select: ['id'] });
    await strapi.documents(DISPUTE_UID).create({
      data: {
        project: project.id,
        subject: spec.subject,
        description: spec.description,
        ownerUnit: { set: [{ id: await unitId(spec.unit) }] },
      } as any,
    });
  }
};
