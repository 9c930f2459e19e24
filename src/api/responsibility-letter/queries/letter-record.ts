/**
 * A responsibility letter as the server's rules read it (below the unit scope: callers check
 * access first), its items with their indicators, and its versions.
 */
import { LETTER_UID, LETTER_VERSION_UID } from '../../../kernel/uids';
import { asNumber, type VersionItem, type VersionSnapshot } from '../rules/diff';
import type { LetterItemFacts } from '../rules/items';

export const LETTER_ITEM_UID = 'targets.letter-item';

export interface LetterItemRecord {
  id: number;
  target: string | number | null;
  weight: string | number | null;
  scoringRule: string | null;
  floor: string | number | null;
  ceiling: string | number | null;
  step: string | number | null;
  note: string | null;
  indicator: { id: number; code: string; name: string; unit: string | null } | null;
}

export interface LetterRecord {
  id: number;
  documentId: string;
  title: string | null;
  year: number | null;
  responsiblePerson: string | null;
  preamble: string | null;
  state: string;
  versionNo: number | null;
  signedVersionNo: number | null;
  signedAt: string | null;
  versionAuthor: string | null;
  versionStartedAt: string | null;
  revisionReason: string | null;
  ownerUnit: { id: number; code: string; name: string } | null;
  template: { id: number } | null;
  items: LetterItemRecord[];
}

const LETTER_POPULATE = {
  ownerUnit: { select: ['id', 'code', 'name'] },
  template: { select: ['id'] },
  items: { populate: { indicator: { select: ['id', 'code', 'name', 'unit'] } } },
};

/** The letter with its items, when it exists and passes `filter` (a caller's read scope). */
export const loadLetter = async (documentId: string, filter: Record<string, unknown> | null = {}): Promise<LetterRecord | null> => {
  if (filter === null) return null;
  return strapi.db.query(LETTER_UID).findOne({ where: { $and: [{ documentId }, filter] }, populate: LETTER_POPULATE });
};

/** The items as the pure rules read them. */
export const itemFacts = (letter: Pick<LetterRecord, 'items'>): LetterItemFacts[] =>
  (letter.items ?? []).map((item) => ({
    indicatorId: item.indicator?.id ?? null,
    label: item.indicator ? `${item.indicator.code} ${item.indicator.name}` : null,
    target: item.target,
    weight: item.weight,
    scoringRule: item.scoringRule,
    floor: item.floor,
    ceiling: item.ceiling,
    step: item.step,
  }));

/** An item frozen for a version: the indicator by code and name, numbers as numbers. */
export const frozenItem = (item: LetterItemRecord): VersionItem => ({
  code: item.indicator?.code ?? '',
  name: item.indicator?.name ?? '',
  unit: item.indicator?.unit ?? null,
  target: asNumber(item.target),
  weight: asNumber(item.weight),
  scoringRule: item.scoringRule ?? null,
  floor: asNumber(item.floor),
  ceiling: asNumber(item.ceiling),
  step: asNumber(item.step),
});

/** The letter as it is now, in the shape of a version. */
export const currentSnapshot = (letter: LetterRecord): VersionSnapshot => ({
  versionNo: 'current',
  title: letter.title,
  year: letter.year,
  responsiblePerson: letter.responsiblePerson ?? null,
  preamble: letter.preamble ?? null,
  items: (letter.items ?? []).map(frozenItem),
});

export interface VersionRecord {
  id: number;
  documentId: string;
  versionNo: number;
  year: number;
  title: string | null;
  responsiblePerson: string | null;
  preamble: string | null;
  items: VersionItem[] | null;
  reason: string | null;
  author: string | null;
  authoredAt: string | null;
  signedBy: string | null;
  signedAt: string | null;
}

const VERSION_FIELDS = [
  'id',
  'documentId',
  'versionNo',
  'year',
  'title',
  'responsiblePerson',
  'preamble',
  'items',
  'reason',
  'author',
  'authoredAt',
  'signedBy',
  'signedAt',
];

/** Every version of a letter, oldest first. */
export const loadVersions = (letterId: number): Promise<VersionRecord[]> =>
  strapi.db
    .query(LETTER_VERSION_UID)
    .findMany({ where: { letter: { id: letterId } }, select: VERSION_FIELDS, orderBy: { versionNo: 'asc' } });

export const versionSnapshot = (version: VersionRecord): VersionSnapshot => ({
  versionNo: version.versionNo,
  title: version.title,
  year: version.year,
  responsiblePerson: version.responsiblePerson ?? null,
  preamble: version.preamble ?? null,
  items: Array.isArray(version.items) ? version.items : [],
});
