/**
 * The matching engine without Strapi: an index over offers and the ranking of one demand
 * against it. The index service feeds it from the database; the labelled-set test and the
 * benchmark feed it directly.
 */
import { Bm25Index } from './bm25';
import { expandQuery, DEFAULT_GROUPS, type NearTermGroups, type QueryTerm } from './dictionary';
import { scoreOffer } from './scoring';
import type { Candidate, DemandFacts, MatchingConfig, Offer } from './types';

export interface Ranking {
  /** The best `limit` candidates, best first. */
  candidates: Candidate[];
  /** How many offers matched at all. */
  total: number;
  /** The best "must" catalogue entry whose coverage reaches the threshold, if any. */
  mustEntry: Candidate | null;
}

/** What a reviewer reads: the words found, a near-term as the dictionary word it came from. */
const describeTerms = (matched: QueryTerm[]): string[] => [...new Set(matched.map((term) => term.via ?? term.text))];

const compareCandidates = (a: Candidate, b: Candidate) =>
  b.score - a.score || b.reasons.textScore - a.reasons.textScore || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);

export class MatchingEngine {
  private readonly index: Bm25Index;
  private readonly offers: Offer[] = [];

  constructor(private readonly config: MatchingConfig, private readonly groups: NearTermGroups = DEFAULT_GROUPS) {
    this.index = new Bm25Index({ k1: config.k1, b: config.b });
  }

  get size(): number {
    return this.offers.length;
  }

  add(offer: Offer) {
    // The title says what the offer is; counting it twice weighs it above the description.
    this.index.add(`${offer.title} ${offer.title} ${offer.description} ${offer.subCategory ?? ''}`);
    this.offers.push(offer);
  }

  rank(demand: DemandFacts, limit: number): Ranking {
    const query = expandQuery(`${demand.title} ${demand.description ?? ''} ${demand.subCategory ?? ''}`, this.config, this.groups);
    const hits = this.index
      .search(query)
      .filter((hit) => {
        const unit = this.offers[hit.doc].supplierUnit;
        return !(demand.ownerUnitId && unit && unit.id === demand.ownerUnitId);
      });
    const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
    const candidates = hits.map((hit): Candidate => {
      const offer = this.offers[hit.doc];
      const parts = scoreOffer(demand, offer, best > 0 ? hit.score / best : 0, this.config);
      return {
        kind: offer.kind,
        documentId: offer.documentId,
        title: offer.title,
        supplierUnit: offer.supplierUnit,
        score: Number(parts.score.toFixed(4)),
        reasons: {
          matchedTerms: describeTerms(hit.matched).slice(0, 12),
          category: parts.category,
          region: parts.region,
          supplierClass: offer.supplierClass,
          rating: offer.rating,
          textScore: Number(parts.textScore.toFixed(4)),
          coverage: Number(hit.coverage.toFixed(4)),
        },
      };
    });
    candidates.sort(compareCandidates);
    const mustEntry =
      candidates.find(
        (c) => c.kind === 'catalogue-entry' && c.reasons.supplierClass === 'must' && c.reasons.coverage >= this.config.mustThreshold
      ) ?? null;
    return { candidates: candidates.slice(0, limit), total: candidates.length, mustEntry };
  }
}
