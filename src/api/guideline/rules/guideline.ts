/**
 * Rules of the guideline library, pure: what a write may leave, who must read a guideline, and
 * whether a unit may confirm it has read one. No strapi instance, no I/O.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export const GUIDELINE_STATES = ['draft', 'published', 'superseded', 'repealed'] as const;
export type GuidelineState = (typeof GUIDELINE_STATES)[number];

/** The states an intranet reader sees: the current rule and the ones it replaced or repealed, as history. */
export const PUBLIC_GUIDELINE_STATES: GuidelineState[] = ['published', 'superseded', 'repealed'];

/**
 * "The whole group" as readers of a must-read guideline: the segments, companies and enterprises —
 * the units that answer for applying a rule. The group itself issues the rule, and a department
 * reads through its company.
 */
export const WHOLE_GROUP_LEVELS = ['segment', 'company', 'enterprise'] as const;

/** The roles that confirm a reading for their unit; an employee reads, but does not answer for the unit. */
export const CONFIRMING_ROLES = ['reporter', 'segment', 'hq'] as const;

const dateOf = (value: unknown): string | null => (value ? String(value).slice(0, 10) : null);

/** Effective until must not come before effective from. */
export const effectiveDateProblems = (from: unknown, until: unknown): Problem[] => {
  const start = dateOf(from);
  const end = dateOf(until);
  return start && end && end < start
    ? [problemAt('effectiveUntil', 'effectiveUntil must not be before effectiveFrom', '失效日期不能早于生效日期')]
    : [];
};

/** A must-read guideline for chosen units names at least one unit. */
export const mustReadProblems = (guideline: { mustRead?: unknown; mustReadScope?: unknown }, chosenUnits: number): Problem[] =>
  guideline.mustRead === true && guideline.mustReadScope === 'chosen-units' && chosenUnits === 0
    ? [problemAt('mustReadUnits', 'Choose the units that must read this guideline', '请选择必读单位')]
    : [];

/** A new version replaces a guideline in force: a draft, superseded or repealed one cannot be replaced. */
export const previousVersionProblems = (previous: { state: string } | null | undefined, selfDocumentId?: string): Problem[] => {
  if (previous === undefined) return [];
  if (previous === null) {
    return [problemAt('previousVersion', 'The guideline this version replaces does not exist', '被替代的指引不存在')];
  }
  if ((previous as any).documentId && (previous as any).documentId === selfDocumentId) {
    return [problemAt('previousVersion', 'A guideline cannot replace itself', '指引不能替代自身')];
  }
  return previous.state === 'published'
    ? []
    : [
        problemAt(
          'previousVersion',
          'Only a published guideline can get a new version',
          '只有已发布的指引才能发布新版本（被替代的指引未发布、已被替代或已废止）'
        ),
      ];
};

export interface ReaderUnit {
  id: number;
  level: string;
}

/** The units that must read a guideline, from all units: none unless must-read; the chosen ones, or the whole group's. */
export const expectedReaderIds = (
  guideline: { mustRead?: boolean | null; mustReadScope?: string | null; mustReadUnits?: Array<{ id: number }> | null },
  units: ReaderUnit[]
): number[] => {
  if (!guideline.mustRead) return [];
  if (guideline.mustReadScope === 'chosen-units') return (guideline.mustReadUnits ?? []).map((unit) => unit.id);
  return units.filter((unit) => (WHOLE_GROUP_LEVELS as readonly string[]).includes(unit.level)).map((unit) => unit.id);
};

/** Why a caller may not confirm reading, in both languages; null when it may. */
export const confirmRefusal = (facts: {
  state: string;
  role: string | null;
  unitId: number | null;
  expected: number[];
}): { en: string; zh: string; status: 400 | 403 | 409 } | null => {
  if (facts.unitId === null || !facts.role || !(CONFIRMING_ROLES as readonly string[]).includes(facts.role)) {
    return {
      en: "Only a unit's reporter or manager confirms reading for the unit",
      zh: '只有单位填报员或管理员可以代表本单位确认阅知',
      status: 403,
    };
  }
  if (facts.state !== 'published') {
    return { en: 'Only a guideline in force is confirmed as read', zh: '该指引未发布或已被替代、废止，无需确认阅知', status: 409 };
  }
  if (!facts.expected.includes(facts.unitId)) {
    return { en: 'This guideline is not must-read for your unit', zh: '该指引不是本单位的必读指引', status: 400 };
  }
  return null;
};
