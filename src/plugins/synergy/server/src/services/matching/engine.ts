/**
 * The matching engine without Strapi: an index over offers and the ranking of one demand
 * against it. The index service feeds it from the database; the labelled-set test and the
 * benchmark feed it directly.
 */
import { Bm25Index } from './bm25';
import { expandQuery, namedWords, DEFAULT_GROUPS, type Named, type NearTermGroups } from './dictionary';
import { explain } from './reasons';
import { isActionWord, isDomainWord, isSupplyWord, tokenize, words } from './tokenizer';
import { scoreOffer, totalWeight as weightSum, type ScoreParts } from './scoring';
import type { Candidate, DemandFacts, MatchingConfig, Offer } from './types';

export interface Ranking {
  /** The best `limit` candidates, best first. */
  candidates: Candidate[];
  /** How many offers matched at all. */
  total: number;
  /** The "must" catalogue entry that binds the demand (the must rule, see mustBinds), if any. */
  mustEntry: Candidate | null;
}

/**
 * The must rule: a "must" entry binds the demand when it holds the core word of the demand's title
 * (the thing asked for, see `titleCore`; itself or a near-term of it: 检修现场午饭盒饭 binds a meal
 * entry, never a repair entry that shares 检修), its text holds at least `mustThreshold` of the demand's meaning
 * (absolute, so sharing one word is not enough), and it is the demand's best candidate — ranked
 * first, or the best-scoring must entry whose text holds at least `mustLead` of what the best
 * candidate's text holds (a clearly better answer means it serves another need).
 */
export const mustBinds = (mustText: number, bestText: number, config: Pick<MatchingConfig, 'mustThreshold' | 'mustLead'>) =>
  mustText >= config.mustThreshold && mustText >= config.mustLead * bestText;

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
  /**
   * Of a "must" entry, by document position: the domain words of its title (what it offers) and
   * the actions its title names other than supplying (检修 of 手提电脑检修服务), see `holdsNeed`.
   */
  private readonly entryNeeds = new Map<number, { terms: string[]; actions: string[] }>();
  /**
   * By document position: the weighted class and rating part of its score (fixed per offer), and
   * its category and sub-category as numbers. With them an offer's best possible score is known
   * without scoring it, and most hits of a common word are skipped.
   */
  private readonly fixedParts: number[] = [];
  private readonly categoryCodes: number[] = [];
  private readonly subCategoryCodes: number[] = [];
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly config: MatchingConfig,
    private readonly groups: NearTermGroups = DEFAULT_GROUPS
  ) {
    this.index = new Bm25Index({ k1: config.k1, b: config.b, unseenWeight: config.unseenWeight });
  }

  get size(): number {
    return this.offers.length;
  }

  private code(value: string | null | undefined, add: boolean): number {
    if (!value) return -1;
    let code = this.codes.get(value);
    if (code === undefined && add) {
      code = this.codes.size;
      this.codes.set(value, code);
    }
    return code ?? -2;
  }

  add(offer: Offer) {
    // The title says what the offer is; counting it twice weighs it above the description.
    // The sub-category is not indexed: it counts once, as category fit.
    this.index.add(`${offer.title} ${offer.title} ${offer.description}`);
    this.offers.push(offer);
    this.unitIds.push(offer.supplierUnit?.id ?? 0);
    const must = offer.kind === 'catalogue-entry' && offer.supplierClass === 'must';
    this.mustEntries.push(must ? 1 : 0);
    if (must) {
      const terms = [...new Set(words(offer.title))].filter((word) => isDomainWord(word) && !isActionWord(word));
      const actions = [...new Set(tokenize(offer.title).map((term) => term.text))].filter(
        (text) => isActionWord(text) && !isSupplyWord(text)
      );
      this.entryNeeds.set(this.offers.length - 1, { terms, actions });
    }
    const { values } = scoreOffer({ title: '' }, offer, 0, this.config);
    this.fixedParts.push(this.config.weights.supplierClass * values.supplierClass + this.config.weights.rating * values.rating);
    this.categoryCodes.push(this.code(offer.category, true));
    this.subCategoryCodes.push(this.code(offer.subCategory, true));
  }

  rank(demand: DemandFacts, limit: number): Ranking {
    // The demand's sub-category is not searched either: it counts once, as category fit.
    const slots = this.index.slots(expandQuery(demand, this.config, this.groups));
    const text = this.index.searchSlots(slots);
    const { weights, categoryFit, regionFit } = this.config;
    const totalWeight = weightSum(this.config);
    const owner = demand.ownerUnitId ?? null;
    const category = demand.category ? this.code(demand.category, false) : -3;
    const subCategory = demand.subCategory ? this.code(demand.subCategory, false) : -3;
    const regionMax = weights.region * Math.max(...Object.values(regionFit));
    /** The most an offer can score (times the weight sum): all but its region fit known exactly. */
    const upperBound = (doc: number) => {
      const sameType = this.categoryCodes[doc] === category;
      const fit = !sameType ? categoryFit.none : this.subCategoryCodes[doc] === subCategory ? categoryFit.exact : categoryFit.type;
      return weights.text * text.score[doc] + weights.category * fit + this.fixedParts[doc] + regionMax;
    };
    const top: Scored[] = [];
    let must: Scored | null = null;
    let bestText = 0;
    const ahead = (a: Scored, b: Scored) =>
      a.parts.score - b.parts.score ||
      a.parts.textScore - b.parts.textScore ||
      (this.offers[a.doc].documentId < this.offers[b.doc].documentId ? 1 : -1);
    const score = (doc: number): Scored => ({ doc, parts: scoreOffer(demand, this.offers[doc], text.score[doc], this.config) });
    /** Scores (times the weight sum) an offer must reach to enter the list, to bind. */
    let topNeeds = -Infinity;
    let mustNeeds = -Infinity;
    const consider = (scored: Scored) => {
      if (top.length >= limit && ahead(scored, top[top.length - 1]) <= 0) return;
      let at = top.length;
      while (at > 0 && ahead(scored, top[at - 1]) > 0) at -= 1;
      top.splice(at, 0, scored);
      if (top.length > limit) top.pop();
      if (top.length === limit) topNeeds = top[top.length - 1].parts.score * totalWeight;
    };
    let total = 0;
    for (let i = 0; i < text.docs.length; i += 1) {
      const doc = text.docs[i];
      if (owner !== null && this.unitIds[doc] === owner) continue;
      total += 1;
      if (text.score[doc] > bestText) bestText = text.score[doc];
    }
    const mustFloor = Math.max(this.config.mustThreshold, this.config.mustLead * bestText);
    const coreSlot = slots.find((slot) => slot.own.core);
    const actionSlot = slots.find((slot) => slot.own.action);
    /** Whether an offer holds the title's core word, itself or a near-term of it (a title without words has none to hold). */
    let named: Named | null = null;
    /**
     * Whether a must entry holds the need the demand's title names (the must rule, see `mustBinds`):
     * - the action asked for (维修 of 锅炉房屋顶防水维修), itself or a near-term, when the title asks one;
     * - the title's core word, itself or a near-term — or else a domain word of the entry's title
     *   that the demand's title names, itself or through a near-term (资金归集系统接入 names
     *   资金归集; 笔记本故障送修 names 手提电脑 through 笔记本);
     * - and any action the entry's title names other than supplying (检修 of 手提电脑检修服务) is
     *   named by the demand's title, itself, in part or through a near-term: an entry that repairs,
     *   tests or leases a thing is not the need of one who buys it (手提电脑采购).
     * A title without words has no core to hold.
     */
    /** The domain word of a must entry's title that the demand's title names, itself or through a near-term. */
    const namedEntryTerm = (doc: number): string | null => {
      const entry = this.entryNeeds.get(doc);
      if (!entry) return null;
      named ??= namedWords(demand.title, this.groups);
      return entry.terms.find((term) => named!.words.has(term)) ?? null;
    };
    const holdsCore = (doc: number) => {
      if (actionSlot && this.index.found([actionSlot], doc)[0].term === null) return false;
      const entry = this.entryNeeds.get(doc);
      if (entry && entry.actions.length > 0) {
        named ??= namedWords(demand.title, this.groups);
        if (!entry.actions.some((action) => named!.terms.has(action))) return false;
      }
      if (!coreSlot || this.index.found([coreSlot], doc)[0].term !== null) return true;
      return namedEntryTerm(doc) !== null;
    };
    const visit = (doc: number) => {
      const mayBind = this.mustEntries[doc] === 1 && text.score[doc] >= mustFloor && holdsCore(doc);
      if (limit <= 0 && !mayBind) return;
      const bound = upperBound(doc);
      // Scores tie-break on text and id, so an offer whose bound only equals the last place's may still pass it.
      if (bound < topNeeds - 1e-9 && !(mayBind && bound >= mustNeeds - 1e-9)) return;
      const scored = score(doc);
      if (mayBind && (!must || ahead(scored, must) > 0)) {
        must = scored;
        mustNeeds = scored.parts.score * totalWeight;
      }
      if (limit > 0) consider(scored);
    };
    // The best texts first, so the bound bites from the start; then the rest.
    const seedFloor = bestText * 0.9;
    for (let i = 0; i < text.docs.length; i += 1) {
      const doc = text.docs[i];
      if (text.score[doc] >= seedFloor && (owner === null || this.unitIds[doc] !== owner)) visit(doc);
    }
    for (let i = 0; i < text.docs.length; i += 1) {
      const doc = text.docs[i];
      if (text.score[doc] < seedFloor && (owner === null || this.unitIds[doc] !== owner)) visit(doc);
    }
    const candidate = ({ doc, parts }: Scored): Candidate => {
      const offer = this.offers[doc];
      return {
        kind: offer.kind,
        documentId: offer.documentId,
        title: offer.title,
        supplierUnit: offer.supplierUnit,
        score: Number(parts.score.toFixed(4)),
        reasons: explain(parts, offer, this.index.found(slots, doc), this.config, this.mustEntries[doc] === 1 ? namedEntryTerm(doc) : null),
      };
    };
    const best = must as Scored | null;
    // The best candidate overall, when it is a must entry, binds on the threshold alone: it is the answer.
    const first =
      top.length > 0 && this.mustEntries[top[0].doc] === 1 && top[0].parts.textScore >= this.config.mustThreshold && holdsCore(top[0].doc)
        ? top[0]
        : null;
    const bound = first ?? (best && mustBinds(best.parts.textScore, bestText, this.config) ? best : null);
    return { candidates: top.map(candidate), total, mustEntry: bound ? candidate(bound) : null };
  }
}
