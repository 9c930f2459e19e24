/** Shapes of the matching engine: what is indexed, what a demand brings, what a candidate says. */

export type CandidateKind = 'catalogue-entry' | 'synergy-resource';
export type CategoryFit = 'exact' | 'type' | 'none';
export type RegionFit = 'covered' | 'nationwide' | 'not-covered' | 'unknown';
export type SupplierClass = 'must' | 'priority' | 'encouraged';

export interface SupplierUnit {
  id: number;
  code: string;
  name: string;
}

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

export interface Reasons {
  matchedTerms: string[];
  category: CategoryFit;
  region: RegionFit;
  supplierClass: SupplierClass | null;
  rating: number | null;
  /** Text relevance relative to the best text match of this demand, 0–1. */
  textScore: number;
  /** Share of the demand's own words the offer covers, 0–1 (what the "must" rule reads). */
  coverage: number;
}

export interface Candidate {
  kind: CandidateKind;
  documentId: string;
  title: string;
  supplierUnit: SupplierUnit | null;
  score: number;
  reasons: Reasons;
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
