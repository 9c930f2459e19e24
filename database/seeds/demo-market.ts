/**
 * Seeds the demo marketplace on top of the demo group: resources at several stages and two
 * exemption requests (one approved, one pending), two tenders (demo-tenders.ts), taken there
 * through the workflow engine so their history is real, and the intranet articles, published.
 * Idempotent by title.
 */
import type { Core } from '@strapi/strapi';
import { seedDemoTenders } from './demo-tenders';
import { DEMO_ARTICLES, DEMO_EXEMPTIONS, DEMO_RESOURCES, type DemoPath } from './demo-market-data';
import { ARTICLE_UID, DEMAND_UID, EXEMPTION_UID, RESOURCE_UID } from '../../src/kernel/uids';

const DAY_MS = 24 * 3600 * 1000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

const takePath = async (strapi: Core.Strapi, uid: string, documentId: string, path: DemoPath, userIds: Map<string, number>) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  for (const [action, username, comment] of path) {
    await workflow.transition(uid, documentId, action, comment ?? null, await scope.forUser(userIds.get(username)!));
  }
};

const seedResources = async (strapi: Core.Strapi, unitIds: Map<string, number>, userIds: Map<string, number>) => {
  for (const resource of DEMO_RESOURCES) {
    if (await strapi.db.query(RESOURCE_UID).findOne({ where: { title: resource.title }, select: ['id'] })) continue;
    const { unit, path, availableInDays, availableForDays, ...fields } = resource;
    const created = await strapi.documents(RESOURCE_UID).create({
      data: {
        ...fields,
        availableFrom: dateIn(availableInDays),
        availableTo: dateIn(availableInDays + availableForDays),
        ownerUnit: { set: [{ id: unitIds.get(unit)! }] },
      } as any,
    });
    await takePath(strapi, RESOURCE_UID, created.documentId, path, userIds);
  }
};

const seedExemptions = async (strapi: Core.Strapi, userIds: Map<string, number>) => {
  for (const exemption of DEMO_EXEMPTIONS) {
    const demand = await strapi.db.query(DEMAND_UID).findOne({ where: { title: exemption.demand }, select: ['id', 'documentId'] });
    if (!demand) continue;
    if (await strapi.db.query(EXEMPTION_UID).findOne({ where: { demand: { id: demand.id }, reason: exemption.reason }, select: ['id'] }))
      continue;
    const { path, demand: _title, ...fields } = exemption;
    // The exemption belongs to the demand's unit; the rules middleware sets it from the demand.
    const created = await strapi.documents(EXEMPTION_UID).create({ data: { ...fields, demand: demand.documentId } as any });
    await takePath(strapi, EXEMPTION_UID, created.documentId, path, userIds);
  }
};

const seedArticles = async (strapi: Core.Strapi) => {
  for (const article of DEMO_ARTICLES) {
    if (await strapi.db.query(ARTICLE_UID).findOne({ where: { title: article.title }, select: ['id'] })) continue;
    const { daysAgo, ...fields } = article;
    await strapi.documents(ARTICLE_UID).create({ data: { ...fields, publishedDate: dateIn(-daysAgo) } as any, status: 'published' });
  }
};

export const seedDemoMarket = async (strapi: Core.Strapi, unitIds: Map<string, number>, userIds: Map<string, number>) => {
  await seedResources(strapi, unitIds, userIds);
  await seedExemptions(strapi, userIds);
  await seedDemoTenders(strapi, unitIds, userIds);
  await seedArticles(strapi);
};
