/**
 * Query expansion from the domain dictionary (dictionary.json, editable): a demand that names
 * one word of a group also looks for the group's other words, each at a lower weight, so
 * "笔记本维修" finds "手提电脑检修" — but an entry that says exactly what was asked still wins.
 */
import { tokenize, type Term } from './tokenizer';
import dictionaryFile from './dictionary.json';

export type NearTermGroups = string[][];

export const DEFAULT_GROUPS: NearTermGroups = dictionaryFile.groups;

/**
 * A weighted search term of a query; a near-term says which dictionary word brought it in (`via`)
 * and which word of the demand it stands for (`standsFor`).
 */
export interface QueryTerm {
  text: string;
  weight: number;
  via?: string;
  standsFor?: string;
}

export interface QueryWeights {
  /** Weight of a character bigram relative to a segmented word. */
  bigramWeight: number;
  /** Weight of a term brought in by the dictionary relative to the demand's own words. */
  synonymWeight: number;
}

/** Dictionary words are few and asked for on every match: their terms are worked out once. */
const dictionaryTerms = new Map<string, Term[]>();
export const termsOfDictionaryWord = (word: string): Term[] => {
  let terms = dictionaryTerms.get(word);
  if (!terms) {
    terms = tokenize(word);
    dictionaryTerms.set(word, terms);
  }
  return terms;
};

const add = (terms: Map<string, QueryTerm>, term: QueryTerm) => {
  const known = terms.get(term.text);
  if (!known || known.weight < term.weight) terms.set(term.text, term);
};

/** The demand's own terms, then the near-terms of every dictionary word it contains. */
export const expandQuery = (text: string, weights: QueryWeights, groups: NearTermGroups = DEFAULT_GROUPS): QueryTerm[] => {
  const terms = new Map<string, QueryTerm>();
  for (const term of tokenize(text)) add(terms, { text: term.text, weight: term.kind === 'word' ? 1 : weights.bigramWeight });
  const lower = text.toLowerCase();
  for (const group of groups) {
    const said = group.find((word) => lower.includes(word.toLowerCase()));
    if (!said) continue;
    for (const nearTerm of group) {
      if (nearTerm === said) continue;
      for (const term of termsOfDictionaryWord(nearTerm)) {
        const base = term.kind === 'word' ? 1 : weights.bigramWeight;
        add(terms, { text: term.text, weight: base * weights.synonymWeight, via: nearTerm, standsFor: said });
      }
    }
  }
  return [...terms.values()];
};
