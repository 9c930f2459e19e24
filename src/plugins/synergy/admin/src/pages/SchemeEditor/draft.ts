/**
 * A scheme as the editor holds it (numbers as typed, lists as rows) and as the API reads it. Only
 * the fields of an item's kind are sent, so switching a kind leaves nothing of the old one; a
 * number that does not read as one is sent as typed, and the server says at its field what is
 * wrong with it. The server judges everything; the editor only adds up the weights as they are typed.
 */

export {
  BONUS_SOURCES,
  DEDUCTION_SOURCES,
  ITEM_KINDS,
  TASK_LEVELS,
  TIE_BREAKS,
  VETO_CONDITIONS,
} from '../../../../shared/contracts/assessment';

export const SUBJECT_TYPES = [
  'all-departments',
  'operating-companies',
  'marketing-companies',
  'service-departments',
  'individuals',
  'subsidiaries',
] as const;
export const PERIOD_KINDS = ['quarter', 'year'] as const;
export const PEER_GROUPS = ['whole-scheme', 'parent-unit'] as const;

/** The fields each kind of item has (beyond key, name and kind). */
export const KIND_FIELDS: Record<string, string[]> = {
  target: [
    'weight',
    'indicatorCode',
    'baseScore',
    'stepSize',
    'pointsPerStepAbove',
    'pointsPerStepBelow',
    'minScore',
    'maxScore',
    'difficultyCaps',
  ],
  manual: ['weight', 'minScore', 'maxScore', 'assessorIds'],
  bonus: ['bonusSource', 'pointsPerUnit', 'itemCap'],
  deduction: ['deductionSource', 'pointsByLevel', 'itemCap'],
  veto: ['vetoCondition', 'assessorIds'],
};
export const NUMBER_FIELDS = [
  'weight',
  'baseScore',
  'stepSize',
  'pointsPerStepAbove',
  'pointsPerStepBelow',
  'minScore',
  'maxScore',
  'pointsPerUnit',
  'itemCap',
];

export interface ItemDraft {
  key: string;
  name: string;
  kind: string;
  numbers: Record<string, string>;
  indicatorCode: string;
  bonusSource: string;
  deductionSource: string;
  vetoCondition: string;
  assessorIds: number[];
  /** Rows of { minGrowth, maxScore }. */
  difficultyCaps: Array<{ minGrowth: string; maxScore: string }>;
  /** Points per task level; empty keeps the points supervision recorded. */
  pointsByLevel: Record<string, string>;
}

export interface SchemeDraft {
  name: string;
  code: string;
  subjectType: string;
  periodKind: string;
  peerGroup: string;
  subjectUnits: string[];
  description: string;
  bonusCap: string;
  vetoGrade: string;
  tieBreak: string[];
  gradeBands: Array<{ grade: string; min: string }>;
  awards: Array<{ award: string; places: string }>;
  items: ItemDraft[];
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export const emptyItem = (kind = 'target', index = 0): ItemDraft => ({
  key: `item-${index + 1}`,
  name: '',
  kind,
  numbers: {},
  indicatorCode: '',
  bonusSource: '',
  deductionSource: '',
  vetoCondition: '',
  assessorIds: [],
  difficultyCaps: [],
  pointsByLevel: {},
});

export const emptyScheme = (): SchemeDraft => ({
  name: '',
  code: '',
  subjectType: 'operating-companies',
  periodKind: 'quarter',
  peerGroup: 'whole-scheme',
  subjectUnits: [],
  description: '',
  bonusCap: '',
  vetoGrade: '',
  tieBreak: [],
  gradeBands: [
    { grade: 'A', min: '90' },
    { grade: 'B', min: '75' },
    { grade: 'C', min: '60' },
    { grade: 'D', min: '0' },
  ],
  awards: [],
  items: [emptyItem('target', 0)],
});

/** A scheme read from GET /synergy/assessment-schemes/:documentId as the editor's draft. */
export const draftOf = (scheme: any): SchemeDraft => ({
  name: text(scheme.name),
  code: text(scheme.code),
  subjectType: text(scheme.subjectType),
  periodKind: text(scheme.periodKind),
  peerGroup: text(scheme.peerGroup) || 'whole-scheme',
  subjectUnits: (scheme.subjectUnits ?? []).map((u: any) => u.documentId),
  description: text(scheme.description),
  bonusCap: text(scheme.bonusCap),
  vetoGrade: text(scheme.vetoGrade),
  tieBreak: Array.isArray(scheme.tieBreak) ? scheme.tieBreak.map(String) : [],
  gradeBands: Array.isArray(scheme.gradeBands) ? scheme.gradeBands.map((b: any) => ({ grade: text(b?.grade), min: text(b?.min) })) : [],
  awards: Array.isArray(scheme.awards) ? scheme.awards.map((a: any) => ({ award: text(a?.award), places: text(a?.places) })) : [],
  items: (scheme.items ?? []).map((item: any) => ({
    key: text(item.key),
    name: text(item.name),
    kind: text(item.kind),
    numbers: Object.fromEntries(NUMBER_FIELDS.map((f) => [f, text(item[f])])),
    indicatorCode: text(item.indicatorCode),
    bonusSource: text(item.bonusSource),
    deductionSource: text(item.deductionSource),
    vetoCondition: text(item.vetoCondition),
    assessorIds: Array.isArray(item.assessorIds) ? item.assessorIds.map(Number) : [],
    difficultyCaps: Array.isArray(item.difficultyCaps)
      ? item.difficultyCaps.map((c: any) => ({ minGrowth: text(c?.minGrowth), maxScore: text(c?.maxScore) }))
      : [],
    pointsByLevel:
      item.pointsByLevel && typeof item.pointsByLevel === 'object'
        ? Object.fromEntries(Object.entries(item.pointsByLevel).map(([k, v]) => [k, text(v)]))
        : {},
  })),
});

/** A typed number: empty is none, a number is sent as one, anything else as typed (the server names the field). */
export const asNumber = (value: string | undefined): number | string | null => {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
};

const itemBody = (item: ItemDraft) => {
  const fields = KIND_FIELDS[item.kind] ?? [];
  const body: Record<string, unknown> = { key: item.key.trim(), name: item.name.trim(), kind: item.kind };
  for (const field of fields) {
    if (NUMBER_FIELDS.includes(field)) body[field] = asNumber(item.numbers[field]);
  }
  if (fields.includes('indicatorCode')) body.indicatorCode = item.indicatorCode || null;
  if (fields.includes('bonusSource')) body.bonusSource = item.bonusSource || null;
  if (fields.includes('deductionSource')) body.deductionSource = item.deductionSource || null;
  if (fields.includes('vetoCondition')) body.vetoCondition = item.vetoCondition || null;
  if (fields.includes('assessorIds') && (item.kind === 'manual' || item.vetoCondition === 'named')) body.assessorIds = item.assessorIds;
  if (fields.includes('difficultyCaps'))
    body.difficultyCaps = item.difficultyCaps.length
      ? item.difficultyCaps.map((c) => ({ minGrowth: asNumber(c.minGrowth), maxScore: asNumber(c.maxScore) }))
      : null;
  if (fields.includes('pointsByLevel')) {
    const levels = Object.entries(item.pointsByLevel).filter(([, v]) => v.trim() !== '');
    body.pointsByLevel = levels.length ? Object.fromEntries(levels.map(([k, v]) => [k, asNumber(v)])) : null;
  }
  return body;
};

/** The draft as the body of POST/PUT /synergy/assessment-schemes. */
export const schemeBody = (draft: SchemeDraft) => ({
  data: {
    name: draft.name.trim(),
    code: draft.code.trim(),
    subjectType: draft.subjectType,
    periodKind: draft.periodKind,
    peerGroup: draft.peerGroup,
    subjectUnits: draft.subjectUnits,
    description: draft.description.trim() || null,
    bonusCap: asNumber(draft.bonusCap),
    vetoGrade: draft.vetoGrade.trim() || null,
    tieBreak: draft.tieBreak.length ? draft.tieBreak : null,
    gradeBands: draft.gradeBands.length ? draft.gradeBands.map((b) => ({ grade: b.grade.trim(), min: asNumber(b.min) })) : null,
    awards: draft.awards.length ? draft.awards.map((a) => ({ award: a.award.trim(), places: asNumber(a.places) })) : null,
    items: draft.items.map(itemBody),
  },
});

/** The weights of target and manual items as typed, added up (the server requires 100). */
export const weightTotal = (items: ItemDraft[]): number =>
  Math.round(
    items
      .filter((i) => i.kind === 'target' || i.kind === 'manual')
      .reduce((sum, i) => {
        const n = Number(i.numbers.weight);
        return sum + (Number.isFinite(n) ? n * 100 : 0);
      }, 0)
  ) / 100;
