/**
 * Document Service middleware for supplier evaluations, every door: only the buying unit of a
 * signed project evaluates, one of the project's supplier units, once per project and supplier;
 * an evaluation is a fact and is not edited or deleted afterwards. Each new evaluation recomputes
 * the rating of the supplier unit's internal-supplier entries (see rules/rating.ts), in its transaction.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SIGNED_STATES, projectOf } from '../../synergy-project/queries/parties';
import { supplierRating } from '../rules/rating';
import { EVALUATION_UID, SUPPLIER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { loadUnit, ownerAfterWrite, singleRef } from '../../../kernel/relations';

const supplierEvaluationGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const recomputeRating = async (unitId: number) => {
    const evaluations = await strapi.db.query(EVALUATION_UID).findMany({
      where: { supplierUnit: { id: unitId } },
      select: ['quality', 'delivery', 'service', 'createdAt'],
    });
    const rating = supplierRating(
      evaluations.map((e: any) => ({ quality: e.quality, delivery: e.delivery, service: e.service, at: e.createdAt })),
      new Date()
    );
    const suppliers = await strapi.db.query(SUPPLIER_UID).findMany({ where: { ownerUnit: { id: unitId } }, select: ['id', 'documentId'] });
    for (const supplier of suppliers) {
      await strapi.db.query(SUPPLIER_UID).update({ where: { id: supplier.id }, data: { rating } });
      await strapi.plugin('synergy').service('scope-keys').refresh(SUPPLIER_UID, supplier.documentId);
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== EVALUATION_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const scope = await currentScope(strapi);
    if (context.action !== 'create') {
      if (scope.door === 'internal') return next();
      throw new errors.ValidationError('An evaluation cannot be changed once given (评价提交后不可修改或删除)');
    }
    const params = context.params ?? {};
    const data = params.data ?? {};
    const project = await projectOf(strapi, data.project);
    if (!SIGNED_STATES.includes(project.state)) {
      throw new errors.ValidationError('Suppliers are evaluated on signed projects only (只能评价已签约项目的供应商)');
    }
    const owner = await ownerAfterWrite(strapi, EVALUATION_UID, params);
    if (!owner || owner.id !== project.buyer?.id) {
      throw new errors.PolicyError("Only the project's buying unit evaluates its suppliers (只有项目需方可以评价供应商)");
    }
    const ref = singleRef(data.supplierUnit);
    const supplier = ref ? await loadUnit(strapi, ref) : null;
    if (!supplier || !project.suppliers.some((s) => s.id === supplier.id)) {
      throw new errors.ValidationError('supplierUnit must be a supplier unit of the project (被评价单位须为项目供方)');
    }
    const earlier = await strapi.db
      .query(EVALUATION_UID)
      .count({ where: { project: { id: project.id }, supplierUnit: { id: supplier.id } } });
    if (earlier > 0) throw new errors.ValidationError('This supplier is already evaluated for this project (该供方在本项目已评价)');
    return strapi.db.transaction(async () => {
      const result = await next();
      await recomputeRating(supplier.id);
      return result;
    });
  };
};

export default supplierEvaluationGuard;
