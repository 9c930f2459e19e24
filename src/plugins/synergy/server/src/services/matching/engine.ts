/**
 * The matching engine without Strapi: an index over offers and the ranking of one demand
 * against it. The index service feeds it from the database; the labelled-set test and the
 * benchmark feed it directly.
 */
import { Bm25Index } from './bm25';
import { expandQuery, DEFAULT_GROUPS, type NearTermGroups, type QueryTerm } from './dictionary';
import { scoreOffer, type ScoreParts } from './scoring';
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

interface Scored {
  doc: number;
  parts: ScoreParts;
}

export class MatchingEngine {
  private readonly index: Bm25Index;
  private readonly offers: Offer[] = [];
  /** Supplier unit id by document position (0: none), read for every hit. */
  private readonly unitIds: number[] = [];
  /** 1 for a "must" catalogue entry, by document position. */
  private readonly mustEntries: number[] = [];

  constructor(
    private readonly config: MatchingConfig,
    private readonly groups: NearTermGroups = DEFAULT_GROUPS
  ) {
    this.index = new Bm25Index({ k1: config.k1, b: config.b });
  }

  get size(): number {
    return this.offers.length;
  }

  add(offer: Offer) {
    // The title says what the offer is; counting it twice weighs it above the description.
    this.index.add(`${offer.title} ${offer.title} ${offer.description} ${offer.subCategory ?? ''}`);
    this.offers.push(offer);
    this.unitIds.push(offer.supplierUnit?.id ?? 0);
    this.mustEntries.push(offer.kind === 'catalogue-entry' && offer.supplierClass === 'must' ? 1 : 0);
  }

  rank(demand: DemandFacts, limit: number): Ranking {
    const query = expandQuery(`${demand.title} ${demand.description ?? ''} ${demand.subCategory ?? ''}`, this.config, this.groups);
    const text = this.index.search(query);
    const docs = demand.ownerUnitId ? text.docs.filter((doc) => this.unitIds[doc] !== demand.ownerUnitId) : text.docs;
    let best = 0;
    for (const doc of docs) if (text.score[doc] > best) best = text.score[doc];
    const relative = (doc: number) => (best > 0 ? text.score[doc] / best : 0);
    const { weights } = this.config;
    const totalWeight = weights.text + weights.category + weights.region + weights.supplierClass + weights.rating;
    // The most the non-text parts can add: an offer whose text alone cannot lift it past the
    // current last place is skipped without scoring (most hits of a common word are).
    const restMax =
      weights.category * Math.max(...Object.values(this.config.categoryFit)) +
      weights.region * Math.max(...Object.values(this.config.regionFit)) +
      weights.supplierClass * Math.max(...Object.values(this.config.classValue)) +
      weights.rating;
    /** The raw text score below which an offer cannot reach `score`, whatever its other parts. */
    const rawNeededFor = (score: number) =>
      weights.text > 0 && best > 0
        ? ((score * totalWeight - restMax) / weights.text) * best
        : score * totalWeight > restMax
          ? Infinity
          : -Infinity;
    const top: Scored[] = [];
    let must: Scored | null = null;
    const ahead = (a: Scored, b: Scored) =>
      a.parts.score - b.parts.score ||
      a.parts.textScore - b.parts.textScore ||
      (this.offers[a.doc].documentId < this.offers[b.doc].documentId ? 1 : -1);
    const score = (doc: number): Scored => ({ doc, parts: scoreOffer(demand, this.offers[doc], relative(doc), this.config) });
    let topNeeds = -Infinity;
    let mustNeeds = -Infinity;
    const consider = (scored: Scored) => {
      if (limit <= 0 || (top.length >= limit && ahead(scored, top[top.length - 1]) <= 0)) return;
      let at = top.length;
      while (at > 0 && ahead(scored, top[at - 1]) > 0) at -= 1;
      top.splice(at, 0, scored);
      if (top.length > limit) top.pop();
      if (top.length === limit) topNeeds = rawNeededFor(top[top.length - 1].parts.score);
    };
    // Seed the list with the best texts so the bound bites from the start.
    const seeds: number[] = [];
    for (const doc of docs) {
      if (seeds.length === limit && text.score[doc] <= text.score[seeds[limit - 1]]) continue;
      let at = seeds.length;
      while (at > 0 && text.score[doc] > text.score[seeds[at - 1]]) at -= 1;
      seeds.splice(at, 0, doc);
      if (seeds.length > limit) seeds.pop();
    }
    seeds.forEach((doc) => consider(score(doc)));
    const seeded = new Set(seeds);
    const { mustThreshold } = this.config;
    for (const doc of docs) {
      const raw = text.score[doc];
      const mayBind = this.mustEntries[doc] === 1 && text.coverage[doc] >= mustThreshold && raw >= mustNeeds;
      const mayEnterTop = raw >= topNeeds && !seeded.has(doc);
      if (!mayEnterTop && !mayBind) continue;
      const scored = score(doc);
      if (mayBind && (!must || ahead(scored, must) > 0)) {
        must = scored;
        mustNeeds = rawNeededFor(scored.parts.score);
      }
      if (mayEnterTop) consider(scored);
    }
    for (const doc of seeds) {
      if (this.mustEntries[doc] !== 1 || text.coverage[doc] < mustThreshold) continue;
      const scored = score(doc);
      if (!must || ahead(scored, must) > 0) must = scored;
    }
    const candidate = ({ doc, parts }: Scored): Candidate => {
      const offer = this.offers[doc];
      return {
        kind: offer.kind,
        documentId: offer.documentId,
        title: offer.title,
        supplierUnit: offer.supplierUnit,
        score: Number(parts.score.toFixed(4)),
        reasons: {
          matchedTerms: describeTerms(this.index.matchedTerms(query, doc)).slice(0, 12),
          category: parts.category,
          region: parts.region,
          supplierClass: offer.supplierClass,
          rating: offer.rating,
          textScore: Number(parts.textScore.toFixed(4)),
          coverage: Number(text.coverage[doc].toFixed(4)),
        },
      };
    };
    return { candidates: top.map(candidate), total: docs.length, mustEntry: must ? candidate(must) : null };
  }
}
