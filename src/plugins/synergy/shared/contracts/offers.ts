/**
 * What the matching engine ranks, and where it comes from: the app's matching module loads the
 * offers from its types and registers the loader (matching.useOfferLoader); the plugin keeps the
 * index and the engine.
 */
import type { CandidateKind, SupplierClass, SupplierUnit } from './index';

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

/** The catalogue edition the offers come from. */
export interface OfferEdition {
  id: number;
  documentId: string;
  code: string;
}

export interface LoadedOffers {
  edition: OfferEdition | null;
  /** With their database ids: a binding "must" entry is linked by id. */
  offers: (Offer & { id: number })[];
}

export interface OfferLoader {
  /** Every offer the index holds now, set-based. */
  load(): Promise<LoadedOffers>;
  /**
   * A cheap value that changes whenever load() would answer differently (on this or another
   * instance); the index is rebuilt when it does. Runs inside the caller's transaction, if any.
   */
  fingerprint(): Promise<string>;
}
