/**
 * The inbox as one SQL query: per source and per identity the caller acts as (itself, and the
 * colleagues whose to-dos it holds today), one SELECT of the rows waiting on that identity —
 * the source's rule and the identity's read scope ANDed, as the query engine builds them — all
 * joined with UNION ALL. The page and the count are the same query (ordered and cut, or counted),
 * so the count is the list's length by construction; an item held twice (delegation) is kept once.
 *
 * Columns of every row: source, todo_key, record_id, document_id, due_day (days since 1970-01-01,
 * null when none), since_at (a datetime), via (0: the caller's own; n: its n-th delegation).
 */
import type { Core } from '@strapi/strapi';
import type { TodoContext } from '../../../../shared/contracts/todos';
import type { Scope } from '../scope';
import { getService } from '../../utils/get-service';
import { runInCurrentTransaction } from '../../utils/knex';
import { TRANSITION_UID } from '../../utils/uids';
import type { RegisteredSource } from './registry';
import { allOf, waitingOn } from './waiting';
import { waitingIds } from './waiting-sql';
import { dayNumber, dayOfDate, dayOfDatetime, instant, type Dialect, type SqlPart } from './sql';

/** Whom the inbox is computed for: the caller, or a colleague whose to-dos it holds (`via` > 0). */
export interface Identity {
  scope: Scope;
  context: TodoContext;
  via: number;
  delegation: { documentId: string; delegatorName: string } | null;
}

export interface InboxFilters {
  kinds: string[] | null;
  /** Day number: due on or before. */
  dueBy: number | null;
  overdue: boolean | null;
}

export interface InboxRow {
  source: string;
  todo_key: string;
  record_id: number;
  document_id: string;
  due_day: number | null;
  since_at: unknown;
  via: number;
}

const historyColumns = (strapi: Core.Strapi) => {
  const meta: any = strapi.db.metadata.get(TRANSITION_UID);
  const col = (name: string) => meta.attributes[name].columnName ?? name;
  return {
    table: meta.tableName as string,
    uid: col('targetUid'),
    documentId: col('targetDocumentId'),
    to: col('toState'),
    action: col('action'),
    at: col('at'),
  };
};

const inList = (values: unknown[]) => values.map(() => '?').join(', ');

export const createInboxQuery = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;
  const dialect = (): Dialect => (strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite');

  /** The history row of `uid` that put the record `r` in its current state (the latest into it, among `actions`). */
  const lastEntry = (uid: string, actions: string[] | undefined, select: 'at' | 'action'): SqlPart => {
    const h = historyColumns(strapi);
    const byAction = actions?.length ? ` AND h.${h.action} IN (${inList(actions)})` : '';
    const from = `FROM ${h.table} h WHERE h.${h.documentId} = r.document_id AND h.${h.uid} = ? AND h.${h.to} = r.state${byAction}`;
    return select === 'at'
      ? { sql: `(SELECT MAX(h.${h.at}) ${from})`, bindings: [uid, ...(actions ?? [])] }
      : { sql: `(SELECT h.${h.action} ${from} ORDER BY h.${h.at} DESC, h.id DESC LIMIT 1)`, bindings: [uid, ...(actions ?? [])] };
  };

  const dueOf = ({ source }: RegisteredSource, context: TodoContext, columnOf: (a: string) => string): SqlPart => {
    const due = source.due;
    if (!due) return { sql: 'CAST(NULL AS INTEGER)', bindings: [] };
    if (typeof due === 'function') {
      const date = due(context);
      return date ? { sql: 'CAST(? AS INTEGER)', bindings: [dayNumber(date)] } : { sql: 'CAST(NULL AS INTEGER)', bindings: [] };
    }
    const column = `r.${columnOf(due.attribute)}`;
    return due.type === 'date' ? dayOfDate(dialect(), column) : dayOfDatetime(dialect(), column);
  };

  const sinceOf = ({ source, workflow }: RegisteredSource, context: TodoContext): SqlPart => {
    if (source.since) return instant(dialect(), source.since(context));
    if (!workflow) return { sql: 'r.created_at', bindings: [] };
    const entry = lastEntry(source.uid, source.sinceActions, 'at');
    return { sql: `COALESCE(${entry.sql}, r.created_at)`, bindings: entry.bindings };
  };

  /** The rows of one source waiting on one identity, or null when none can. */
  const arm = (registered: RegisteredSource, identity: Identity, withSince: boolean) => {
    const { source, who } = registered;
    const { context, scope } = identity;
    const scopes = getService(strapi, 'scope');
    // Records waiting on the caller by the workflow's rule: the ids the link tables tie to it.
    const waiting = who ? waitingOn(who, context.caller) : source.waitsOnFilter!(context);
    if (waiting === null) return null;
    const waitingFilter = Array.isArray(waiting)
      ? { id: { $in: waitingIds(strapi, source.uid, waiting) } }
      : waiting === 'every record'
        ? undefined
        : waiting;
    // readFilter: null means every row (HQ); allOf reads null as none.
    const readable = scopes.isOwned(source.uid) ? (scopes.readFilter(scope, source.uid) ?? undefined) : undefined;
    const filter = allOf(
      waitingFilter,
      source.states ? { state: { $in: source.states } } : undefined,
      source.where ? source.where(context) : undefined,
      readable
    );
    if (filter === null) return null;
    const extra = source.whereSql ? source.whereSql(context) : undefined;
    if (extra === null) return null;

    const meta: any = strapi.db.metadata.get(source.uid);
    const columnOf = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
    const ids = strapi.db.queryBuilder(source.uid).select(['id']).where(filter).getKnexQuery();
    const due = dueOf(registered, context, columnOf);
    // The count does not read it: "since" is a correlated lookup per row, the page's order needs it.
    const since = withSince ? sinceOf(registered, context) : { sql: 'CAST(NULL AS INTEGER)', bindings: [] };
    const keyPrefix = `${source.id}:${source.keySuffix ? `${source.keySuffix(context)}:` : ''}`;
    const k = knex();
    const query = k(`${meta.tableName} as r`)
      .select(
        k.raw('CAST(? AS VARCHAR(64)) AS source', [source.id]),
        k.raw(`CAST(? AS VARCHAR(128)) || r.document_id AS todo_key`, [keyPrefix]),
        'r.id as record_id',
        'r.document_id as document_id',
        k.raw(`${due.sql} AS due_day`, due.bindings),
        k.raw(`${since.sql} AS since_at`, since.bindings),
        k.raw('CAST(? AS INTEGER) AS via', [identity.via])
      )
      .whereIn('r.id', ids);
    if (source.enteredBy) {
      const entry = lastEntry(source.uid, undefined, 'action');
      query.whereRaw(`${entry.sql} IN (${inList(source.enteredBy)})`, [...entry.bindings, ...source.enteredBy]);
    }
    if (extra) query.whereRaw(extra.sql, extra.bindings);
    return query;
  };

  /**
   * An arm's SQL depends only on the source, the identity (role, unit, what it reads, the user)
   * and the day — never on the data — so it is compiled once per caller and day: the badge and
   * the home widget ask often, and building the query engine's joins costs more than running them.
   */
  const compiled = new Map<string, SqlPart | null>();
  const armSql = (registered: RegisteredSource, identity: Identity, withSince: boolean): SqlPart | null => {
    const { scope, context } = identity;
    const key = JSON.stringify([
      registered.source.id,
      withSince,
      identity.via,
      context.today,
      scope.role,
      scope.unit?.id,
      scope.unit?.path,
      scope.read,
      scope.signedIn,
      context.caller.userId,
    ]);
    if (!compiled.has(key)) {
      if (compiled.size >= 5000) compiled.clear();
      const query = arm(registered, identity, withSince);
      const native = query?.toSQL();
      compiled.set(key, native ? { sql: native.sql, bindings: [...native.bindings] } : null);
    }
    return compiled.get(key)!;
  };

  /**
   * All rows waiting on the identities, filtered; null when no source can have any. With several
   * identities a key may come twice (a review waiting on the caller and on the colleague it stands
   * in for): the caller's own row, else the first delegation's, is kept.
   */
  const rows = (sources: RegisteredSource[], identities: Identity[], filters: InboxFilters, todayDay: number, withSince: boolean) => {
    const wanted = sources.filter(({ source }) => !filters.kinds || filters.kinds.includes(source.kind));
    const arms = identities
      .flatMap((identity) => wanted.map((s) => armSql(s, identity, withSince)))
      .filter((a): a is SqlPart => a !== null);
    if (arms.length === 0) return null;
    const k = knex();
    const union = () =>
      k.raw(
        `(${arms.map((a) => a.sql).join(' union all ')}) as u`,
        arms.flatMap((a) => a.bindings)
      );
    let all = k.select('u.*').from(union());
    if (identities.length > 1) {
      const ranked = k.select('u.*', k.raw('ROW_NUMBER() OVER (PARTITION BY u.todo_key ORDER BY u.via) AS rn')).from(union());
      all = k.select('d.*').from(ranked.as('d')).where('d.rn', 1);
    }
    const filtered = k.select('f.*').from(all.as('f'));
    if (filters.dueBy !== null) filtered.where('f.due_day', '<=', filters.dueBy);
    if (filters.overdue === true) filtered.where('f.due_day', '<', todayDay);
    if (filters.overdue === false) filtered.where((q: any) => q.whereNull('f.due_day').orWhere('f.due_day', '>=', todayDay));
    return filtered;
  };

  return {
    /**
     * One page, in the inbox's order — the soonest due first (overdue ones are the soonest), then
     * those without a due date; within each, the longest waiting first — and the total of the
     * same rows, counted by the same query (a window over them before the cut). A page past the
     * end has no row to carry the total: it is counted then.
     */
    async page(
      sources: RegisteredSource[],
      identities: Identity[],
      filters: InboxFilters,
      todayDay: number,
      page: { offset: number; limit: number }
    ): Promise<{ rows: InboxRow[]; total: number }> {
      const all = rows(sources, identities, filters, todayDay, true);
      if (!all) return { rows: [], total: 0 };
      const k = knex();
      const query = k
        .select('p.*', k.raw('COUNT(*) OVER () AS total'))
        .from(all.as('p'))
        .orderByRaw('CASE WHEN p.due_day IS NULL THEN 1 ELSE 0 END, p.due_day, p.since_at, p.todo_key')
        .limit(page.limit)
        .offset(page.offset);
      const found = await runInCurrentTransaction<Array<InboxRow & { total: unknown }>>(strapi, query);
      if (found.length === 0) return { rows: [], total: page.offset === 0 ? 0 : await this.count(sources, identities, filters, todayDay) };
      return { rows: found, total: Number(found[0].total) };
    },

    async count(sources: RegisteredSource[], identities: Identity[], filters: InboxFilters, todayDay: number): Promise<number> {
      const all = rows(sources, identities, filters, todayDay, false);
      if (!all) return 0;
      const [row] = await runInCurrentTransaction<any[]>(strapi, knex().count({ n: '*' }).from(all.as('c')));
      return Number(row?.n ?? 0);
    },
  };
};
