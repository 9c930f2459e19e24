/**
 * Document Service middleware for supplier class changes, every door: HQ only, of an admitted
 * supplier, append-only; creating one applies the new class to the supplier in the same
 * transaction.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CLASS_CHANGE_UID, SUPPLIER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { singleRef } from '../../../kernel/relations';

const supplierClassChangeGuard =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== CLASS_CHANGE_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const scope = await currentScope(strapi);
    if (context.action !== 'create') {
      if (scope.door === 'internal') return next();
      throw new errors.ValidationError('Class changes are history and cannot be changed (分级调整记录不可修改或删除)');
    }
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError("Only HQ changes a supplier's class (只有集团总部可以调整供应商分级)");
    }
    const data = context.params?.data ?? {};
    const ref = singleRef(data.supplier);
    const supplier = ref
      ? await strapi.db.query(SUPPLIER_UID).findOne({
          where: ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId },
          select: ['id', 'documentId', 'state', 'supplierClass'],
        })
      : null;
    if (!supplier) throw new errors.ValidationError('Name the internal supplier (须指定内部供应商)');
    if (supplier.state !== 'admitted') {
      throw new errors.ValidationError('Only an admitted supplier has a class to change (只能调整已准入供应商的分级)');
    }
    if (supplier.supplierClass === data.toClass) {
      throw new errors.ValidationError('The supplier already has this class (供应商已是该分级)');
    }
    context.params.data = { ...data, fromClass: supplier.supplierClass ?? null };
    return strapi.db.transaction(async () => {
      const result = await next();
      await strapi.db.query(SUPPLIER_UID).update({ where: { id: supplier.id }, data: { supplierClass: data.toClass } });
      await strapi.plugin('synergy').service('scope-keys').refresh(SUPPLIER_UID, supplier.documentId);
      return result;
    });
  };

export default supplierClassChangeGuard;
