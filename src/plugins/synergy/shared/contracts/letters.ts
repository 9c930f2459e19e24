/** Responsibility letters' versions and the diff of two of them (GET …/responsibility-letters/:documentId/versions and /diff). */

/** An item as a version froze it: the indicator by code, numbers as numbers. */
export interface LetterVersionItem {
  code: string;
  name: string;
  unit: string | null;
  target: number | null;
  weight: number | null;
  scoringRule: string | null;
  floor: number | null;
  ceiling: number | null;
  step: number | null;
}

/** A version named in a diff: its number, or `current` for the letter as it is now. */
export type LetterVersionRef = number | 'current';

export const LETTER_HEADER_FIELDS = ['title', 'year', 'responsiblePerson', 'preamble'] as const;
export type LetterHeaderField = (typeof LETTER_HEADER_FIELDS)[number];

export const LETTER_ITEM_FIELDS = ['name', 'unit', 'target', 'weight', 'scoringRule', 'floor', 'ceiling', 'step'] as const;
export type LetterItemField = (typeof LETTER_ITEM_FIELDS)[number];

export interface LetterFieldChange<F extends string> {
  field: F;
  from: string | number | null;
  to: string | number | null;
}

export interface LetterItemChange {
  code: string;
  name: string;
  changes: Array<LetterFieldChange<LetterItemField>>;
  from: LetterVersionItem;
  to: LetterVersionItem;
}

export interface LetterDiff {
  from: LetterVersionRef;
  to: LetterVersionRef;
  header: Array<LetterFieldChange<LetterHeaderField>>;
  added: LetterVersionItem[];
  removed: LetterVersionItem[];
  changed: LetterItemChange[];
  unchanged: number;
}

export interface LetterDiffResponse {
  data: LetterDiff;
}

/** A signed version as the list shows it. */
export interface LetterVersionSummary {
  documentId: string;
  versionNo: number;
  title: string | null;
  reason: string | null;
  author: string | null;
  authoredAt: string | null;
  signedBy: string | null;
  signedAt: string | null;
  /** The version assessment reads now. */
  inForce: boolean;
  items: number;
}

export interface LetterVersionsResponse {
  data: LetterVersionSummary[];
  meta: {
    letter: {
      documentId: string;
      title: string | null;
      year: number | null;
      state: string;
      ownerUnit: { id: number; code: string; name: string } | null;
    };
    /** The version the letter is at now (a revision under way is one above the version in force). */
    versionNo: number | null;
    signedVersionNo: number | null;
    /** The reason of the revision under way, if one is. */
    revisionReason: string | null;
  };
}
