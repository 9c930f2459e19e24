/**
 * An inverted index with Okapi BM25 weighting: postings per term, so a query touches only the
 * documents that share a term with it, never the whole catalogue.
 */
import { tokenize } from './tokenizer';
import type { QueryTerm } from './dictionary';

export interface Bm25Params {
  k1: number;
  b: number;
}

interface Postings {
  docs: number[];
  counts: number[];
}

export interface TextHit {
  /** Position of the document in the order it was added. */
  doc: number;
  score: number;
  /** The query terms found in the document, strongest contribution first. */
  matched: QueryTerm[];
  /** Share of the query's own terms (idf-weighted) the document contains, 0–1. */
  coverage: number;
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
    const own = Math.max(0, ...tokenize(term.standsFor).map((t) => this.idf(t.text)));
    return Math.min(idf, own);
  }

  /**
   * Documents sharing at least one term with the query, with their BM25 score. Of the near-terms
   * standing for one word of the demand, only the strongest counts: one meaning, counted once.
   */
  search(query: QueryTerm[]): TextHit[] {
    const { k1, b } = this.params;
    const averageLength = this.lengths.length > 0 ? this.totalLength / this.lengths.length : 0;
    const hits = new Map<number, { parts: { term: QueryTerm; part: number; idf: number }[] }>();
    let ownMass = 0;
    for (const term of query) {
      const idf = this.termIdf(term);
      if (!term.via) ownMass += idf * term.weight;
      const list = this.postings.get(term.text);
      if (!list) continue;
      for (let i = 0; i < list.docs.length; i += 1) {
        const doc = list.docs[i];
        const tf = list.counts[i];
        const norm = averageLength > 0 ? 1 - b + (b * this.lengths[doc]) / averageLength : 1;
        const part = term.weight * idf * ((tf * (k1 + 1)) / (tf + k1 * norm));
        let hit = hits.get(doc);
        if (!hit) {
          hit = { parts: [] };
          hits.set(doc, hit);
        }
        hit.parts.push({ term, part, idf });
      }
    }
    return [...hits].map(([doc, hit]) => {
      const counted: { term: QueryTerm; part: number; idf: number }[] = [];
      const strongestNear = new Map<string, { term: QueryTerm; part: number; idf: number }>();
      for (const p of hit.parts) {
        if (!p.term.standsFor) counted.push(p);
        else if ((strongestNear.get(p.term.standsFor)?.part ?? -1) < p.part) strongestNear.set(p.term.standsFor, p);
      }
      counted.push(...strongestNear.values());
      counted.sort((x, y) => y.part - x.part);
      const covered = counted.reduce((sum, p) => sum + p.idf * p.term.weight, 0);
      return {
        doc,
        score: counted.reduce((sum, p) => sum + p.part, 0),
        matched: counted.map((p) => p.term),
        coverage: ownMass > 0 ? Math.min(1, covered / ownMass) : 0,
      };
    });
  }
}
