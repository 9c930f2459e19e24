/**
 * Document Service middleware for internal suppliers, every door. The class is HQ's decision:
 * set before admission on the application, changed afterwards only by a supplier-class-change
 * record (supplier-class-change/document-middlewares/class-change-guard.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SUPPLIER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const internalSupplierGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== SUPPLIER_UID || !['create', 'update'].includes(context.action)) return next();
    const scope = await currentScope(strapi);
    const data = context.params?.data;
    if (scope.door === 'internal' || !data || !('supplierClass' in data)) return next();
    const before = context.params.documentId
      ? await strapi.db
          .query(SUPPLIER_UID)
          .findOne({ where: { documentId: context.params.documentId }, select: ['state', 'supplierClass'] })
      : null;
    // The admin edit form sends every field back: an unchanged class is no change.
    if (before && (before.supplierClass ?? null) === (data.supplierClass ?? null)) {
      delete data.supplierClass;
      return next();
    }
    if (scope.role !== 'hq') throw new errors.PolicyError("Only HQ sets a supplier's class (只有集团总部可以确定供应商分级)");
    if (before && before.state !== 'applied') {
      throw new errors.ValidationError(
        'Change the class of an admitted supplier with POST /api/supplier-class-changes (已准入供应商的分级须通过分级调整记录变更)'
      );
    }
    return next();
  };

export default internalSupplierGuard;
