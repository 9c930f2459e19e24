/**
 * The matching service: keeps an in-memory index of the offers, checks before each match with one
 * small query whether the database changed (on this or any other instance) and rebuilds when it
 * did, then ranks a demand against it.
 */
import type { Core } from '@strapi/strapi';
import { MatchingEngine, type Ranking } from './engine';
import { loadOffers, offersFingerprint, type Edition } from './load-offers';
import type { DemandFacts, MatchingConfig } from './types';

interface BuiltIndex {
  fingerprint: string;
  engine: MatchingEngine;
  edition: Edition | null;
  /** Database ids of the indexed catalogue entries, by documentId (what a relation needs). */
  entryIds: Map<string, number>;
}

const createMatchingService = ({ strapi }: { strapi: Core.Strapi }) => {
  let built: BuiltIndex | null = null;
  let building: Promise<BuiltIndex> | null = null;

  const config = () => strapi.config.get('plugin::synergy.matching') as MatchingConfig;

  const build = async (fingerprint: string): Promise<BuiltIndex> => {
    const { edition, offers } = await loadOffers(strapi);
    const engine = new MatchingEngine(config());
    const entryIds = new Map<string, number>();
    for (const offer of offers) {
      engine.add(offer);
      if (offer.kind === 'catalogue-entry') entryIds.set(offer.documentId, offer.id);
    }
    return { fingerprint, engine, edition, entryIds };
  };

  /** The index as of now; concurrent callers share one rebuild. */
  const current = async (): Promise<BuiltIndex> => {
    const fingerprint = await offersFingerprint(strapi);
    if (built && built.fingerprint === fingerprint) return built;
    if (!building) {
      building = build(fingerprint).finally(() => {
        building = null;
      });
    }
    built = await building;
    return built;
  };

  return {
    /** Ranks the offers for a demand; `mustEntryId` is the database id of a binding "must" entry. */
    async match(demand: DemandFacts, limit: number): Promise<Ranking & { edition: Edition | null; mustEntryId: number | null }> {
      const index = await current();
      const ranking = index.engine.rank(demand, limit);
      const mustEntryId = ranking.mustEntry ? index.entryIds.get(ranking.mustEntry.documentId) ?? null : null;
      return { ...ranking, edition: index.edition, mustEntryId };
    },
  };
};

export default createMatchingService;
