/**
 * The matching service: keeps an in-memory index of the offers, checks before each match with one
 * small query whether the database changed (on this or any other instance) and rebuilds when it
 * did, then ranks a demand against it. The offers come from the app's loader (useOfferLoader),
 * which knows the types they are kept in.
 */
import type { Core } from '@strapi/strapi';
import { MatchingEngine, type Ranking } from './engine';
import type { OfferEdition, OfferLoader } from '../../../../shared/contracts';
import type { DemandFacts, MatchingConfig } from './types';

export type MatchOutcome = Ranking & { edition: OfferEdition | null; mustEntryId: number | null };

export interface MatchingSnapshot {
  edition: OfferEdition | null;
  match(demand: DemandFacts, limit: number): MatchOutcome;
}

interface BuiltIndex {
  fingerprint: string;
  engine: MatchingEngine;
  edition: OfferEdition | null;
  /** Database ids of the indexed catalogue entries, by documentId (what a relation needs). */
  entryIds: Map<string, number>;
}

const createMatchingService = ({ strapi }: { strapi: Core.Strapi }) => {
  let built: BuiltIndex | null = null;
  let building: Promise<BuiltIndex> | null = null;
  let loader: OfferLoader | null = null;

  const offers = (): OfferLoader => {
    if (!loader) throw new Error("synergy: no offer loader registered (matching.useOfferLoader in the app's register)");
    return loader;
  };

  const config = () => strapi.config.get('plugin::synergy.matching') as MatchingConfig;

  const build = async (fingerprint: string): Promise<BuiltIndex> => {
    const { edition, offers: loaded } = await offers().load();
    const engine = new MatchingEngine(config());
    const entryIds = new Map<string, number>();
    for (const offer of loaded) {
      engine.add(offer);
      if (offer.kind === 'catalogue-entry') entryIds.set(offer.documentId, offer.id);
    }
    return { fingerprint, engine, edition, entryIds };
  };

  /** The index as of now; concurrent callers share one rebuild. */
  const current = async (): Promise<BuiltIndex> => {
    const fingerprint = await offers().fingerprint();
    if (built && built.fingerprint === fingerprint) return built;
    // Inside a transaction (a workflow effect) build without waiting for a shared rebuild started
    // outside: it may be waiting for SQLite's one connection, which this transaction holds. The
    // result is kept: should the transaction roll back, the fingerprint tells on the next match.
    if (strapi.db.inTransaction()) {
      const own = await build(fingerprint);
      if (!building) built = own;
      return own;
    }
    if (!building) {
      building = build(fingerprint).finally(() => {
        building = null;
      });
    }
    built = await building;
    return built;
  };

  const rankWith = (index: BuiltIndex, demand: DemandFacts, limit: number): MatchOutcome => {
    const ranking = index.engine.rank(demand, limit);
    const mustEntryId = ranking.mustEntry ? (index.entryIds.get(ranking.mustEntry.documentId) ?? null) : null;
    return { ...ranking, edition: index.edition, mustEntryId };
  };

  return {
    /** Where the offers come from: the app's matching module, in register. */
    useOfferLoader(offerLoader: OfferLoader) {
      loader = offerLoader;
      built = null;
    },

    /** Ranks the offers for a demand; `mustEntryId` is the database id of a binding "must" entry. */
    async match(demand: DemandFacts, limit: number): Promise<MatchOutcome> {
      return rankWith(await current(), demand, limit);
    },

    /**
     * The index as of now, held for a series of matches (a bulk run): every demand of the series
     * is ranked against the same catalogue edition and offers, even if they change meanwhile.
     */
    async snapshot(): Promise<MatchingSnapshot> {
      const index = await current();
      return { edition: index.edition, match: (demand, limit) => rankWith(index, demand, limit) };
    },
  };
};

export default createMatchingService;
