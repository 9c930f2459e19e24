/**
 * Demo tenders (seed 001, 3.2.2 ②): one that invited the catalogue's supplier and awarded it, one
 * that invited only outside firms and waits for the segment's approval (a to-do of
 * energy.manager). Taken through the workflow engine; idempotent by title.
 */
import type { Core } from '@strapi/strapi';
import { DEMAND_UID, ENTRY_UID, TENDER_UID } from '../../src/kernel/uids';
import type { DemoPath } from './demo-market-data';

interface DemoTender {
  title: string;
  /** Title of the demo demand, name of the published catalogue entry tendered. */
  demand: string;
  entry: string;
  invited: string[];
  outsideInvitees?: string;
  justification?: string;
  bidders?: string[];
  awardedSupplier?: string;
  path: DemoPath;
}

export const DEMO_TENDERS: DemoTender[] = [
  {
    title: '变电站智能巡检机器人采购招标',
    demand: '智能巡检机器人试点',
    entry: '智能巡检机器人',
    invited: ['SMART'],
    outsideInvitees: '北京某智能装备有限公司；上海某机器人科技有限公司',
    bidders: ['SMART'],
    awardedSupplier: 'SMART',
    path: [
      ['launch', 'power.reporter'],
      ['award', 'power.reporter'],
    ],
  },
  {
    title: '2027年度电煤公路运输招标',
    demand: '燃煤长协运输服务',
    entry: '大宗物资公路运输',
    invited: [],
    outsideInvitees: '内蒙古某物流有限公司；河北某运输集团',
    justification: '运输线路为内蒙古至天津港的专线，集团物流公司在该线路无自有运力，拟仅邀请沿线具备资质的外部承运商参与招标。',
    path: [['submit', 'power.reporter']],
  },
];

export const seedDemoTenders = async (strapi: Core.Strapi, unitIds: Map<string, number>, userIds: Map<string, number>) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const units = (codes: string[] = []) => codes.map((code) => unitIds.get(code)!);
  for (const tender of DEMO_TENDERS) {
    if (await strapi.db.query(TENDER_UID).findOne({ where: { title: tender.title }, select: ['id'] })) continue;
    const demand = await strapi.db.query(DEMAND_UID).findOne({ where: { title: tender.demand }, select: ['documentId'] });
    const entry = await strapi.db
      .query(ENTRY_UID)
      .findOne({ where: { name: tender.entry, state: 'published' }, orderBy: { id: 'asc' }, select: ['documentId'] });
    if (!demand || !entry) continue;
    const { path, demand: _demand, entry: _entry, invited, bidders, awardedSupplier, ...fields } = tender;
    // The tender belongs to the demand's unit; the rules middleware sets it from the demand.
    const created = await strapi.documents(TENDER_UID).create({
      data: {
        ...fields,
        demand: demand.documentId,
        catalogueEntry: entry.documentId,
        invitedSuppliers: units(invited),
        bidders: units(bidders),
        awardedSupplier: awardedSupplier ? unitIds.get(awardedSupplier) : null,
      } as any,
    });
    for (const [action, username, comment] of path) {
      await workflow.transition(TENDER_UID, created.documentId, action, comment ?? null, await scope.forUser(userIds.get(username)!));
    }
  }
};
