/**
 * Pure rules of benefit records: periods, shares that add up to exactly 100 %, and the roll-up of
 * confirmed benefits to org units, computed from the shares so a unit above several parties counts
 * a record once.
 */
import { isSameOrAncestorPath } from '../../../plugins/synergy/public';

const PERIOD = /^(\d{4})(?:-(?:Q[1-4]|H[12]))?$/;

/** The year of a period "2026", "2026-H1" or "2026-Q3", or null when it is not one. */
export const periodYear = (period: unknown): number | null => {
  if (typeof period !== 'string') return null;
  const match = PERIOD.exec(period);
  return match ? Number(match[1]) : null;
};

/** Percentages and amounts compared in integer hundredths, so 33.33 + 66.67 is exactly 100. */
/** A benefit period ("2026", "2026-H1", "2026-Q3") as [year, first month, last month]; null for anything else. */
export const benefitSpan = (period: string): [number, number, number] | null => {
  const match = /^(\d{4})(?:-(Q|H)([1-4]))?$/.exec(period ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) return [year, 1, 12];
  const n = Number(match[3]);
  return match[2] === 'Q' ? [year, n * 3 - 2, n * 3] : [year, n * 6 - 5, n * 6];
};

export const toHundredths = (value: number | string): number => Math.round(Number(value) * 100);

export interface ShareInput {
  unitId: number | null;
  percent: number | string | null | undefined;
}

/** Why the shares cannot stand, or null: every unit a participant, once, and 100 % in all. */
export const shareProblem = (shares: ShareInput[], participantIds: number[]): string | null => {
  if (shares.length === 0) return 'Give the share of each participant (须填写各参与方的分摊比例)';
  const units = new Set<number>();
  for (const share of shares) {
    if (share.unitId === null || !participantIds.includes(share.unitId)) {
      return 'Every share must belong to a participant of the project (分摊单位须为项目参与方)';
    }
    if (units.has(share.unitId)) return 'A unit appears twice in the shares (分摊单位重复)';
    units.add(share.unitId);
    if (share.percent === null || share.percent === undefined || Number.isNaN(Number(share.percent))) {
      return 'Every share needs a percent (须填写分摊比例)';
    }
  }
  const total = shares.reduce((sum, share) => sum + toHundredths(share.percent as number), 0);
  return total === 10000 ? null : `Shares add up to ${total / 100}%, not 100% (分摊比例合计须为100%)`;
};

export interface BenefitForRollup {
  amount: number | string;
  shares: Array<{ unitPath: string | null; percent: number | string }>;
}

/**
 * Confirmed benefit per unit of one level (units whose subtrees do not overlap): every share is
 * credited to the unit above its own unit, as amount × percent. Sums are kept in fractional cents
 * and rounded once per unit, so two shares of one record under one unit add up to the full amount.
 */
export const rollupBenefits = (records: BenefitForRollup[], units: Array<{ id: number; path: string }>): Map<number, number> => {
  const cents = new Map<number, number>(units.map((unit) => [unit.id, 0]));
  for (const record of records) {
    const amountCents = toHundredths(record.amount);
    for (const share of record.shares) {
      if (!share.unitPath) continue;
      const unit = units.find((u) => isSameOrAncestorPath(u.path, share.unitPath!));
      if (unit) cents.set(unit.id, cents.get(unit.id)! + (amountCents * toHundredths(share.percent)) / 10000);
    }
  }
  return new Map([...cents].map(([id, value]) => [id, Math.round(value) / 100]));
};
