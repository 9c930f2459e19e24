/**
 * Matching fixtures: a published catalogue edition with the entries named, and four demands put
 * into their states below the workflow (matching has never looked at them):
 * laptopA1 (published, CO-A1), coldA2 (docking, CO-A2), draftA1 (draft), closedB1 (closed).
 */
import type { Core } from '@strapi/strapi';
import { makeDemand, type Group } from './group';
import { EDITION, forceStatus, makeEdition, makeEntry } from './catalogue';

const ENTRIES = {
  /** The one entry a laptop-repair demand must buy from. */
  mustB1: { unit: 'CO-B1', fields: { name: '笔记本电脑维修', supplierClass: 'must', description: '上门服务，含配件更换' } },
  encouragedA2: { unit: 'CO-A2', fields: { name: '笔记本电脑维修', supplierClass: 'encouraged', description: '上门服务，含配件更换' } },
  coldB1: {
    unit: 'CO-B1',
    fields: {
      name: '冷库仓储租赁',
      entryType: 'resource',
      resourceKind: 'tangible',
      supplierClass: 'priority',
      description: '冷链库容出租',
    },
  },
} as const;

export type MatchingEntry = keyof typeof ENTRIES;

export const makeMatchingFixtures = async (strapi: Core.Strapi, group: Group, editionCode: string, entryNames: MatchingEntry[]) => {
  const edition = await makeEdition(strapi, editionCode);
  const entries: Partial<Record<MatchingEntry, string>> = {};
  for (const name of entryNames) {
    entries[name] = await makeEntry(strapi, group, ENTRIES[name].unit, edition, 'published', { ...ENTRIES[name].fields });
  }
  await forceStatus(strapi, EDITION, edition.documentId, 'published');
  const demands = {
    laptopA1: await makeDemand(strapi, group, 'CO-A1', 'published', { title: '笔记本电脑维修服务', description: '办公笔记本电脑检修' }),
    coldA2: await makeDemand(strapi, group, 'CO-A2', 'docking', { title: '冷链仓储库容', description: '生鲜冷库', category: 'resource' }),
    draftA1: await makeDemand(strapi, group, 'CO-A1', 'draft', { title: '笔记本电脑维修草稿' }),
    closedB1: await makeDemand(strapi, group, 'CO-B1', 'closed', { title: '笔记本电脑维修已关闭' }),
  };
  return { edition, entries: entries as Record<MatchingEntry, string>, demands };
};
