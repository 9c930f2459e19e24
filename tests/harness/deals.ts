/** Helpers for the deals tests: projects between test units, put straight into a state (test setup is internal code). */
import type { Core } from '@strapi/strapi';
import { forceStatus as toState, type Group } from './group';

export const PROJECT = 'api::synergy-project.synergy-project';
export const BENEFIT = 'api::benefit-record.benefit-record';
export const DISPUTE = 'api::dispute.dispute';
export const SUPPLIER = 'api::internal-supplier.internal-supplier';

/** A project bought by `buyer` from `suppliers`, in `status`. */
export const makeProject = async (
  strapi: Core.Strapi,
  group: Group,
  buyer: string,
  suppliers: string[],
  status = 'active',
  fields: Record<string, unknown> = {}
) => {
  const created = await strapi.documents(PROJECT).create({
    data: {
      title: `${buyer} 采购 ${suppliers.join('+')} 项目`,
      ownerUnit: { set: [{ id: group.units[buyer].id }] },
      supplierUnits: { set: suppliers.map((s) => ({ id: group.units[s].id })) },
      contractAmount: 1000000,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      ...fields,
    } as any,
  });
  if (status !== 'draft') await toState(strapi, PROJECT, created.documentId, status);
  return created.documentId as string;
};

/** A benefit record of `project` recorded by `unit`, shares given as [unit, percent]. */
export const makeBenefit = async (
  strapi: Core.Strapi,
  group: Group,
  project: string,
  unit: string,
  shares: Array<[string, number]>,
  status = 'draft',
  fields: Record<string, unknown> = {}
) => {
  const created = await strapi.documents(BENEFIT).create({
    data: {
      project: { set: [{ documentId: project }] },
      period: '2026-Q1',
      amount: 100000,
      kind: 'cost-saving',
      shares: shares.map(([u, percent]) => ({ unit: group.units[u].id, percent })),
      ownerUnit: { set: [{ id: group.units[unit].id }] },
      ...fields,
    } as any,
  });
  if (status !== 'draft') await toState(strapi, BENEFIT, created.documentId, status);
  return created.documentId as string;
};

export const makeDispute = async (strapi: Core.Strapi, group: Group, project: string, opener: string, status = 'open') => {
  const created = await strapi.documents(DISPUTE).create({
    data: {
      project: { set: [{ documentId: project }] },
      subject: `${opener} 争议`,
      ownerUnit: { set: [{ id: group.units[opener].id }] },
    } as any,
  });
  if (status !== 'open') await toState(strapi, DISPUTE, created.documentId, status);
  return created.documentId as string;
};

export const makeSupplier = async (
  strapi: Core.Strapi,
  group: Group,
  unit: string,
  status = 'applied',
  supplierClass: string | null = null
) => {
  const created = await strapi.documents(SUPPLIER).create({
    data: { entryType: 'service', subCategory: '设备检修', supplierClass, ownerUnit: { set: [{ id: group.units[unit].id }] } } as any,
  });
  if (status !== 'applied') await toState(strapi, SUPPLIER, created.documentId, status);
  return created.documentId as string;
};
