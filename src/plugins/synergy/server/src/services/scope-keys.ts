/**
 * The scope key: one indexed column on every owned type that says who may read a row —
 * `public` while its lifecycle state is published group-wide, else `u:<owner unit id>`. The read
 * filter then is a single `scope_key IN (…)`, as cheap as no filter at all, where `owner IN (…)
 * OR state IN (…)` costs four times the whole unscoped query (see bench/scope-list).
 *
 * The key is derived state, so it is only ever written here: after every Document Service write
 * of an owned type (middleware), after every transition (engine), and for all rows at boot.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { runInCurrentTransaction } from '../utils/knex';
import { orgUnitUid } from '../utils/uids';

export const PUBLIC_KEY = 'public';
export const unitKey = (unitId: number | null | undefined) => `u:${unitId ?? 'none'}`;

export const SCOPE_KEY_ATTRIBUTE = {
  type: 'string',
  private: true,
  configurable: false,
  writable: false,
  visible: false,
  default: unitKey(null),
};

const createScopeKeysService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** A row's key as SQL: `public` in a public state, else `u:` and its owner unit's id (from the link table). */
  const keyOf = (uid: string) => {
    const meta: any = strapi.db.metadata.get(uid);
    const link = meta.attributes.ownerUnit.joinTable;
    const knex = strapi.db.connection;
    const owner = knex(link.name)
      .select(knex.raw(`CAST(?? AS VARCHAR(20))`, [`${link.name}.${link.inverseJoinColumn.name}`]))
      .where(`${link.name}.${link.joinColumn.name}`, knex.ref(`${meta.tableName}.id`))
      .limit(1);
    const ownerKey = knex.raw(`? || COALESCE((?), 'none')`, ['u:', owner]);
    const publicStates = getService(strapi, 'workflow').publicStates(uid);
    const key =
      publicStates.length > 0
        ? knex.raw(`CASE WHEN ?? IN (${publicStates.map(() => '?').join(', ')}) THEN ? ELSE (?) END`, [
            `${meta.tableName}.state`,
            ...publicStates,
            PUBLIC_KEY,
            ownerKey,
          ])
        : ownerKey;
    return { table: meta.tableName as string, key };
  };

  return {
    /** Adds the scope key attribute to every owned type (called in register, before the schema sync). */
    addAttribute() {
      for (const contentType of Object.values(strapi.contentTypes) as any[]) {
        const owner = contentType.attributes?.ownerUnit;
        if (owner?.type === 'relation' && owner.target === orgUnitUid(strapi)) {
          contentType.attributes.scopeKey = { ...SCOPE_KEY_ATTRIBUTE };
        }
      }
    },

    /** Recomputes the key of the rows of `uid` matching `documentId` (all rows when omitted), set-based. */
    async refresh(uid: string, documentId?: string) {
      const { table, key } = keyOf(uid);
      const update = strapi.db.connection(table).update({ scope_key: key });
      // For one document, write; for a whole table (boot), write only the rows whose key is off.
      const rows = documentId
        ? update.where('document_id', documentId)
        : update.where((q: any) => q.whereNull('scope_key').orWhere('scope_key', '<>', key));
      await runInCurrentTransaction(strapi, rows);
    },

    /** The keys of these rows (written set-based below the Document Service), in batches, inside the current transaction. */
    async refreshRows(uid: string, ids: number[]) {
      const { table, key } = keyOf(uid);
      for (let start = 0; start < ids.length; start += 500) {
        const rows = strapi.db
          .connection(table)
          .update({ scope_key: key })
          .whereIn('id', ids.slice(start, start + 500));
        await runInCurrentTransaction(strapi, rows);
      }
    },

    /** At boot: every key recomputed (public states may have changed). The index: database/content-type-indexes.ts. */
    async refreshAll() {
      for (const uid of Object.keys(strapi.contentTypes)) {
        if (!getService(strapi, 'scope').isOwned(uid)) continue;
        await this.refresh(uid);
      }
    },

    /** The keys a reader with these units may read; `withPublic` adds what is published group-wide. */
    readableKeys(unitIds: number[], withPublic: boolean): string[] {
      return [...unitIds.map(unitKey), ...(withPublic ? [PUBLIC_KEY] : [])];
    },
  };
};

export default createScopeKeysService;
