/**
 * The ids of the records waiting on a caller, as one SQL subquery over the link tables: each
 * waiting path walked from its end (the caller's unit, the units below it, or the caller itself)
 * back to the records through the link tables' indexes, the paths joined with UNION. A filter on
 * the relation in the query engine's syntax would join every record of the type to its units and
 * scan them; this starts from the few link rows that name the caller.
 */
import type { Core } from '@strapi/strapi';
import { orgUnitUid } from '../../utils/uids';
import type { WaitingPath } from './waiting';

interface LinkStep {
  table: string;
  /** The column holding the id of the record the step starts from. */
  from: string;
  /** The column holding the id of the related record. */
  to: string;
}

/** The link tables a relation path crosses, from `uid`; throws when a field is not a relation with a join table. */
export const linkSteps = (strapi: Core.Strapi, uid: string, path: string): LinkStep[] => {
  const steps: LinkStep[] = [];
  let current = uid;
  for (const field of path.split('.')) {
    const attribute: any = strapi.db.metadata.get(current).attributes[field];
    const join = attribute?.joinTable;
    if (attribute?.type !== 'relation' || !join)
      throw new Error(`To-do inbox: "${path}" of ${uid} is not a relation path with link tables`);
    steps.push({ table: join.name, from: join.joinColumn.name, to: join.inverseJoinColumn.name });
    current = attribute.target;
  }
  return steps;
};

/** A knex subquery of the ids of `uid`'s records that one of `paths` ties to the caller. */
export const waitingIds = (strapi: Core.Strapi, uid: string, paths: WaitingPath[]) => {
  const knex = strapi.db.connection;
  const units = strapi.db.metadata.get(orgUnitUid(strapi)).tableName;
  const selects = paths.map((waiting) => {
    const steps = linkSteps(strapi, uid, waiting.path);
    const last = steps.length - 1;
    // From the end of the path (the link rows naming the caller's unit or the caller) back to the record.
    const query = knex(`${steps[last].table} as l${last}`).select(`l0.${steps[0].from} as id`);
    for (let i = last - 1; i >= 0; i -= 1)
      query.join(`${steps[i].table} as l${i}`, `l${i}.${steps[i].to}`, `l${i + 1}.${steps[i + 1].from}`);
    const end = `l${last}.${steps[last].to}`;
    if ('person' in waiting) return query.where(end, waiting.person);
    const standing = waiting.standing;
    if ('unit' in standing) return query.where(end, standing.unit);
    query.join(`${units} as u`, 'u.id', end);
    if ('below' in standing) return query.where('u.path', 'like', `${standing.below}%`).whereNot('u.id', standing.except);
    return query.where('u.path', 'like', `${standing.within}%`);
  });
  const [first, ...rest] = selects;
  return rest.length > 0 ? first.union(rest) : first;
};
