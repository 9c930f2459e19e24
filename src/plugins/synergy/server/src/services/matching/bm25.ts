/**
 * An inverted index with BM25's term weighting: postings per term, so a query touches only the
 * documents that share a term with it, never the whole catalogue. The text score is absolute:
 * the share of the demand's meaning an offer holds, each term of the demand weighing its query
 * weight times its rarity (idf), each found term credited by BM25's saturating term frequency,
 * capped at 1. A full match scores 1 whatever the other offers say; one shared common word
 * scores its small share.
 */
import { tokenize } from './tokenizer';
import type { QueryTerm } from './dictionary';

export interface Bm25Params {
  k1: number;
  b: number;
  /**
   * What a word of the demand that no offer holds weighs, relative to a word one offer holds: it
   * still counts (an offer saying only 服务 does not fully answer 量子计算服务), but detail no offer
   * speaks of does not drown what the offers can answer.
   */
  unseenWeight?: number;
}

interface Postings {
  docs: number[];
  counts: number[];
  /** Each posting's term-frequency credit, worked out once per index state (see `credits`). */
  credits: Float32Array | null;
}

/** Text scores of one query, dense by document position; `docs` lists the documents that matched. */
export interface TextScores {
  docs: Int32Array;
  /** Share of the demand's weighted meaning each document holds, 0–1 (see the file's comment). */
  score: Float64Array;
}

/**
 * One thing the demand asks for: one of its own terms with the near-terms standing for it.
 * Only the best of them counts for a document: one meaning, counted once.
 */
export interface QuerySlot {
  own: QueryTerm;
  near: QueryTerm[];
  /** weight × idf of the demand's own term: what finding it is worth. */
  mass: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  /** The average length the credits were worked out for; they are redone after documents are added. */
  private creditsFor = -1;
  /** Buffers reused by every search (a search is synchronous; its answer is read before the next). */
  private scoreBuffer = new Float64Array(0);
  private bestBuffer = new Float64Array(0);
  private docBuffer = new Int32Array(0);
  private lastCount = 0;

  constructor(private readonly params: Bm25Params) {}

  get size(): number {
    return this.lengths.length;
  }

  /** Adds a document and returns its position. */
  add(text: string): number {
    const doc = this.lengths.length;
    const counts = new Map<string, number>();
    const terms = tokenize(text);
    for (const term of terms) counts.set(term.text, (counts.get(term.text) ?? 0) + 1);
    for (const [term, count] of counts) {
      let list = this.postings.get(term);
      if (!list) {
        list = { docs: [], counts: [], credits: null };
        this.postings.set(term, list);
      }
      list.docs.push(doc);
      list.counts.push(count);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return doc;
  }

  /** How many documents hold a term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  idf(term: string): number {
    return this.idfOf(this.documentFrequency(term));
  }

  /** The idf of a term that `df` documents hold. */
  private idfOf(df: number): number {
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The query grouped by meaning: each own term with the near-terms standing for it, heaviest first. */
  slots(query: QueryTerm[]): QuerySlot[] {
    const slots = new Map<string, QuerySlot>();
    const rarest = Math.log(1 + (this.lengths.length - 0.5) / 1.5);
    for (const term of query) {
      if (term.standsFor) continue;
      slots.set(term.text, { own: term, near: [], mass: 0 });
    }
    for (const term of query) if (term.standsFor) slots.get(term.standsFor)?.near.push(term);
    for (const slot of slots.values()) {
      // A word no offer says, whose near-term some offers say (保洁 where offers say 物业清洁), is a
      // need the offers speak of in other words: it is as rare as its most common near-term, not
      // an unseen detail.
      let rarity = this.documentFrequency(slot.own.text) > 0 ? this.idf(slot.own.text) : -1;
      if (rarity < 0) {
        const seen = slot.near.map((term) => this.documentFrequency(term.text)).filter((df) => df > 0);
        rarity = seen.length > 0 ? this.idfOf(Math.max(...seen)) : (this.params.unseenWeight ?? 1) * rarest;
      }
      slot.mass = slot.own.weight * rarity;
    }
    return [...slots.values()].sort((x, y) => y.mass - x.mass);
  }

  /**
   * BM25's term-frequency credit of each posting of a term: 1 for a term found twice (a title word:
   * titles are indexed twice) in a document of average length, less for once or in a long
   * document, never above 1.
   */
  private credits(list: Postings): Float32Array {
    const n = this.lengths.length;
    const averageLength = n > 0 ? this.totalLength / n : 0;
    if (this.creditsFor !== averageLength) {
      for (const postings of this.postings.values()) postings.credits = null;
      this.creditsFor = averageLength;
    }
    if (!list.credits) {
      const { k1, b } = this.params;
      const reference = (2 * (k1 + 1)) / (2 + k1);
      list.credits = new Float32Array(list.docs.length);
      for (let i = 0; i < list.docs.length; i += 1) {
        const norm = averageLength > 0 ? 1 - b + (b * this.lengths[list.docs[i]]) / averageLength : 1;
        const tf = list.counts[i];
        list.credits[i] = Math.min(1, (tf * (k1 + 1)) / (tf + k1 * norm) / reference);
      }
    }
    return list.credits;
  }

  /**
   * Text scores of the documents sharing at least one term with the query. Dense arrays rather
   * than per-document objects: a common word touches thousands of documents. The answer is valid
   * until the next search (its buffers are reused).
   */
  search(query: QueryTerm[]): TextScores {
    return this.searchSlots(this.slots(query));
  }

  searchSlots(slots: QuerySlot[]): TextScores {
    const n = this.lengths.length;
    if (this.scoreBuffer.length !== n) {
      this.scoreBuffer = new Float64Array(n);
      this.bestBuffer = new Float64Array(n);
      this.docBuffer = new Int32Array(n);
    } else {
      for (let i = 0; i < this.lastCount; i += 1) this.scoreBuffer[this.docBuffer[i]] = 0;
    }
    const score = this.scoreBuffer;
    const best = this.bestBuffer;
    const found = this.docBuffer;
    let count = 0;
    const totalMass = slots.reduce((sum, slot) => sum + slot.mass, 0);
    for (const slot of totalMass > 0 ? slots : []) {
      const share = slot.mass / totalMass;
      const lists: Array<{ list: Postings; credits: Float32Array; factor: number }> = [];
      for (const term of [slot.own, ...slot.near]) {
        const list = this.postings.get(term.text);
        if (list) lists.push({ list, credits: this.credits(list), factor: term.weight / slot.own.weight });
      }
      if (lists.length === 1) {
        // One term: its credit is the slot's.
        const { list, credits, factor } = lists[0];
        const docs = list.docs;
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i];
          if (score[doc] === 0) found[count++] = doc;
          score[doc] += share * factor * credits[i];
        }
        continue;
      }
      // Several terms for one meaning: the best of them counts, once.
      for (const { list, credits, factor } of lists) {
        const docs = list.docs;
        for (let i = 0; i < docs.length; i += 1) {
          const credit = factor * credits[i];
          if (credit > best[docs[i]]) best[docs[i]] = credit;
        }
      }
      for (const { list } of lists) {
        const docs = list.docs;
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i];
          const credit = best[doc];
          if (credit === 0) continue;
          best[doc] = 0;
          if (score[doc] === 0) found[count++] = doc;
          score[doc] += share * credit;
        }
      }
    }
    this.lastCount = count;
    return { docs: found.subarray(0, count), score };
  }

  /** How often a term occurs in a document (postings are in document order). */
  termFrequency(term: string, doc: number): number {
    const list = this.postings.get(term);
    if (!list) return 0;
    let low = 0;
    let high = list.docs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list.docs[mid] === doc) return list.counts[mid];
      if (list.docs[mid] < doc) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }

  /**
   * For each slot of the query, what one document holds of it: the term found (the own term, or
   * the near-term standing for it), or null.
   */
  found(slots: QuerySlot[], doc: number): Array<{ slot: QuerySlot; term: QueryTerm | null }> {
    return slots.map((slot) => {
      if (this.termFrequency(slot.own.text, doc) > 0) return { slot, term: slot.own };
      const near = slot.near.filter((term) => this.termFrequency(term.text, doc) > 0).sort((x, y) => y.weight - x.weight);
      return { slot, term: near[0] ?? null };
    });
  }
}
