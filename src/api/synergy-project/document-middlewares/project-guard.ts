/**
 * Document Service middleware for synergy projects, every door: supplier units (at least one,
 * never the buyer), dates, and the directive price — set only for pricingBasis "directive", by
 * the common superior of all parties, and only by a member of that unit or HQ.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidError, readRelationChange } from '../../../plugins/synergy/public';
import { commonSuperiorId, projectProblems } from '../rules/project';
import { PROJECT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { loadUnit, ownerAfterWrite, singleRef, unitsOf, type UnitRef } from '../../../kernel/relations';

const DIRECTIVE_FIELDS = ['pricingBasis', 'directivePrice', 'directivePriceSetBy'];

const projectGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const existing = async (documentId?: string) =>
    documentId
      ? strapi.db.query(PROJECT_UID).findOne({
          where: { documentId },
          populate: { supplierUnits: { select: ['id', 'path'] }, directivePriceSetBy: { select: ['id'] } },
        })
      : null;

  /** The supplier units after the write: a set replaces them, connect/disconnect edit them. */
  const suppliersAfter = async (value: unknown, before: UnitRef[]): Promise<UnitRef[]> => {
    if (value === undefined) return before;
    const change = readRelationChange(value);
    const named = await unitsOf(strapi, change.linked);
    const item = value as Record<string, unknown> | null;
    const edits =
      !!item && typeof item === 'object' && !Array.isArray(item) && !('set' in item) && ('connect' in item || 'disconnect' in item);
    if (!edits) return named;
    const removed = await unitsOf(strapi, readRelationChange({ set: (item as any).disconnect ?? [] }).linked);
    const kept = before.filter((u) => !removed.some((r) => r.id === u.id));
    return [...kept, ...named.filter((u) => !kept.some((k) => k.id === u.id))];
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== PROJECT_UID || !['create', 'update'].includes(context.action)) return next();
    const params = context.params ?? {};
    const data = params.data ?? {};
    const before = await existing(params.documentId);
    const buyer = await ownerAfterWrite(strapi, PROJECT_UID, params);
    const suppliers = await suppliersAfter(data.supplierUnits, before?.supplierUnits ?? []);
    const value = (field: string) => (field in data ? data[field] : before?.[field]);

    const problems = projectProblems({
      buyerId: buyer?.id ?? null,
      supplierIds: suppliers.map((u) => u.id),
      startDate: value('startDate'),
      endDate: value('endDate'),
    });
    if (problems.length > 0) throw new InvalidError(problems);

    const setByRef = 'directivePriceSetBy' in data ? singleRef(data.directivePriceSetBy) : before?.directivePriceSetBy;
    const directive = value('pricingBasis') === 'directive';
    const price = value('directivePrice');
    if (!directive && ((price !== null && price !== undefined) || setByRef)) {
      throw new errors.ValidationError('A directive price needs pricingBasis "directive" (仅指令定价可填写指令价格)');
    }
    if (directive && (price === null || price === undefined || !setByRef || !buyer)) {
      throw new errors.ValidationError('Directive pricing needs directivePrice and directivePriceSetBy (指令定价须填写价格和定价单位)');
    }
    if (directive && DIRECTIVE_FIELDS.some((field) => field in data)) {
      const setBy = await loadUnit(strapi, setByRef);
      const superior = commonSuperiorId([buyer!.path, ...suppliers.map((u) => u.path)]);
      if (!setBy || setBy.id !== superior) {
        throw new errors.ValidationError(
          'directivePriceSetBy must be the common superior of buyer and suppliers (定价单位须为各方的共同上级单位)'
        );
      }
      const scope = await currentScope(strapi);
      if (scope.door !== 'internal' && scope.role !== 'hq' && scope.unit?.id !== setBy.id) {
        throw new errors.PolicyError('Only the common superior or HQ sets a directive price (仅共同上级单位或集团总部可以指令定价)');
      }
    }
    return next();
  };
};

export default projectGuard;
