/**
 * Ranking guidelines for a search, pure: the kernel's word ranking (src/kernel/text-search.ts)
 * over title and document number, above summary, above body; among equals the newest issue first.
 */
import { rankByWords, type TextFields } from '../../../kernel/text-search';

export { queryTerms } from '../../../kernel/text-search';

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

const GUIDELINE_TEXT: TextFields<SearchableGuideline> = {
  fields: [
    ['title', 5],
    ['documentNumber', 5],
    ['summary', 2],
    ['body', 1],
  ],
  label: (guideline) => guideline.title,
  newest: (guideline) => (guideline.issuedAt ? new Date(guideline.issuedAt).getTime() : 0),
};

export const rankGuidelines = <T extends SearchableGuideline>(
  guidelines: T[],
  terms: string[],
  words: (text: string) => string[]
): Array<GuidelineHit<T>> =>
  rankByWords<SearchableGuideline>(guidelines, terms, GUIDELINE_TEXT, words).map(({ item, score, matched }) => ({
    guideline: item as T,
    score,
    matched,
  }));
