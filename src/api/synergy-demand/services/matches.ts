/**
 * Matches of one demand for the caller: the demand is loaded through the caller's read scope
 * (404 outside it), a reporter only matches its own unit's demands (403). Reading matches writes
 * nothing. The binding "must" entry is recorded on the demand for the external-close rule when
 * the demand is published or edited while open, when a catalogue edition is published, in a bulk
 * run, and at an external close that finds it never computed.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { runInCurrentTransaction } from '../../../plugins/synergy/public';
import { OPEN_DEMAND_STATES, MATCHING_ROLES, WORKBENCH_LIST_LIMIT, isOpenDemand } from '../rules/matches';
import { DEMAND_UID } from '../../../kernel/uids';

/** What the engine reads of a demand, and what the must rule compares. */
export const DEMAND_MATCH_FIELDS = ['id', 'documentId', 'title', 'description', 'category', 'subCategory', 'region'];
export const DEMAND_MATCH_POPULATE = { ownerUnit: { select: ['id', 'code', 'name'] }, mustEntry: { select: ['id'] } };

export interface DemandMatchRow {
  id: number;
  documentId: string;
  title: string;
  description?: string | null;
  category?: string | null;
  subCategory?: string | null;
  region?: string | null;
  ownerUnit?: { id: number; code?: string; name?: string } | null;
  mustEntry?: { id: number } | null;
}

/** The demand as the matching engine takes it: its own unit's offers are left out. */
export const demandFacts = (row: DemandMatchRow) => ({ ...row, ownerUnitId: row.ownerUnit?.id ?? null });

const createMatchesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const synergy = () => strapi.plugin('synergy');

  /** The caller, refused unless its role matches demands (employees, API tokens and strangers do not). */
  const matchingCaller = async () => {
    const scope = await synergy().service('scope').current();
    if (scope.door !== 'internal' && !(MATCHING_ROLES as readonly (string | null)[]).includes(scope.role)) {
      throw new errors.PolicyError('Your role does not match demands (当前角色无权进行需求匹配)');
    }
    return scope;
  };

  return {
    /**
     * Writes the outcome of the must rule on a demand: the binding entry (or none) and when it
     * was computed, so an external close can tell "none binds" from "never computed".
     */
    async recordMustEntry(demand: Pick<DemandMatchRow, 'id' | 'mustEntry'>, mustEntryId: number | null, at = new Date()) {
      const changed = (demand.mustEntry?.id ?? null) !== mustEntryId;
      await strapi.db.query(DEMAND_UID as any).update({
        where: { id: demand.id },
        data: { mustEntryCheckedAt: at, ...(changed ? { mustEntry: mustEntryId } : {}) },
      });
    },

    /**
     * The same for many demands at once (a bulk run's batch), set-based: one update of the
     * computed time, and the changed bindings rewritten in the relation's link table (a query-engine
     * relation update per demand costs several statements each).
     */
    async recordMustEntries(demandIds: number[], changes: Array<{ demandId: number; mustEntryId: number | null }>, at = new Date()) {
      if (demandIds.length > 0) {
        await strapi.db.query(DEMAND_UID as any).updateMany({ where: { id: { $in: demandIds } }, data: { mustEntryCheckedAt: at } });
      }
      if (changes.length === 0) return;
      const link = (strapi.db.metadata.get(DEMAND_UID as any) as any).attributes.mustEntry.joinTable;
      const knex = strapi.db.connection;
      const demandColumn = link.joinColumn.name;
      const entryColumn = link.inverseJoinColumn.name;
      await runInCurrentTransaction(
        strapi,
        knex(link.name)
          .whereIn(
            demandColumn,
            changes.map((change) => change.demandId)
          )
          .delete()
      );
      const rows = changes
        .filter((change) => change.mustEntryId !== null)
        .map((change) => ({ [demandColumn]: change.demandId, [entryColumn]: change.mustEntryId }));
      if (rows.length > 0) await runInCurrentTransaction(strapi, knex(link.name).insert(rows));
    },

    /** Computes the must rule for one demand now (internal: publish effect, external close) and records it. */
    async refreshMustEntry(documentId: string): Promise<number | null> {
      const demand: DemandMatchRow | null = await strapi.db.query(DEMAND_UID as any).findOne({
        where: { documentId },
        select: DEMAND_MATCH_FIELDS,
        populate: DEMAND_MATCH_POPULATE,
      });
      if (!demand) return null;
      const { mustEntryId } = await synergy().service('matching').match(demandFacts(demand), 1);
      await this.recordMustEntry(demand, mustEntryId);
      return mustEntryId;
    },

    /**
     * Recomputes the must rule for every open demand against the offers as they are now (a new
     * catalogue edition), set-based; inside the caller's transaction when there is one.
     */
    async refreshOpenDemands(): Promise<{ demands: number; changed: number }> {
      const demands: DemandMatchRow[] = await strapi.db.query(DEMAND_UID as any).findMany({
        where: { state: { $in: OPEN_DEMAND_STATES } },
        select: DEMAND_MATCH_FIELDS,
        populate: DEMAND_MATCH_POPULATE,
      });
      if (demands.length === 0) return { demands: 0, changed: 0 };
      const snapshot = await synergy().service('matching').snapshot();
      const changes: Array<{ demandId: number; mustEntryId: number | null }> = [];
      for (const demand of demands) {
        const { mustEntryId } = snapshot.match(demandFacts(demand), 1);
        if ((demand.mustEntry?.id ?? null) !== mustEntryId) changes.push({ demandId: demand.id, mustEntryId });
      }
      await this.recordMustEntries(
        demands.map((demand) => demand.id),
        changes
      );
      return { demands: demands.length, changed: changes.length };
    },

    /**
     * The ranked offers for a demand; a read, so it writes nothing. `meta.mustEntry` is the binding
     * recorded on the demand (what an external close checks); `meta.mustCandidate` is the "must"
     * entry the rule finds in the offers as they are now, which binds when the demand is next
     * published, edited while open or bulk-matched. A demand that is not open (draft, submitted,
     * withdrawn, closed …) is matched all the same — a reporter sees what the group offers before
     * publishing — and `meta.open` says it is not; bulk runs and the workbench's list take open
     * demands only.
     */
    async forDemand(documentId: string, limit: number) {
      const scope = await matchingCaller();
      const readFilter = synergy().service('scope').readFilter(scope, DEMAND_UID);
      const demand: (DemandMatchRow & { state: string; mustEntry?: { id: number; documentId: string; name: string } | null }) | null =
        await strapi.db.query(DEMAND_UID as any).findOne({
          where: readFilter ? { $and: [{ documentId }, readFilter] } : { documentId },
          select: [...DEMAND_MATCH_FIELDS, 'state'],
          populate: { ...DEMAND_MATCH_POPULATE, mustEntry: { select: ['id', 'documentId', 'name'] } },
        });
      if (!demand) throw new errors.NotFoundError('Demand not found (需求不存在或无权查看)');
      if (scope.role === 'reporter' && (demand.ownerUnit?.id ?? null) !== scope.unit?.id) {
        throw new errors.PolicyError("A reporter matches its own unit's demands only (填报人只能为本单位的需求匹配)");
      }
      const ranking = await synergy().service('matching').match(demandFacts(demand), limit);
      return {
        data: ranking.candidates,
        meta: {
          demand: demand.documentId,
          state: demand.state,
          open: isOpenDemand(demand.state),
          edition: ranking.edition ? { documentId: ranking.edition.documentId, code: ranking.edition.code } : null,
          total: ranking.total,
          mustEntry: demand.mustEntry ? { documentId: demand.mustEntry.documentId, title: demand.mustEntry.name } : null,
          mustCandidate: ranking.mustEntry ? { documentId: ranking.mustEntry.documentId, title: ranking.mustEntry.title } : null,
        },
      };
    },

    /**
     * The open demands the caller may match (the workbench's picker): those it reads, a reporter
     * only its own unit's; newest first, optionally those whose title contains `search`.
     */
    async matchable(search: string) {
      const scope = await matchingCaller();
      const readFilter = synergy().service('scope').readFilter(scope, DEMAND_UID);
      const conditions: Record<string, unknown>[] = [{ state: { $in: OPEN_DEMAND_STATES } }];
      if (readFilter) conditions.push(readFilter);
      if (scope.role === 'reporter') conditions.push({ ownerUnit: { id: scope.unit?.id ?? null } });
      if (search) conditions.push({ title: { $containsi: search } });
      const rows = await strapi.db.query(DEMAND_UID as any).findMany({
        where: { $and: conditions },
        select: ['documentId', 'title', 'state', 'category', 'region', 'neededBy'],
        populate: { ownerUnit: { select: ['code', 'name'] }, mustEntry: { select: ['documentId', 'name'] } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit: WORKBENCH_LIST_LIMIT,
      });
      return rows.map((row: any) => ({
        documentId: row.documentId,
        title: row.title,
        state: row.state,
        category: row.category ?? null,
        region: row.region ?? null,
        neededBy: row.neededBy ?? null,
        ownerUnit: row.ownerUnit ? { code: row.ownerUnit.code, name: row.ownerUnit.name } : null,
        mustEntry: row.mustEntry ? { documentId: row.mustEntry.documentId, name: row.mustEntry.name } : null,
      }));
    },
  };
};

export default createMatchesService;
