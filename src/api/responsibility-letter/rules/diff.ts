/**
 * The difference between two versions of a responsibility letter: items matched by their
 * indicator's code — added, removed, and changed with old and new target, weight, scoring rule and
 * thresholds — and the header fields that changed. Numbers compare by value ("12.50" is 12.5).
 */
import {
  LETTER_HEADER_FIELDS,
  LETTER_ITEM_FIELDS,
  type LetterDiff,
  type LetterItemChange,
  type LetterVersionItem,
  type LetterVersionRef,
} from '../../../plugins/synergy/public';

export type VersionItem = LetterVersionItem;
export type { LetterDiff };

/** A version as the diff reads it: `current` is the letter as it is now, not yet signed. */
export interface VersionSnapshot {
  versionNo: LetterVersionRef;
  title: string | null;
  year: number | null;
  responsiblePerson: string | null;
  preamble: string | null;
  items: VersionItem[];
}

/** A stored value as the diff compares it: numbers as numbers, blanks as null. */
export const asNumber = (value: unknown): number | null =>
  value === null || value === undefined || value === '' || !Number.isFinite(Number(value)) ? null : Number(value);

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export const diffVersions = (from: VersionSnapshot, to: VersionSnapshot): LetterDiff => {
  const header = LETTER_HEADER_FIELDS.filter((field) => !same(from[field], to[field])).map((field) => ({
    field,
    from: from[field] ?? null,
    to: to[field] ?? null,
  }));
  const before = new Map(from.items.map((item) => [item.code, item]));
  const after = new Set(to.items.map((item) => item.code));
  const added: VersionItem[] = [];
  const changed: LetterItemChange[] = [];
  let unchanged = 0;
  for (const item of to.items) {
    const old = before.get(item.code);
    if (!old) {
      added.push(item);
      continue;
    }
    const changes = LETTER_ITEM_FIELDS.filter((field) => !same(old[field], item[field])).map((field) => ({
      field,
      from: old[field] ?? null,
      to: item[field] ?? null,
    }));
    if (changes.length === 0) unchanged += 1;
    else changed.push({ code: item.code, name: item.name, changes, from: old, to: item });
  }
  const removed = from.items.filter((item) => !after.has(item.code));
  return { from: from.versionNo, to: to.versionNo, header, added, removed, changed, unchanged };
};
