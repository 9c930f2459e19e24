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

/** A tender of the demand, as the external close reads it. */
export interface DemandTender {
  title: string;
  state: string;
  /** The catalogue entry tendered (database id). */
  entryId: number | null;
  /** It invited none of the catalogue's suppliers and went through approval (审批) or filing (备案). */
  approvalNeeded: boolean;
  filedAt: string | Date | null;
  /** A group unit won it. */
  awardedToGroupUnit: boolean;
}

/** States in which a tender is still under way: the demand's outcome is not known yet. */
const TENDER_UNDER_WAY = ['draft', 'submitted', 'approved', 'bidding'];

/**
 * What the demand's tenders say about closing it as bought outside (seed 001, 需方事前管控): a tender
 * still under way, or one a group unit won, stands against it (a conflict with the record, 409);
 * a tender that went through approval or filing for a catalogue entry stands for the exemption of
 * that entry — it is the same control, taken before the tender rather than after.
 */
export const tendersAtExternalClose = (
  tenders: DemandTender[]
): { conflict: { zh: string; en: string } | null; controlledEntryIds: number[] } => {
  const open = tenders.find((tender) => TENDER_UNDER_WAY.includes(tender.state));
  if (open) {
    return {
      conflict: {
        en: `The tender "${open.title}" of this demand is still under way (${open.state}): award or withdraw it first`,
        zh: `该需求的招标「${open.title}」尚未完成，须先定标或撤回`,
      },
      controlledEntryIds: [],
    };
  }
  const internal = tenders.find((tender) => tender.state === 'awarded' && tender.awardedToGroupUnit);
  if (internal) {
    return {
      conflict: {
        en: `The tender "${internal.title}" of this demand was awarded to a group unit: close the demand as supplied inside the group`,
        zh: `该需求的招标「${internal.title}」已由集团内单位中标，应按集团内协同关闭`,
      },
      controlledEntryIds: [],
    };
  }
  const controlledEntryIds = tenders
    .filter((tender) => tender.state === 'awarded' && tender.entryId !== null && (tender.approvalNeeded || tender.filedAt !== null))
    .map((tender) => tender.entryId as number);
  return { conflict: null, controlledEntryIds: [...new Set(controlledEntryIds)] };
};
