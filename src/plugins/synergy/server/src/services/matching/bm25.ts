/**
 * An inverted index with Okapi BM25 weighting: postings per term, so a query touches only the
 * documents that share a term with it, never the whole catalogue.
 */
import { tokenize } from './tokenizer';
import { termsOfDictionaryWord, type QueryTerm } from './dictionary';

export interface Bm25Params {
  k1: number;
  b: number;
}

interface Postings {
  docs: number[];
  counts: number[];
}

/** Text scores of one query, dense by document position; `docs` lists the documents that matched. */
export interface TextScores {
  docs: number[];
  score: Float64Array;
  /**
   * Share of the query's own terms that each document contains, 0–1, each term at its weight (a
   * bigram less than a word, a near-term less than the word it stands for). Terms no document
   * contains are left out: no offer could cover them.
   */
  coverage: Float64Array;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

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
        list = { docs: [], counts: [] };
        this.postings.set(term, list);
      }
      list.docs.push(doc);
      list.counts.push(count);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return doc;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    const n = this.lengths.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * A near-term is worth at most what the demand's own word is worth: a rare synonym must not
   * outweigh the word the demand actually used.
   */
  private termIdf(term: QueryTerm): number {
    const idf = this.idf(term.text);
    if (!term.standsFor) return idf;
    const own = Math.max(0, ...termsOfDictionaryWord(term.standsFor).map((t) => this.idf(t.text)));
    return Math.min(idf, own);
  }

  private part(term: QueryTerm, idf: number, doc: number, tf: number, averageLength: number): number {
    const { k1, b } = this.params;
    const norm = averageLength > 0 ? 1 - b + (b * this.lengths[doc]) / averageLength : 1;
    return term.weight * idf * ((tf * (k1 + 1)) / (tf + k1 * norm));
  }

  /**
   * BM25 scores of the documents sharing at least one term with the query. Of the near-terms
   * standing for one word of the demand, only the strongest counts: one meaning, counted once.
   * Dense arrays rather than per-document objects: a common word touches thousands of documents.
   */
  search(query: QueryTerm[]): TextScores {
    const n = this.lengths.length;
    const averageLength = n > 0 ? this.totalLength / n : 0;
    const score = new Float64Array(n);
    const covered = new Float64Array(n);
    const seen = new Uint8Array(n);
    const docs: number[] = [];
    let ownMass = 0;
    const nearGroups = new Map<string, QueryTerm[]>();
    for (const term of query) {
      if (term.standsFor) {
        nearGroups.set(term.standsFor, [...(nearGroups.get(term.standsFor) ?? []), term]);
        continue;
      }
      // Coverage is of all the demand's own words, also those no offer has: otherwise a demand whose
      // only word the catalogue knows is 服务 would be fully covered by any entry saying 服务.
      ownMass += term.weight;
      const list = this.postings.get(term.text);
      if (!list) continue;
      const idf = this.termIdf(term);
      for (let i = 0; i < list.docs.length; i += 1) {
        const doc = list.docs[i];
        score[doc] += this.part(term, idf, doc, list.counts[i], averageLength);
        covered[doc] += term.weight;
        if (!seen[doc]) {
          seen[doc] = 1;
          docs.push(doc);
        }
      }
    }
    const bestPart = new Float64Array(n);
    const bestWeight = new Float64Array(n);
    for (const terms of nearGroups.values()) {
      const groupDocs: number[] = [];
      for (const term of terms) {
        const list = this.postings.get(term.text);
        if (!list) continue;
        const idf = this.termIdf(term);
        for (let i = 0; i < list.docs.length; i += 1) {
          const doc = list.docs[i];
          const part = this.part(term, idf, doc, list.counts[i], averageLength);
          if (bestPart[doc] === 0) groupDocs.push(doc);
          if (part > bestPart[doc]) {
            bestPart[doc] = part;
            bestWeight[doc] = term.weight;
          }
        }
      }
      for (const doc of groupDocs) {
        score[doc] += bestPart[doc];
        covered[doc] += bestWeight[doc];
        bestPart[doc] = 0;
        bestWeight[doc] = 0;
        if (!seen[doc]) {
          seen[doc] = 1;
          docs.push(doc);
        }
      }
    }
    const coverage = covered;
    for (const doc of docs) coverage[doc] = ownMass > 0 ? Math.min(1, covered[doc] / ownMass) : 0;
    return { docs, score, coverage };
  }

  /** How often a term occurs in a document (postings are in document order). */
  private termFrequency(term: string, doc: number): number {
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

  /** The query terms found in one document, strongest first, a near-term group by its strongest. */
  matchedTerms(query: QueryTerm[], doc: number): QueryTerm[] {
    const averageLength = this.lengths.length > 0 ? this.totalLength / this.lengths.length : 0;
    const found: { term: QueryTerm; part: number }[] = [];
    const strongestNear = new Map<string, { term: QueryTerm; part: number }>();
    for (const term of query) {
      const tf = this.termFrequency(term.text, doc);
      if (tf === 0) continue;
      const hit = { term, part: this.part(term, this.termIdf(term), doc, tf, averageLength) };
      if (!term.standsFor) found.push(hit);
      else if ((strongestNear.get(term.standsFor)?.part ?? -1) < hit.part) strongestNear.set(term.standsFor, hit);
    }
    return [...found, ...strongestNear.values()].sort((x, y) => y.part - x.part).map((hit) => hit.term);
  }
}
