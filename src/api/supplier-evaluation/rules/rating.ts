/**
 * A supplier's rating from the evaluations of its buyers: each evaluation scores
 * 0.4 × quality + 0.3 × delivery + 0.3 × service (1–5); the rating is their weighted mean over the
 * last 12 months, where an evaluation's weight halves every 180 days of age, so recent work counts
 * most and one old bad project fades. No evaluation in the window: no rating.
 */
export const SCORE_WEIGHTS = { quality: 0.4, delivery: 0.3, service: 0.3 } as const;
export const RATING_WINDOW_DAYS = 365;
export const RATING_HALF_LIFE_DAYS = 180;

const DAY_MS = 24 * 3600 * 1000;

export interface EvaluationScore {
  quality: number;
  delivery: number;
  service: number;
  at: Date | string;
}

export const evaluationScore = (e: EvaluationScore): number =>
  SCORE_WEIGHTS.quality * e.quality + SCORE_WEIGHTS.delivery * e.delivery + SCORE_WEIGHTS.service * e.service;

/** The rating (two decimals) at `now`, or null when nothing was evaluated in the window. */
export const supplierRating = (evaluations: EvaluationScore[], now: Date): number | null => {
  let weighted = 0;
  let weights = 0;
  for (const e of evaluations) {
    const ageDays = Math.max(0, (now.getTime() - new Date(e.at).getTime()) / DAY_MS);
    if (ageDays > RATING_WINDOW_DAYS) continue;
    const weight = 0.5 ** (ageDays / RATING_HALF_LIFE_DAYS);
    weighted += weight * evaluationScore(e);
    weights += weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 100) / 100;
};
