/**
 * When a demand may close as "bought outside the group" (issue 3, DESIGN capability 3): if the
 * current catalogue lists a "must" or "priority" entry for the demand's category, only with an
 * approved exemption request.
 */

/** Supplier classes that oblige a unit to buy internally unless exempted. */
export const RESTRICTING_CLASSES = ['must', 'priority'] as const;

export interface CatalogueEntryFacts {
  entryType: string;
  subCategory?: string | null;
  supplierClass: string;
  name?: string | null;
}

export interface DemandFacts {
  category?: string | null;
  subCategory?: string | null;
}

/**
 * The entries that cover a demand's category: same entry type as its category and, when the
 * demand names a sub-category, the same sub-category.
 */
export const restrictingEntries = (demand: DemandFacts, entries: CatalogueEntryFacts[]): CatalogueEntryFacts[] => {
  if (!demand.category) return [];
  return entries.filter(
    (entry) =>
      (RESTRICTING_CLASSES as readonly string[]).includes(entry.supplierClass) &&
      entry.entryType === demand.category &&
      (!demand.subCategory || entry.subCategory === demand.subCategory)
  );
};

export type ExternalCloseDecision = { ok: true } | { ok: false; entries: CatalogueEntryFacts[] };

export const decideExternalClose = (
  demand: DemandFacts,
  entries: CatalogueEntryFacts[],
  hasApprovedExemption: boolean
): ExternalCloseDecision => {
  const covering = restrictingEntries(demand, entries);
  if (covering.length === 0 || hasApprovedExemption) return { ok: true };
  return { ok: false, entries: covering };
};

/**
 * When matching recorded a "must" entry for the demand (issue 4), buying outside needs an
 * approved exemption that names that very entry; an exemption for something else does not do.
 */
export const mustEntryExempted = (mustEntryId: number | null, exemptedEntryIds: number[]): boolean =>
  mustEntryId === null || exemptedEntryIds.includes(mustEntryId);
