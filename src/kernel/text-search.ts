/**
 * Ranking records for a Chinese search, pure. The query and each record's fields are segmented by
 * the same jieba tokenizer the matching engine uses, so a query is its words, not a run of
 * characters; a query word inside a longer word of the text (安全 in 安全生产) counts too, below a
 * whole word. A record is found when it holds every word of a one- or two-word query, and at least
 * half the words of a longer one; it ranks by how many it holds, then by where (the fields'
 * weights), then by `newest` and its label. Guidelines and the intranet's catalogue search use it.
 */

export interface TextHit<T> {
  item: T;
  score: number;
  matched: string[];
}

export interface TextFields<T> {
  /** Each field to look in, with its weight (a title above a body). */
  fields: Array<[keyof T, number]>;
  /** The label ties are ordered by. */
  label: (item: T) => string;
  /** Among equals, the higher first (an issue date as a number, say). */
  newest?: (item: T) => number;
}

/** The terms to look for: the query's words; a query of no meaningful word (a number, one character) as it is. */
export const queryTerms = (query: string, words: (text: string) => string[]): string[] => {
  const terms = [...new Set(words(query))];
  const whole = query.trim().toLowerCase();
  return terms.length > 0 ? terms : whole ? [whole] : [];
};

/** Each field's text in lower case with its words, made once per record (a corpus kept for many searches). */
export interface PreparedText {
  fields: Array<{ text: string; words: Set<string>; weight: number }>;
}

export const prepareText = <T>(item: T, how: TextFields<T>, words: (text: string) => string[]): PreparedText => ({
  fields: how.fields
    .map(([field, weight]) => {
      const text = String(item[field] ?? '').toLowerCase();
      return { text, words: new Set(text ? words(text) : []), weight };
    })
    .filter((field) => field.text !== ''),
});

export const rankPrepared = <T>(
  corpus: Array<{ item: T; text: PreparedText }>,
  terms: string[],
  how: Pick<TextFields<T>, 'label' | 'newest'>
): Array<TextHit<T>> => {
  if (terms.length === 0) return [];
  const needed = terms.length <= 2 ? terms.length : Math.ceil(terms.length / 2);
  const hits: Array<TextHit<T>> = [];
  for (const { item, text } of corpus) {
    const matched = new Set<string>();
    let weight = 0;
    for (const field of text.fields) {
      for (const term of terms) {
        if (field.words.has(term)) {
          matched.add(term);
          weight += field.weight;
        } else if (field.text.includes(term)) {
          matched.add(term);
          weight += field.weight / 2;
        }
      }
    }
    if (matched.size >= needed) hits.push({ item, score: matched.size * 100 + weight, matched: terms.filter((t) => matched.has(t)) });
  }
  const newest = how.newest ?? (() => 0);
  return hits.sort((a, b) => b.score - a.score || newest(b.item) - newest(a.item) || how.label(a.item).localeCompare(how.label(b.item)));
};

export const rankByWords = <T>(items: T[], terms: string[], how: TextFields<T>, words: (text: string) => string[]): Array<TextHit<T>> =>
  terms.length === 0
    ? []
    : rankPrepared(
        items.map((item) => ({ item, text: prepareText(item, how, words) })),
        terms,
        how
      );
