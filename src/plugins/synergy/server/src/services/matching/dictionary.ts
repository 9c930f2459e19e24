/**
 * The demand as a query: its own terms, then near-terms from the domain dictionary
 * (dictionary.json, editable). A word of the demand that belongs to a group also looks for the
 * group's other words, each at a lower weight, so "笔记本维修" finds "手提电脑检修" — but an entry
 * that says exactly what was asked still wins.
 */
import { titleCore, tokenize, type Term } from './tokenizer';
import dictionaryFile from './dictionary.json';

export type NearTermGroups = string[][];

export const DEFAULT_GROUPS: NearTermGroups = dictionaryFile.groups;

/**
 * A weighted search term of a query; a near-term says which dictionary word brought it in (`via`)
 * and which term of the demand it stands for (`standsFor`).
 */
export interface QueryTerm {
  text: string;
  weight: number;
  kind: Term['kind'];
  /** Of a part: the demand's word it is part of. */
  of?: string;
  via?: string;
  standsFor?: string;
  /** The core word of the demand's title (see `titleCore`), and the near-terms standing for it. */
  core?: boolean;
  /** The action on the core word (see `titleCore`), and the near-terms standing for it. */
  action?: boolean;
}

export interface QueryWeights {
  /** Weight of a part of a word (a shorter word inside it, a bigram of unknown characters) relative to a whole word. */
  partWeight: number;
  /** Weight of a term brought in by the dictionary relative to the demand's own words. */
  synonymWeight: number;
  /** Weight of a word found only in the demand's description relative to one of its title. */
  descriptionWeight: number;
  /** Weight of the title's core word and the action on it (see `titleCore`) relative to its other words; 1 when absent. */
  coreWeight?: number;
}

/** The demand's text: its title (what is needed) and its description (the detail). */
export interface DemandText {
  title: string;
  description?: string | null;
}

/** Dictionary words are few and asked for on every match: their whole words are worked out once. */
const dictionaryWords = new Map<string, string[]>();
const wordsOfDictionaryWord = (word: string): string[] => {
  let found = dictionaryWords.get(word);
  if (!found) {
    found = tokenize(word).flatMap((term) => (term.kind === 'word' ? [term.text] : []));
    dictionaryWords.set(word, found);
  }
  return found;
};

/** Which groups each word belongs to, for the groups in use. */
const groupIndexes = new WeakMap<NearTermGroups, Map<string, string[][]>>();
const groupsByWord = (groups: NearTermGroups): Map<string, string[][]> => {
  let index = groupIndexes.get(groups);
  if (!index) {
    index = new Map();
    for (const group of groups) {
      for (const word of group) {
        const key = word.toLowerCase();
        index.set(key, [...(index.get(key) ?? []), group]);
      }
    }
    groupIndexes.set(groups, index);
  }
  return index;
};

/** A dictionary word's terms with their parts (射线检测 → 射线检测, 检测), worked out once. */
const dictionaryTerms = new Map<string, string[]>();
const termsOfDictionaryWord = (word: string): string[] => {
  let found = dictionaryTerms.get(word);
  if (!found) {
    found = [...new Set(tokenize(word).map((term) => term.text))];
    dictionaryTerms.set(word, found);
  }
  return found;
};

/** What a title names (see `namedWords`). */
export interface Named {
  /** Its whole words and every word of the near-term groups they stand in. */
  words: Set<string>;
  /** The same with the parts of each (无损检测 names 检测 too). */
  terms: Set<string>;
}

/**
 * What a title names, itself or through the dictionary: its whole words and every word of the
 * near-term groups they stand in (笔记本故障送修 names 笔记本, 手提电脑, 便携电脑 … and 检修, 维修 …).
 */
export const namedWords = (title: string, groups: NearTermGroups = DEFAULT_GROUPS): Named => {
  const named: Named = { words: new Set(), terms: new Set() };
  const byWord = groupsByWord(groups);
  for (const term of tokenize(title)) {
    named.terms.add(term.text);
    if (term.kind !== 'word') continue;
    named.words.add(term.text);
    for (const group of byWord.get(term.text) ?? []) {
      for (const word of group) {
        for (const text of wordsOfDictionaryWord(word)) named.words.add(text);
        for (const text of termsOfDictionaryWord(word)) named.terms.add(text);
      }
    }
  }
  return named;
};

const add = (terms: Map<string, QueryTerm>, term: QueryTerm) => {
  const known = terms.get(term.text);
  if (!known || known.weight < term.weight) terms.set(term.text, term);
};

/** The demand's own terms (a title word weighs more than a description word), then the near-terms of each. */
export const expandQuery = (demand: DemandText | string, weights: QueryWeights, groups: NearTermGroups = DEFAULT_GROUPS): QueryTerm[] => {
  const { title, description } = typeof demand === 'string' ? { title: demand, description: '' } : demand;
  const own = new Map<string, QueryTerm>();
  const addOwn = (text: string, factor: number) => {
    for (const term of tokenize(text)) {
      add(own, { text: term.text, kind: term.kind, of: term.of, weight: factor * (term.kind === 'word' ? 1 : weights.partWeight) });
    }
  };
  addOwn(title, 1);
  // The title's core (and the action on it) weigh more; the core is marked for the must rule.
  const core = titleCore(title);
  for (const word of core ? [core.word, core.action] : []) {
    const term = word === null ? undefined : own.get(word);
    if (term)
      own.set(term.text, {
        ...term,
        weight: term.weight * (weights.coreWeight ?? 1),
        ...(term.text === core!.word ? { core: true } : { action: true }),
      });
  }
  addOwn(description ?? '', weights.descriptionWeight);
  // Near-terms by the word they stand for: one demand word may be another's near-term (检修 and 维修).
  const near = new Map<string, QueryTerm>();
  const byWord = groupsByWord(groups);
  for (const term of own.values()) {
    // A part of a word is not what the demand said: 电脑 inside 笔记本电脑 does not mean 台式机.
    if (term.kind !== 'word') continue;
    for (const group of byWord.get(term.text) ?? []) {
      for (const nearTerm of group) {
        for (const text of wordsOfDictionaryWord(nearTerm)) {
          if (text === term.text) continue;
          const key = `${term.text}\u0000${text}`;
          const weight = term.weight * weights.synonymWeight;
          if ((near.get(key)?.weight ?? -1) < weight) {
            near.set(key, {
              text,
              kind: 'word',
              weight,
              via: nearTerm,
              standsFor: term.text,
              ...(term.core ? { core: true } : {}),
              ...(term.action ? { action: true } : {}),
            });
          }
        }
      }
    }
  }
  return [...own.values(), ...near.values()];
};
