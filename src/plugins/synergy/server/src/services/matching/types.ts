/** Shapes of the matching engine: what is indexed, what a demand brings, what a candidate says. */

import type { CategoryFit, RegionFit, SupplierClass } from '../../../../shared/contracts';

// A candidate is answered in the API's shapes: one definition, in the shared contracts.
export type {
  Candidate,
  CandidateKind,
  CategoryFit,
  MatchBand,
  Offer,
  Reasons,
  RegionFit,
  ScoreFactor,
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
  partWeight: number;
  synonymWeight: number;
  descriptionWeight: number;
  /** Weight of the title's core word (its last meaningful word, the head of the phrase) relative to its other words. */
  coreWeight: number;
  /** Weight of a demand word no offer holds relative to one a single offer holds. */
  unseenWeight: number;
  /** Weights of the parts of a score; they need not add up to 1 (the score is divided by their sum). */
  weights: { text: number; category: number; region: number; supplierClass: number; rating: number };
  categoryFit: Record<CategoryFit, number>;
  regionFit: Record<RegionFit, number>;
  classValue: Record<SupplierClass | 'none', number>;
  ratingScale: number;
  /** Rating value (0–1) of an offer whose unit is not a rated internal supplier. */
  unratedValue: number;
  /** Text scores from which a candidate is a strong or medium match (below: weak). */
  bands: { strong: number; medium: number };
  /** Text score from which a "must" entry binds the demand. */
  mustThreshold: number;
  /** A binding "must" entry's text score is at least this share of the best candidate's: a clearly better answer to the need is another need. */
  mustLead: number;
}
