/** Fixtures of the marketplace tests: resources and exemption requests put straight into a state. */
import type { Core } from '@strapi/strapi';
import { forceStatus, type Group } from './group';

export const RESOURCE = 'api::synergy-resource.synergy-resource';
export const EXEMPTION = 'api::exemption-request.exemption-request';
export const ARTICLE = 'api::article.article';

export const JUSTIFICATION = '集团内部供应单位本年度产能已满，无法在需求日期前交付，申请外部采购。';

const putInState = async (strapi: Core.Strapi, uid: string, record: { documentId: string }, status: string) => {
  if (status !== 'draft') await forceStatus(strapi, uid, record.documentId, status);
  return record.documentId;
};

export const makeResource = async (
  strapi: Core.Strapi,
  group: Group,
  unit: string,
  status = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created = await strapi.documents(RESOURCE as any).create({
    data: {
      title: `${unit} ${status} 资源`,
      description: '闲置仓储设施',
      resourceType: 'tangible-physical',
      availableFrom: '2027-01-01',
      ownerUnit: { set: [{ id: group.units[unit].id }] },
      ...fields,
    } as any,
  });
  return putInState(strapi, RESOURCE, created as any, status);
};

export const makeExemption = async (
  strapi: Core.Strapi,
  demandDocumentId: string,
  status = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created = await strapi.documents(EXEMPTION as any).create({
    data: { demand: demandDocumentId, reason: 'internal-cannot-supply', justification: JUSTIFICATION, ...fields } as any,
  });
  return putInState(strapi, EXEMPTION, created as any, status);
};
