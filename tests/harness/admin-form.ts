/**
 * The body the content manager's edit view sends on save: every attribute it loaded, except the
 * server's own; every relation the user did not touch as `{ connect: [], disconnect: [] }` — in
 * components and dynamic zones too, where it keeps each entry's `id` (the content manager's
 * prepareRelations does the same to the record it loads) — and the changes the user made.
 */
import type { Core } from '@strapi/strapi';

const SYSTEM = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'status'];
const UNTOUCHED = () => ({ connect: [], disconnect: [] });

type Attributes = Record<string, any>;

const formEntry = (strapi: Core.Strapi, attributes: Attributes, loaded: Record<string, any>, system: string[]) => {
  const body: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (system.includes(name) || attribute.private) continue;
    if (attribute.type === 'relation') body[name] = UNTOUCHED();
    else if (!(name in loaded)) continue;
    else if (attribute.type === 'component' && loaded[name]) {
      const entry = (item: any) => ({
        ...(item.id !== undefined ? { id: item.id } : {}),
        ...formEntry(strapi, strapi.components[attribute.component as keyof typeof strapi.components].attributes as Attributes, item, [
          'id',
        ]),
      });
      body[name] = attribute.repeatable ? (loaded[name] as any[]).map(entry) : entry(loaded[name]);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(loaded[name])) {
      body[name] = loaded[name].map((item: any) => ({
        __component: item.__component,
        id: item.id,
        ...formEntry(strapi, strapi.components[item.__component as keyof typeof strapi.components].attributes as Attributes, item, [
          'id',
          '__component',
        ]),
      }));
    } else body[name] = loaded[name];
  }
  return body;
};

export const editViewBody = (strapi: Core.Strapi, uid: string, loaded: Record<string, any>, change: Record<string, unknown> = {}) => ({
  ...formEntry(strapi, strapi.getModel(uid as any).attributes as Attributes, loaded, SYSTEM),
  ...change,
});
