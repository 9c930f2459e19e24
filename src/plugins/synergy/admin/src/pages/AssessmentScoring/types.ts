/** What the assessment pages read from the server (/synergy/assessment-…; the shapes of docs/modules/assessment.md). */

export interface SchemeSummary {
  documentId: string;
  name: string;
  code: string;
  version: number;
  subjectType: string;
  periodKind: 'quarter' | 'year';
  frozen: boolean;
  frozenAt: string | null;
  latest: boolean;
}

export interface Totals {
  target: number | null;
  manual: number | null;
  bonus: number | null;
  deduction: number | null;
  total: number | null;
}

export interface RankingRow {
  documentId: string;
  subject: { key: string; code: string; name: string; kind: string };
  peerGroup: string;
  totals: Totals;
  veto: boolean;
  vetoReasons: string[];
  rank: number;
  eligibleRank: number | null;
  grade: string | null;
  award: string | null;
  tieBrokenBy: string | null;
}

export interface Ranking {
  data: RankingRow[];
  meta: { scheme: string; period: string; version: number | null; versions: number[] };
}

export interface DiffRow {
  key: string;
  code: string;
  name: string;
  totalBefore: number | null;
  totalAfter: number | null;
  totalChange: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  rankChange: number | null;
}

export interface TraceStep {
  step: string;
  value: number | string | boolean | null;
  note?: string;
}

export interface TraceItem {
  key: string;
  name: string;
  kind: string;
  points: number;
  inputs: Record<string, any>;
  steps: TraceStep[];
}

export interface SheetTrace extends RankingRow {
  period: string;
  version: number;
  schemeVersion: number;
  computedAt: string;
  computedBy: string | null;
  trace: {
    scheme: { code: string; version: number };
    inputs: {
      letter: { documentId: string; versionNo: number; signedAt: string | null } | null;
      bonusCounts: Record<string, number>;
      deductions: Array<{ documentId: string; points: number; level: string | null; taskSource: string | null; note: string | null }>;
      manualScores: Array<{ itemKey: string; assessor: string; value: number | null; comment: string | null }>;
    };
    items: TraceItem[];
    bonusCapStep: TraceStep | null;
    totals: Totals;
    vetoReasons: string[];
    tieBrokenBy: string | null;
  } | null;
}

export interface ManualScoreRow {
  documentId: string;
  subject: string;
  itemKey: string;
  item: string;
  kind: 'manual' | 'veto';
  range: [number | null, number | null];
  assessor: string | null;
  value: number | null;
  comment: string | null;
  scoredAt: string | null;
  open: boolean;
}

export interface FigureRow {
  key: string;
  code: string;
  name: string;
  value: number | null;
  previousValue: number | null;
  growth: number | null;
  rank: number | null;
}

export interface Bulletin {
  documentId: string;
  title: string;
  year: number;
  periodNumber: number | null;
  period: string;
  sheetVersion: number | null;
  body: string | null;
  correctionNote: string | null;
  ranking: RankingRow[] | null;
  figures: Record<string, { name: string; direction: string; rows: FigureRow[] }> | null;
  issuedAt: string | null;
  issuedBy: string | null;
  state: 'draft' | 'published';
  scheme: { documentId: string; version: number } | null;
  corrects: { documentId: string; title: string } | null;
}

export interface ComputeAnswer {
  data: { version: number; previousVersion: number | null; ranking: RankingRow[]; diff: DiffRow[] | null };
  meta: { subjects: number; manualScoresOpened: number };
}
