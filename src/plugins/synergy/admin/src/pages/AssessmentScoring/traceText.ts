/**
 * The trace's words in the admin's language. The scoring service names each step and writes its
 * notes in English (src/plugins/synergy/server/src/services/scoring/items.ts, sheet.ts); each name
 * and each kind of note is a message here, its numbers carried over. A note of no known kind
 * (a veto's reasons, which are the records' own words, or a formula) is shown as it is.
 */

export type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

const STEPS: Record<string, string> = {
  score: 'Score',
  'achievement %': 'Achievement %',
  'base score': 'Base score',
  'steps above target': 'Steps above target',
  'steps below target': 'Steps below target',
  'raw score': 'Raw score',
  cap: 'Cap',
  'raised to floor': 'Raised to the floor',
  capped: 'Capped',
  points: 'Points',
  'scores missing': 'Scores missing',
  'mean score': 'Mean score',
  'raw bonus': 'Bonus before the cap',
  deductions: 'Deductions',
  'points graded by level': 'Points graded by task level',
  veto: 'Veto',
  'bonus total capped': 'Bonus total capped',
};

/** A step's name as a message id (`assessment.step.achievement`, …). */
const stepId = (step: string) => `assessment.step.${step.replace(/[^a-z]+/g, '-').replace(/-+$/, '')}`;

export const stepName = (t: Translate, step: string): string =>
  Object.prototype.hasOwnProperty.call(STEPS, step) ? t(stepId(step), STEPS[step]) : step;

const NOTES: Array<{ pattern: RegExp; id: string; en: string; names?: string[] }> = [
  {
    pattern: /^no signed responsibility letter for the year$/,
    id: 'assessment.note.no-letter',
    en: 'No signed responsibility letter for the year',
  },
  {
    pattern: /^the signed letter has no target for (.+)$/,
    id: 'assessment.note.no-target',
    en: 'The signed letter has no target for {code}',
    names: ['code'],
  },
  { pattern: /^no actual value reported for the period$/, id: 'assessment.note.no-value', en: 'No actual value reported for the period' },
  {
    pattern: /^achievement undefined \(zero target or value\)$/,
    id: 'assessment.note.undefined',
    en: 'Achievement undefined (zero target or value)',
  },
  {
    pattern: /^([\d.]+) points of achievement each$/,
    id: 'assessment.note.step-size',
    en: '{size} point(s) of achievement each',
    names: ['size'],
  },
  {
    pattern: /^planned growth (-?[\d.]+)% ≥ (-?[\d.]+)%$/,
    id: 'assessment.note.difficulty-cap',
    en: 'Planned growth {growth}% ≥ {band}%: that band’s cap',
    names: ['growth', 'band'],
  },
  { pattern: /^difficulty unknown: item cap$/, id: 'assessment.note.difficulty-unknown', en: 'Difficulty unknown: the item’s cap' },
  {
    pattern: /^planned growth (-?[\d.]+)%: item cap$/,
    id: 'assessment.note.item-cap-growth',
    en: 'Planned growth {growth}%: the item’s cap',
    names: ['growth'],
  },
  { pattern: /^no score given yet$/, id: 'assessment.note.no-score', en: 'No score given yet' },
  { pattern: /^(\d+) assessor\(s\)$/, id: 'assessment.note.assessors', en: '{count} assessor(s)', names: ['count'] },
  { pattern: /^item cap (.+)$/, id: 'assessment.note.item-cap', en: 'Item cap {cap}', names: ['cap'] },
  {
    pattern: /^(-?[\d.]+) over the cap of (.+)$/,
    id: 'assessment.note.bonus-cap',
    en: '{raw} over the cap of {cap}',
    names: ['raw', 'cap'],
  },
];

export const noteText = (t: Translate, note: string | undefined): string | null => {
  if (!note) return null;
  for (const { pattern, id, en, names } of NOTES) {
    const match = pattern.exec(note);
    if (match) return t(id, en, Object.fromEntries((names ?? []).map((name, i) => [name, match[i + 1]])));
  }
  return note;
};

/** A step's value as the page shows it: yes/no for a veto, a dash for none. */
export const stepValue = (t: Translate, value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('assessment.yes', 'Yes') : t('assessment.no', 'No');
  return typeof value === 'number' ? value.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(value);
};
