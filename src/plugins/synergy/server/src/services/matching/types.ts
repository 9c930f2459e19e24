/** Shapes of the matching engine: what is indexed, what a demand brings, what a candidate says. */

import type { CandidateKind, CategoryFit, RegionFit, SupplierClass, SupplierUnit } from '../../../../shared/contracts';

// A candidate is answered in the API's shapes: one definition, in the shared contracts.
export type { Candidate, CandidateKind, CategoryFit, Reasons, RegionFit, SupplierClass, SupplierUnit } from '../../../../shared/contracts';

/** A catalogue entry or a resource, as the index holds it. */
export interface Offer {
  kind: CandidateKind;
  documentId: string;
  title: string;
  description: string;
  /** Entry type of a catalogue entry; resources answer demands of category "resource". */
  category: string | null;
  /** Sub-category of an entry, resource type of a resource. */
  subCategory: string | null;
  /** Regions an entry covers; a resource's one region. Empty when not said. */
  regions: string[];
  supplierClass: SupplierClass | null;
  supplierUnit: SupplierUnit | null;
  /** Rating (0–ratingScale) of the supplier unit as an internal supplier, if it has one. */
  rating: number | null;
}

export interface DemandFacts {
  title: string;
  description?: string | null;
  category?: string | null;
  subCategory?: string | null;
  region?: string | null;
  ownerUnitId?: number | null;
}

export interface MatchingConfig {
  k1: number;
  b: number;
  bigramWeight: number;
  synonymWeight: number;
  /** Weights of the parts of a score; they need not add up to 1 (the score is divided by their sum). */
  weights: { text: number; category: number; region: number; supplierClass: number; rating: number };
  categoryFit: Record<CategoryFit, number>;
  regionFit: Record<RegionFit, number>;
  classValue: Record<SupplierClass | 'none', number>;
  ratingScale: number;
  /** Coverage from which a "must" entry binds the demand. */
  mustThreshold: number;
}
