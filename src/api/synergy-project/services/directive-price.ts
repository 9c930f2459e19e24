/**
 * The directive price of a project (定价方式：指令), set by the parties' lowest common superior —
 * a segment manager, a company above its own departments, or HQ — who does not own the project
 * and so cannot edit it: this is its one write on it, recorded in the project's history.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { commonSuperiorId } from '../rules/project';
import { PROJECT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const MAX_PRICE = 99_999_999.99;

const createDirectivePrice = ({ strapi }: { strapi: Core.Strapi }) => ({
  async set(documentId: string, price: unknown) {
    if (typeof price !== 'number' || !Number.isFinite(price) || price < 0 || price > MAX_PRICE) {
      throw new errors.ValidationError('price must be a number from 0 to 99,999,999.99 (指令价格须为0至99,999,999.99之间的数字)');
    }
    const scope = await currentScope(strapi);
    const readFilter = strapi.plugin('synergy').service('scope').readFilter(scope, PROJECT_UID);
    const project = await strapi.db.query(PROJECT_UID).findOne({
      where: readFilter ? { $and: [{ documentId }, readFilter] } : { documentId },
      populate: { ownerUnit: { select: ['id', 'path'] }, supplierUnits: { select: ['id', 'path'] } },
    });
    if (!project) throw new errors.NotFoundError('Project not found (项目不存在或无权查看)');
    if (project.state !== 'draft') {
      throw new errors.ValidationError('A directive price is set before the project is signed (指令价格须在项目签署前设置)');
    }
    const superior = commonSuperiorId([project.ownerUnit.path, ...project.supplierUnits.map((u: { path: string }) => u.path)]);
    const isSuperior = scope.unit?.id === superior && scope.role !== 'employee' && scope.role !== null;
    if (scope.role !== 'hq' && !isSuperior) {
      throw new errors.PolicyError('Only the common superior or HQ sets a directive price (仅共同上级单位或集团总部可以指令定价)');
    }
    const now = new Date();
    await strapi.db.transaction(async () => {
      await strapi.db.query(PROJECT_UID).update({
        where: { id: project.id },
        data: { pricingBasis: 'directive', directivePrice: price, directivePriceSetBy: superior, updatedAt: now },
      });
      await strapi
        .plugin('synergy')
        .service('workflow')
        .recordHistory([
          {
            uid: PROJECT_UID,
            documentId,
            action: 'set-directive-price',
            from: project.state,
            to: project.state,
            actor: { ...scope.actor, unitId: scope.unit?.id ?? null },
            at: now,
            comment: `指令价格 ${price}`,
          },
        ]);
    });
    return strapi.db.query(PROJECT_UID).findOne({ where: { id: project.id }, populate: { directivePriceSetBy: true } });
  },
});

export default createDirectivePrice;
