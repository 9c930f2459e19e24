/**
 * Assessment rules as data (考核方案) and the facts a subject is scored on. A scheme is a list of
 * items of five kinds; nothing in it is ever evaluated as code: kinds, sources and conditions are
 * names looked up in fixed tables, everything else is a number.
 */

import type { BonusSource, DeductionSource, ItemKind, TieBreak, VetoCondition } from '../../../../shared/contracts/assessment';

export {
  BONUS_SOURCES,
  DEDUCTION_SOURCES,
  ITEM_KINDS,
  TASK_LEVELS,
  TIE_BREAKS,
  VETO_CONDITIONS,
  type BonusSource,
  type DeductionSource,
  type ItemKind,
  type TieBreak,
  type VetoCondition,
} from '../../../../shared/contracts/assessment';

/** A target whose planned growth over last year's actual is at least `minGrowth` % may score up to `maxScore`. */
export interface DifficultyCap {
  minGrowth: number;
  maxScore: number;
}

export interface SchemeItem {
  /** Stable within the scheme: manual scores and traces name the item by it. */
  key: string;
  name: string;
  kind: ItemKind | string;
  /** target, manual: percent of the total; target and manual weights add up to 100. */
  weight?: number | null;
  /** target: the indicator of the signed letter. */
  indicatorCode?: string | null;
  /** target: the item's score (out of 100) when the target is exactly met; default 100. */
  baseScore?: number | null;
  /** target: percentage points of achievement per step; default 1. */
  stepSize?: number | null;
  pointsPerStepAbove?: number | null;
  pointsPerStepBelow?: number | null;
  /** target: the item's floor and cap (out of 100); manual: the range an assessor scores in. */
  minScore?: number | null;
  maxScore?: number | null;
  /** target: caps that depend on how demanding the target is (the highest `minGrowth` reached wins). */
  difficultyCaps?: DifficultyCap[] | null;
  /** manual and named veto: the intranet users who score. */
  assessorIds?: number[] | null;
  bonusSource?: BonusSource | string | null;
  /** bonus: points per record (per 10,000 yuan for confirmed benefit). */
  pointsPerUnit?: number | null;
  /** bonus: the item's cap; deduction: the most it deducts. */
  itemCap?: number | null;
  deductionSource?: DeductionSource | string | null;
  /** deduction: points per deduction by the task's level; a level not named keeps the points supervision recorded. */
  pointsByLevel?: Record<string, number> | null;
  vetoCondition?: VetoCondition | string | null;
}

export interface GradeBand {
  grade: string;
  /** The lowest total of the grade. */
  min: number;
}

export interface AwardRule {
  award: string;
  /** How many places (among subjects not vetoed) the award covers, after the awards before it. */
  places: number;
}

export interface SchemeRules {
  items: SchemeItem[];
  /** All bonus items together add at most this. */
  bonusCap?: number | null;
  tieBreak?: Array<TieBreak | string> | null;
  gradeBands?: GradeBand[] | null;
  awards?: AwardRule[] | null;
  /** A vetoed subject's grade whatever its total (e.g. D); none keeps its band. */
  vetoGrade?: string | null;
}

/** One indicator of the subject for the period. */
export interface IndicatorFacts {
  code: string;
  name: string;
  direction: string;
  /** The annual target of the signed letter; null when the letter has no item for it. */
  target: number | null;
  /** The part of the annual target the period answers for (flows: months covered ÷ 12). */
  prorate: number;
  /** The actual figure for the period; null when nothing is reported. */
  value: number | null;
  /** The same period a year earlier (growth). */
  previousValue: number | null;
  /** The whole previous year (how demanding the target is). */
  previousYearValue: number | null;
}

export interface ManualScoreFacts {
  itemKey: string;
  assessorId: number;
  assessor: string;
  value: number | null;
  comment: string | null;
}

export interface DeductionFacts {
  documentId: string;
  points: number;
  level: string | null;
  taskSource: string | null;
  note: string | null;
}

export interface SubjectFacts {
  /** Stable across versions: the unit's or person's documentId. */
  key: string;
  code: string;
  name: string;
  peerGroup: string;
  letter: { documentId: string; versionNo: number; signedAt: string | null } | null;
  indicators: IndicatorFacts[];
  manualScores: ManualScoreFacts[];
  bonusCounts: Partial<Record<BonusSource, number>>;
  deductions: DeductionFacts[];
}

export interface TraceStep {
  step: string;
  value: number | string | boolean | null;
  note?: string;
}

export interface ItemResult {
  key: string;
  name: string;
  kind: ItemKind;
  /** What the item adds to the total (negative for deductions; 0 for a veto). */
  points: number;
  inputs: Record<string, unknown>;
  steps: TraceStep[];
}

export interface SheetTotals {
  target: number;
  manual: number;
  bonus: number;
  deduction: number;
  total: number;
}

export interface ScoredSubject {
  key: string;
  code: string;
  name: string;
  peerGroup: string;
  totals: SheetTotals;
  veto: boolean;
  vetoReasons: string[];
  items: ItemResult[];
  /** Bonus before and after the scheme's total cap. */
  bonusCapStep: TraceStep | null;
}

export interface RankedSubject extends ScoredSubject {
  rank: number;
  /** Rank among the peer group's subjects not vetoed; null when vetoed. */
  eligibleRank: number | null;
  grade: string | null;
  award: string | null;
  tieBrokenBy: string | null;
}
