/**
 * The admin relation pickers (`GET /content-manager/relations/:model/:targetField`) offer only what
 * the caller may link, so a person is never shown a choice the server then refuses:
 * - `ownerUnit` of an owned type: the units the caller may write (HQ: all); for a type records
 *   are assigned on (`pluginOptions.synergy.assignedBy`, a supervised task), the caller's unit and
 *   the units below it, as the unit-scope middleware checks on save;
 * - a relation to an owned type: records of the units the caller may write, unless the relation
 *   declares `link: 'readable'` (then what the caller reads, which the content manager's own
 *   permission check already applies).
 * The filter joins the query's `filters`, which the content manager ANDs with its own clauses.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { orgUnitUid } from '../utils/uids';

const relationOptions = async (ctx: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { model, targetField } = ctx.params ?? {};
  const attribute: any = (strapi.getModel(model) as any)?.attributes?.[targetField];
  if (!attribute || attribute.type !== 'relation') return true;
  const scopes = getService(strapi, 'scope');
  const scope = await scopes.current();
  if (scope.write === 'all') return true;

  let filter: Record<string, unknown> | null = null;
  // A component's `ownerUnit` (a meeting resolution's responsible unit) names a unit, it does not
  // own a record: only a content type's owner unit is limited to the write scope.
  if (targetField === 'ownerUnit' && attribute.target === orgUnitUid(strapi) && model in strapi.contentTypes && scopes.isOwned(model)) {
    if (scopes.assignerRelation(model) && scope.unit) {
      filter = { path: { $startsWith: scope.unit.path } };
    } else {
      filter = { id: { $in: scope.write.length > 0 ? scope.write : [0] } };
    }
  } else if (scopes.isOwned(attribute.target) && attribute.pluginOptions?.synergy?.link !== 'readable') {
    filter = { ownerUnit: { id: { $in: scope.write.length > 0 ? scope.write : [0] } } };
  }
  if (!filter) return true;

  const query = ctx.request.query ?? {};
  ctx.request.query = { ...query, filters: query.filters ? { $and: [query.filters, filter] } : filter };
  return true;
};

export default relationOptions;
