/**
 * Sorting through a relation orders the caller's records by values of the related records — and
 * a sort join, unlike a filter or a populate branch, cannot carry the unit scope: a reporter could
 * order its own demands by the title of another unit's hidden draft they link to, and read that
 * title back by trial. So a sort path that passes through a relation to an owned type is refused
 * for a caller whose read scope is not everything. Pure: the schema lookup is passed in.
 */
import type { GetAttributes } from './scope-query';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The attribute paths a Document Service `sort` names, in every shape it accepts. */
export const sortPaths = (sort: unknown): string[][] => {
  if (sort === undefined || sort === null) return [];
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) => part.trim().split(':')[0])
      .filter(Boolean)
      .map((path) => path.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, value]) =>
      isPlainObject(value) || Array.isArray(value) ? sortPaths(value).map((rest) => [key, ...rest]) : [[key]]
    );
  }
  return [];
};

/** The sort paths that reach an owned type through a relation. */
export const scopedSortPaths = (uid: string, sort: unknown, attrsOf: GetAttributes, isOwned: (uid: string) => boolean): string[] =>
  sortPaths(sort)
    .filter((path) => {
      let model = uid;
      for (const segment of path) {
        const attribute = attrsOf(model)?.[segment];
        if (!attribute) return false;
        if (attribute.type === 'relation' && attribute.target) {
          if (isOwned(attribute.target)) return true;
          model = attribute.target;
        } else if (attribute.type === 'component' && attribute.component) {
          model = attribute.component;
        } else {
          return false;
        }
      }
      return false;
    })
    .map((path) => path.join('.'));
