/**
 * Drops relation values that change nothing (`{ connect: [], disconnect: [] }`) from create and
 * update data, also inside components and dynamic zones, before any rule reads the data. The
 * admin edit view sends one for every relation the user left alone; every rule below
 * (owner unit, assigning unit, links to other units' records, required relations) then sees
 * "not sent" instead of "emptied" — one place for the whole class, whatever the type.
 */
import type { Core } from '@strapi/strapi';
import { isUntouchedRelation } from '../utils/relation-refs';

const WRITES = new Set(['create', 'update', 'clone']);

type AttributesOf = (uid: string) => Record<string, any> | undefined;

export const withoutUntouchedRelations = (uid: string, data: Record<string, any>, attributesOf: AttributesOf): Record<string, any> => {
  const attributes = attributesOf(uid);
  if (!attributes) return data;
  const next: Record<string, any> = { ...data };
  for (const [name, attribute] of Object.entries<any>(attributes)) {
    const value = next[name];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'relation' && isUntouchedRelation(value)) {
      delete next[name];
    } else if (attribute.type === 'component' && typeof value === 'object') {
      const clean = (item: unknown) =>
        item && typeof item === 'object' && !Array.isArray(item)
          ? withoutUntouchedRelations(attribute.component, item as Record<string, any>, attributesOf)
          : item;
      next[name] = Array.isArray(value) ? value.map(clean) : clean(value);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      next[name] = value.map((item: any) =>
        item && typeof item === 'object' && typeof item.__component === 'string'
          ? withoutUntouchedRelations(item.__component, item, attributesOf)
          : item
      );
    }
  }
  return next;
};

const untouchedRelations = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf: AttributesOf = (uid) => (strapi.getModel(uid as any) as any)?.attributes;
  return async (context: any, next: () => Promise<any>) => {
    if (!WRITES.has(context.action)) return next();
    const data = context.params?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return next();
    context.params = { ...context.params, data: withoutUntouchedRelations(context.uid, data, attributesOf) };
    return next();
  };
};

export default untouchedRelations;
