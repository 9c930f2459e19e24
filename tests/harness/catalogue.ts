/** Catalogue fixtures for API tests, made as internal code (below the content API, above the database). */
import type { Core } from '@strapi/strapi';
import { forceStatus, type Group } from './group';

export const EDITION = 'api::catalogue-edition.catalogue-edition';
export const ENTRY = 'api::catalogue-entry.catalogue-entry';

export const makeEdition = async (strapi: Core.Strapi, code: string, status = 'draft') => {
  const year = code.slice(0, 4);
  const created: any = await strapi.documents(EDITION as any).create({
    data: { code, title: `${code} 目录`, validFrom: `${year}-01-01`, validTo: `${year}-12-31` } as any,
  });
  if (status !== 'draft') await forceStatus(strapi, EDITION, created.documentId, status);
  return { id: created.id as number, documentId: created.documentId as string };
};

/** An entry of `unit` in `edition` (created while the edition is a draft), then put into `status`. */
export const makeEntry = async (
  strapi: Core.Strapi,
  group: Group,
  unit: string,
  edition: { id: number },
  status = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created: any = await strapi.documents(ENTRY as any).create({
    data: {
      name: `${unit} ${status} 条目`,
      entryType: 'service',
      supplierClass: 'priority',
      referencePrice: 100,
      priceUnit: '元/次',
      coverageRegions: ['北京'],
      edition: { set: [{ id: edition.id }] },
      ownerUnit: { set: [{ id: group.units[unit].id }] },
      ...fields,
    } as any,
  });
  if (status !== 'draft') await forceStatus(strapi, ENTRY, created.documentId, status);
  return created.documentId as string;
};

export { forceStatus };
