/** Tender fixtures: a published catalogue edition naming suppliers of one product, and tenders put into a state. */
import type { Core } from '@strapi/strapi';
import { forceStatus, type Group } from './group';
import { makeEdition, makeEntry } from './catalogue';

export const TENDER = 'api::tender.tender';
export const TENDER_JUSTIFICATION = '目录供方本期检修排期已满，经询价无法按期承接，拟仅邀请集团外单位参与招标。';

/**
 * A published edition whose product 设备检修 (service, sub-category 检修, unless `product` says
 * otherwise) is supplied by CO-B1 and CO-A2; the entry of CO-B1 is the one tendered.
 */
export const makeCatalogueProduct = async (
  strapi: Core.Strapi,
  group: Group,
  code: string,
  product: Record<string, unknown> = { entryType: 'service', subCategory: '检修', supplierClass: 'priority' }
) => {
  const edition = await makeEdition(strapi, code);
  const fields = { entryType: 'service', subCategory: '检修', supplierClass: 'priority', ...product };
  const entry = await makeEntry(strapi, group, 'CO-B1', edition, 'published', { ...fields, name: '设备检修服务' });
  await makeEntry(strapi, group, 'CO-A2', edition, 'published', { ...fields, name: '机组检修' });
  await forceStatus(strapi, 'api::catalogue-edition.catalogue-edition', edition.documentId, 'published');
  return entry;
};

/** A tender of `demand` for `entry`, inviting the given units, put straight into `state`. */
export const makeTender = async (
  strapi: Core.Strapi,
  group: Group,
  demand: string,
  entry: string,
  invited: string[],
  state = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created: any = await strapi.documents(TENDER as any).create({
    data: {
      title: '设备检修服务招标',
      demand,
      catalogueEntry: entry,
      invitedSuppliers: invited.map((unit) => group.units[unit].id),
      ...fields,
    } as any,
  });
  if (state !== 'draft') await forceStatus(strapi, TENDER, created.documentId, state);
  return created.documentId as string;
};
