/**
 * Document Service middleware for reads: a string field that holds the documentId of another
 * record (declared in its schema as `pluginOptions.synergy.refersTo: '<uid>'`, or
 * `{ uidField: '<field naming the uid>' }` when the type varies) is answered as null when the
 * caller may not read that record — an id of a hidden record is not to be learnt by reading a
 * record that names it (a meeting's resolutions name the tasks they became). Fields are found in
 * the record, its components and populated relations.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const READS = new Set(['findMany', 'findFirst', 'findOne']);

interface Reference {
  holder: Record<string, any>;
  field: string;
  uid: string;
  documentId: string;
}

const referenceScope = ({ strapi }: { strapi: Core.Strapi }) => {
  const attrsOf = (uid: string) => (strapi.getModel(uid as any) as any)?.attributes as Record<string, any> | undefined;
  const declaresReferences = new Map<string, boolean>();

  /** Whether any record of `uid` (or what it reaches) can hold a reference; cached per uid. */
  const mayHoldReferences = (uid: string, seen = new Set<string>()): boolean => {
    if (declaresReferences.has(uid)) return declaresReferences.get(uid)!;
    if (seen.has(uid)) return false;
    seen.add(uid);
    const found = Object.values(attrsOf(uid) ?? {}).some(
      (a: any) =>
        !!a.pluginOptions?.synergy?.refersTo ||
        (a.type === 'component' && mayHoldReferences(a.component, seen)) ||
        (a.type === 'relation' && a.target && mayHoldReferences(a.target, seen))
    );
    declaresReferences.set(uid, found);
    return found;
  };

  const collect = (uid: string, value: unknown, into: Reference[]) => {
    if (Array.isArray(value)) return value.forEach((item) => collect(uid, item, into));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, any>;
    for (const [name, attribute] of Object.entries<any>(attrsOf(uid) ?? {})) {
      const held = record[name];
      if (held === undefined || held === null) continue;
      const refersTo = attribute.pluginOptions?.synergy?.refersTo;
      if (refersTo && typeof held === 'string') {
        const target = typeof refersTo === 'string' ? refersTo : record[refersTo.uidField];
        if (typeof target === 'string') into.push({ holder: record, field: name, uid: target, documentId: held });
      } else if (attribute.type === 'component') collect(attribute.component, held, into);
      else if (attribute.type === 'relation' && attribute.target) collect(attribute.target, held, into);
    }
  };

  return async (context: any, next: () => Promise<any>) => {
    if (!READS.has(context.action) || !mayHoldReferences(context.uid)) return next();
    const result = await next();
    const references: Reference[] = [];
    collect(context.uid, result, references);
    if (references.length === 0) return result;
    const scopes = getService(strapi, 'scope');
    const scope = await scopes.current();
    if (scope.door === 'internal' || scope.read === 'all') return result;
    const byType = new Map<string, Reference[]>();
    for (const reference of references) byType.set(reference.uid, [...(byType.get(reference.uid) ?? []), reference]);
    for (const [uid, refs] of byType) {
      if (!strapi.getModel(uid as any)) continue;
      const readFilter = scopes.isOwned(uid) ? scopes.readFilter(scope, uid) : null;
      if (!readFilter) continue;
      const ids = [...new Set(refs.map((r) => r.documentId))];
      const readable = new Set(
        (
          await strapi.db
            .query(uid as any)
            .findMany({ where: { $and: [{ documentId: { $in: ids } }, readFilter] }, select: ['documentId'] })
        ).map((r: any) => r.documentId)
      );
      for (const ref of refs) if (!readable.has(ref.documentId)) ref.holder[ref.field] = null;
    }
    return result;
  };
};

export default referenceScope;
