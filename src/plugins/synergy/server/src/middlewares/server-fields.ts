/**
 * Document Service middleware: a field the schema declares `writable: false` is kept by the server
 * (a task's progress and light, a demand's close outcome, a supplier's rating …), so a write from
 * a request never sets it, through either door, also inside components. The content API's input
 * sanitizer already drops such fields; the content manager does not, and Strapi's validator skips
 * them, so through the admin door they were written unchecked (issue 11). The admin edit form
 * sends them back as it loaded them: they are dropped, not refused. Internal writes (the workflow
 * engine's effects, scans, seeds) set them.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'clone']);

type AttributesOf = (uid: string) => Record<string, any> | undefined;

const isObject = (value: unknown): value is Record<string, any> => !!value && typeof value === 'object' && !Array.isArray(value);

/** `data` without the fields its schema (and its components' schemas) declares not writable. */
export const withoutServerFields = (uid: string, data: Record<string, any>, attributesOf: AttributesOf): Record<string, any> => {
  const attributes = attributesOf(uid);
  if (!attributes) return data;
  const next: Record<string, any> = { ...data };
  for (const [name, attribute] of Object.entries<any>(attributes)) {
    if (!(name in next)) continue;
    const value = next[name];
    if (attribute.writable === false) {
      delete next[name];
    } else if (attribute.type === 'component' && value && typeof value === 'object') {
      const clean = (item: unknown) => (isObject(item) ? withoutServerFields(attribute.component, item, attributesOf) : item);
      next[name] = Array.isArray(value) ? value.map(clean) : clean(value);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      next[name] = value.map((item: unknown) =>
        isObject(item) && typeof item.__component === 'string' ? withoutServerFields(item.__component, item, attributesOf) : item
      );
    }
  }
  return next;
};

const serverFields = ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (uid: string) => (strapi.getModel(uid as any) as any)?.attributes;
  return async (context: any, next: () => Promise<any>) => {
    if (!WRITES.has(context.action) || !isObject(context.params?.data)) return next();
    if ((await getService(strapi, 'scope').current()).door === 'internal') return next();
    context.params = { ...context.params, data: withoutServerFields(context.uid, context.params.data, attributesOf) };
    return next();
  };
};

export default serverFields;
