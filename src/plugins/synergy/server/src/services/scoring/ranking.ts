/**
 * Rankings within a peer group with the scheme's declared tie-break, grades from declared bands,
 * awards from the ranking only (vetoed subjects excluded), the diff of two versions, and the
 * quarterly figures a bulletin shows (value, growth, rank per indicator).
 */
import { round2 } from './items';
import type { RankedSubject, SchemeRules, ScoredSubject, TieBreak } from './types';

const criterion: Record<TieBreak, (s: ScoredSubject) => number> = {
  target: (s) => s.totals.target,
  manual: (s) => s.totals.manual,
  bonus: (s) => s.totals.bonus,
  'fewer-deductions': (s) => -s.totals.deduction,
};

const tieBreaksOf = (rules: SchemeRules): TieBreak[] =>
  (rules.tieBreak ?? []).filter((t): t is TieBreak => typeof t === 'string' && Object.prototype.hasOwnProperty.call(criterion, t));

/** Which declared criterion separates a from b (0 when none does): negative when a ranks first. */
const compareBy = (tieBreaks: TieBreak[], a: ScoredSubject, b: ScoredSubject): [number, TieBreak | null] => {
  if (a.totals.total !== b.totals.total) return [b.totals.total - a.totals.total, null];
  for (const t of tieBreaks) {
    const diff = criterion[t](b) - criterion[t](a);
    if (diff !== 0) return [diff, t];
  }
  return [0, null];
};

export const gradeOf = (rules: SchemeRules, total: number, veto: boolean): string | null => {
  if (veto && rules.vetoGrade) return rules.vetoGrade;
  const bands = [...(rules.gradeBands ?? [])].sort((a, b) => b.min - a.min);
  return bands.find((band) => total >= band.min)?.grade ?? null;
};

/** Competition ranking ("1, 1, 3"): a subject's rank is one more than the subjects strictly ahead of it. */
const ranksOf = (sorted: ScoredSubject[], tieBreaks: TieBreak[]): number[] =>
  sorted
    .map((s, i) => (i > 0 && compareBy(tieBreaks, sorted[i - 1], s)[0] === 0 ? -1 : i + 1))
    .reduce<number[]>((ranks, r, i) => {
      ranks.push(r === -1 ? ranks[i - 1] : r);
      return ranks;
    }, []);

export const rankSubjects = (rules: SchemeRules, scored: ScoredSubject[]): RankedSubject[] => {
  const tieBreaks = tieBreaksOf(rules);
  const groups = new Map<string, ScoredSubject[]>();
  for (const s of scored) {
    const members = groups.get(s.peerGroup);
    if (members) members.push(s);
    else groups.set(s.peerGroup, [s]);
  }
  const ranked: RankedSubject[] = [];
  for (const peerGroup of [...groups.keys()].sort()) {
    const sorted = [...groups.get(peerGroup)!].sort((a, b) => compareBy(tieBreaks, a, b)[0] || a.code.localeCompare(b.code));
    const ranks = ranksOf(sorted, tieBreaks);
    const eligible = sorted.filter((s) => !s.veto);
    const eligibleRankList = ranksOf(eligible, tieBreaks);
    const eligibleRanks = new Map(eligible.map((s, i) => [s.key, eligibleRankList[i]]));
    sorted.forEach((s, i) => {
      const before = sorted[i - 1];
      const after = sorted[i + 1];
      const brokenBy =
        (before && before.totals.total === s.totals.total && compareBy(tieBreaks, before, s)[1]) ||
        (after && after.totals.total === s.totals.total && compareBy(tieBreaks, s, after)[1]) ||
        null;
      const eligibleRank = eligibleRanks.get(s.key) ?? null;
      ranked.push({
        ...s,
        rank: ranks[i],
        eligibleRank,
        grade: gradeOf(rules, s.totals.total, s.veto),
        award: eligibleRank === null ? null : awardOf(rules, eligibleRank),
        tieBrokenBy: brokenBy,
      });
    });
  }
  return ranked;
};

/** The award of an eligible rank: the awards cover places in their declared order (subjects sharing a rank share the award). */
export const awardOf = (rules: SchemeRules, eligibleRank: number): string | null => {
  let upTo = 0;
  for (const rule of rules.awards ?? []) {
    upTo += Math.max(0, Math.floor(rule.places));
    if (eligibleRank <= upTo) return rule.award;
  }
  return null;
};

export interface RankingRow {
  key: string;
  code: string;
  name: string;
  total: number;
  rank: number;
}

export interface RankingDiffRow {
  key: string;
  code: string;
  name: string;
  totalBefore: number | null;
  totalAfter: number | null;
  totalChange: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  /** Places gained (positive) or lost. */
  rankChange: number | null;
}

/** What changed between two versions of a ranking, subject by subject (those that came or went included). */
export const diffRankings = (before: RankingRow[], after: RankingRow[]): RankingDiffRow[] => {
  const old = new Map(before.map((r) => [r.key, r]));
  const rows: RankingDiffRow[] = after.map((r) => {
    const b = old.get(r.key);
    return {
      key: r.key,
      code: r.code,
      name: r.name,
      totalBefore: b ? b.total : null,
      totalAfter: r.total,
      totalChange: b ? round2(r.total - b.total) : null,
      rankBefore: b ? b.rank : null,
      rankAfter: r.rank,
      rankChange: b ? b.rank - r.rank : null,
    };
  });
  const present = new Set(after.map((r) => r.key));
  for (const b of before) {
    if (!present.has(b.key)) {
      rows.push({ ...b, totalBefore: b.total, totalAfter: null, totalChange: null, rankBefore: b.rank, rankAfter: null, rankChange: null });
    }
  }
  return rows.map(({ key, code, name, totalBefore, totalAfter, totalChange, rankBefore, rankAfter, rankChange }) => ({
    key,
    code,
    name,
    totalBefore,
    totalAfter,
    totalChange,
    rankBefore,
    rankAfter,
    rankChange,
  }));
};

export interface FigureRow {
  key: string;
  code: string;
  name: string;
  peerGroup: string;
  value: number | null;
  previousValue: number | null;
  /** Growth over the same period a year earlier, in percent. */
  growth: number | null;
  /** Rank by value within the peer group, in the indicator's good direction; null without a value. */
  rank: number | null;
}

/** The quarterly figures (晒数据、晒增幅): per indicator of the target items, each subject's value, growth and rank. */
export const quarterlyFigures = (subjects: ScoredSubject[]): Record<string, { name: string; direction: string; rows: FigureRow[] }> => {
  const figures: Record<string, { name: string; direction: string; rows: FigureRow[] }> = {};
  for (const subject of subjects) {
    for (const item of subject.items) {
      if (item.kind !== 'target') continue;
      const code = String(item.inputs.indicator ?? '');
      const value = typeof item.inputs.value === 'number' ? item.inputs.value : null;
      const previous = typeof item.inputs.previousValue === 'number' ? item.inputs.previousValue : null;
      if (!Object.prototype.hasOwnProperty.call(figures, code)) {
        figures[code] = {
          name: String(item.inputs.indicatorName ?? item.name),
          direction: String(item.inputs.direction ?? 'higher-better'),
          rows: [],
        };
      }
      figures[code].rows.push({
        key: subject.key,
        code: subject.code,
        name: subject.name,
        peerGroup: subject.peerGroup,
        value,
        previousValue: previous,
        growth: value !== null && previous !== null && previous !== 0 ? round2(((value - previous) / Math.abs(previous)) * 100) : null,
        rank: null,
      });
    }
  }
  for (const figure of Object.values(figures)) {
    const lowerBetter = figure.direction === 'lower-better';
    const byGroup = new Map<string, FigureRow[]>();
    for (const row of figure.rows) {
      if (row.value === null) continue;
      const rows = byGroup.get(row.peerGroup);
      if (rows) rows.push(row);
      else byGroup.set(row.peerGroup, [row]);
    }
    // Competition ranking by value in the good direction: equal values share a rank.
    for (const rows of byGroup.values()) {
      rows.sort((a, b) => (lowerBetter ? a.value! - b.value! : b.value! - a.value!));
      rows.forEach((row, index) => {
        row.rank = index > 0 && rows[index - 1].value === row.value ? rows[index - 1].rank : index + 1;
      });
    }
    figure.rows.sort(
      (a, b) => a.peerGroup.localeCompare(b.peerGroup) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code)
    );
  }
  return figures;
};
