/** Shapes of the matching engine: what is indexed, what a demand brings, what a candidate says. */

import type { CategoryFit, RegionFit, SupplierClass } from '../../../../shared/contracts';

// A candidate is answered in the API's shapes: one definition, in the shared contracts.
export type {
  Candidate,
  CandidateKind,
  CategoryFit,
  Offer,
  Reasons,
  RegionFit,
  SupplierClass,
  SupplierUnit,
} from '../../../../shared/contracts';

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
