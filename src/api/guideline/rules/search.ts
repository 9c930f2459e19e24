/**
 * Ranking guidelines for a search, pure. The query and each guideline are segmented by the same
 * jieba tokenizer the matching engine uses, so a query is its words, not a run of characters; a
 * query word inside a longer word of the text (安全 in 安全生产) counts too, below a whole word. A
 * guideline is found when it holds every word of a one- or two-word query, and at least half the
 * words of a longer one; it ranks by how many it holds, then by where (title and document number
 * above summary above body), then by the newest issue.
 */

export interface SearchableGuideline {
  documentId: string;
  title: string;
  documentNumber?: string | null;
  summary?: string | null;
  body?: string | null;
  issuedAt?: string | Date | null;
}

export interface GuidelineHit<T> {
  guideline: T;
  score: number;
  matched: string[];
}

const FIELD_WEIGHTS: Array<[keyof SearchableGuideline, number]> = [
  ['title', 5],
  ['documentNumber', 5],
  ['summary', 2],
  ['body', 1],
];

/** The terms to look for: the query's words; a query of no meaningful word (a number, one character) as it is. */
export const queryTerms = (query: string, words: (text: string) => string[]): string[] => {
  const terms = [...new Set(words(query))];
  const whole = query.trim().toLowerCase();
  return terms.length > 0 ? terms : whole ? [whole] : [];
};

export const rankGuidelines = <T extends SearchableGuideline>(
  guidelines: T[],
  terms: string[],
  words: (text: string) => string[]
): Array<GuidelineHit<T>> => {
  if (terms.length === 0) return [];
  const needed = terms.length <= 2 ? terms.length : Math.ceil(terms.length / 2);
  const hits: Array<GuidelineHit<T>> = [];
  for (const guideline of guidelines) {
    const matched = new Set<string>();
    let weight = 0;
    for (const [field, fieldWeight] of FIELD_WEIGHTS) {
      const text = String(guideline[field] ?? '').toLowerCase();
      if (!text) continue;
      const fieldWords = new Set(words(text));
      for (const term of terms) {
        if (fieldWords.has(term)) {
          matched.add(term);
          weight += fieldWeight;
        } else if (text.includes(term)) {
          matched.add(term);
          weight += fieldWeight / 2;
        }
      }
    }
    if (matched.size >= needed) hits.push({ guideline, score: matched.size * 100 + weight, matched: terms.filter((t) => matched.has(t)) });
  }
  const issued = (hit: GuidelineHit<T>) => (hit.guideline.issuedAt ? new Date(hit.guideline.issuedAt).getTime() : 0);
  return hits.sort((a, b) => b.score - a.score || issued(b) - issued(a) || a.guideline.title.localeCompare(b.guideline.title));
};
