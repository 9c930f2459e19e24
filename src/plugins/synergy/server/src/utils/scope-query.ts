/**
 * Adds unit scope to every branch of a query that reaches an owned type: `populate` branches
 * and relation `filters`. Pure: the schema lookup and the per-type filter are passed in.
 */
type Filter = Record<string, unknown>;
type Attribute = { type: string; target?: string; component?: string; components?: string[]; private?: boolean };
export type GetAttributes = (uid: string) => Record<string, Attribute> | undefined;
export type FilterFor = (uid: string) => Filter | null;

export const andFilters = (...filters: Array<Filter | null | undefined>): Filter | undefined => {
  const present = filters.filter((f): f is Filter => !!f && Object.keys(f).length > 0);
  if (present.length === 0) return undefined;
  return present.length === 1 ? present[0] : { $and: present };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LOGICAL = new Set(['$and', '$or']);

/** Rewrites `filters` so that conditions on related owned records only see records in scope. */
export const scopeFilters = (uid: string, filters: unknown, attrsOf: GetAttributes, filterFor: FilterFor): unknown => {
  if (Array.isArray(filters)) return filters.map((f) => scopeFilters(uid, f, attrsOf, filterFor));
  if (!isPlainObject(filters)) return filters;
  const attributes = attrsOf(uid) ?? {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = attributes[key];
    if (LOGICAL.has(key) || key === '$not') {
      result[key] = scopeFilters(uid, value, attrsOf, filterFor);
    } else if (attribute?.type === 'relation' && attribute.target) {
      const nested = scopeFilters(attribute.target, value, attrsOf, filterFor) as Filter;
      result[key] = andFilters(isPlainObject(nested) ? nested : null, filterFor(attribute.target)) ?? nested;
    } else if (attribute?.type === 'component' && attribute.component) {
      result[key] = scopeFilters(attribute.component, value, attrsOf, filterFor);
    } else {
      result[key] = value;
    }
  }
  return result;
};

const POPULATABLE = new Set(['relation', 'component', 'dynamiczone', 'media']);

/** Whether any relation reachable from `uid` through populate leads to a type with a filter. */
export const reachesScopedType = (uid: string, attrsOf: GetAttributes, filterFor: FilterFor, seen: Set<string> = new Set()): boolean => {
  if (seen.has(uid)) return false;
  seen.add(uid);
  return Object.values(attrsOf(uid) ?? {}).some((attribute) => {
    const targets =
      attribute.type === 'relation' && attribute.target
        ? [attribute.target]
        : attribute.type === 'component' && attribute.component
          ? [attribute.component]
          : attribute.type === 'dynamiczone'
            ? (attribute.components ?? [])
            : [];
    return targets.some(
      (target) => (attribute.type === 'relation' && filterFor(target) !== null) || reachesScopedType(target, attrsOf, filterFor, seen)
    );
  });
};

/** Turns every populate form ('*', 'a,b.c', ['a'], { a: true }) into the object form. */
const toObjectForm = (uid: string, populate: unknown, attrsOf: GetAttributes): Record<string, unknown> | null => {
  if (populate === '*' || populate === true) {
    const result: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attrsOf(uid) ?? {})) {
      // Private attributes (createdBy, updatedBy, …) are not part of a '*' populate.
      if (POPULATABLE.has(attribute.type) && !attribute.private) result[name] = true;
    }
    return result;
  }
  const paths =
    typeof populate === 'string'
      ? populate.split(',')
      : Array.isArray(populate) && populate.every((p) => typeof p === 'string')
        ? (populate as string[])
        : null;
  if (paths) {
    const result: Record<string, any> = {};
    for (const path of paths.map((p) => p.trim()).filter(Boolean)) {
      const [head, ...rest] = path.split('.');
      if (rest.length === 0) {
        result[head] = result[head] ?? true;
      } else {
        const branch = isPlainObject(result[head]) ? result[head] : {};
        const nested = branch.populate ?? [];
        branch.populate = [...(Array.isArray(nested) ? nested : []), rest.join('.')];
        result[head] = branch;
      }
    }
    return result;
  }
  return isPlainObject(populate) ? populate : null;
};

/** Rewrites `populate` so that every branch whose target is a scoped type carries the scope filter. */
export const scopePopulate = (uid: string, populate: unknown, attrsOf: GetAttributes, filterFor: FilterFor): unknown => {
  if (populate === undefined || populate === null || populate === false) return populate;
  if ((populate === '*' || populate === true) && !reachesScopedType(uid, attrsOf, filterFor)) return populate;
  const objectForm = toObjectForm(uid, populate, attrsOf);
  if (!objectForm) return populate;
  const attributes = attrsOf(uid) ?? {};
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(objectForm)) {
    const attribute = attributes[name];
    if (!attribute || value === false) {
      result[name] = value;
      continue;
    }
    const branch: Record<string, unknown> = isPlainObject(value) ? { ...value } : {};
    if (attribute.type === 'relation' && attribute.target) {
      const target = attribute.target;
      if (branch.populate !== undefined) branch.populate = scopePopulate(target, branch.populate, attrsOf, filterFor);
      const userFilters = branch.filters === undefined ? null : (scopeFilters(target, branch.filters, attrsOf, filterFor) as Filter);
      const filters = andFilters(userFilters, filterFor(target));
      if (filters) branch.filters = filters;
    } else if (attribute.type === 'component' && attribute.component) {
      if (branch.populate !== undefined) {
        branch.populate = scopePopulate(attribute.component, branch.populate, attrsOf, filterFor);
      }
    } else if (attribute.type === 'dynamiczone' && isPlainObject(branch.on)) {
      branch.on = Object.fromEntries(
        Object.entries(branch.on).map(([component, fragment]) => [
          component,
          isPlainObject(fragment) && fragment.populate !== undefined
            ? { ...fragment, populate: scopePopulate(component, fragment.populate, attrsOf, filterFor) }
            : fragment,
        ])
      );
    }
    result[name] = Object.keys(branch).length > 0 ? branch : value === '*' ? '*' : true;
  }
  return result;
};
