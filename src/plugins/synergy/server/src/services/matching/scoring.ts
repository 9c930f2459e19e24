/**
 * The score of an offer for a demand: text relevance blended with category fit, region
 * coverage, supplier class and rating, each weighted by the plugin configuration. The parts are
 * kept as `reasons` so a reviewer sees why a candidate ranked where it did.
 */
import type { CategoryFit, DemandFacts, MatchingConfig, Offer, RegionFit } from './types';

/** Regions meaning "the whole country". */
export const NATIONWIDE = ['全国', '全国范围', '全国各地'];

export const categoryFit = (demand: DemandFacts, offer: Offer): CategoryFit => {
  if (!demand.category || offer.category !== demand.category) return 'none';
  if (demand.subCategory && offer.subCategory && demand.subCategory === offer.subCategory) return 'exact';
  return 'type';
};

/** Region names nest ("湖北" covers "湖北省武汉市"), so either containing the other counts. */
const sameRegion = (a: string, b: string) => a.includes(b) || b.includes(a);

/** Called for every matching offer of a demand, so it loops without allocating. */
export const regionFit = (demand: DemandFacts, offer: Offer): RegionFit => {
  const wanted = demand.region?.trim();
  if (!wanted) return 'unknown';
  let said = false;
  let nationwide = false;
  for (const raw of offer.regions) {
    const region = raw.trim();
    if (!region) continue;
    said = true;
    if (sameRegion(region, wanted)) return 'covered';
    if (NATIONWIDE.includes(region)) nationwide = true;
  }
  if (!said) return 'unknown';
  return nationwide ? 'nationwide' : 'not-covered';
};

export type Factor = 'text' | 'category' | 'region' | 'supplierClass' | 'rating';

export interface ScoreParts {
  textScore: number;
  category: CategoryFit;
  region: RegionFit;
  /** Each part's value (0–1) before weighting. */
  values: Record<Factor, number>;
  score: number;
}

export const FACTORS: Factor[] = ['text', 'category', 'region', 'supplierClass', 'rating'];

export const totalWeight = ({ weights }: MatchingConfig) =>
  weights.text + weights.category + weights.region + weights.supplierClass + weights.rating;

/**
 * The weighted score (0–1) of one offer whose absolute text score is `textScore`. An offer without
 * a rating (its unit is no admitted internal supplier) counts as `unratedValue`, not as the worst.
 */
export const scoreOffer = (demand: DemandFacts, offer: Offer, textScore: number, config: MatchingConfig): ScoreParts => {
  const { weights } = config;
  const category = categoryFit(demand, offer);
  const region = regionFit(demand, offer);
  const values: Record<Factor, number> = {
    text: textScore,
    category: config.categoryFit[category],
    region: config.regionFit[region],
    supplierClass: config.classValue[offer.supplierClass ?? 'none'],
    rating: offer.rating === null ? config.unratedValue : Math.max(0, Math.min(1, offer.rating / config.ratingScale)),
  };
  const total = totalWeight(config);
  const sum =
    weights.text * values.text +
    weights.category * values.category +
    weights.region * values.region +
    weights.supplierClass * values.supplierClass +
    weights.rating * values.rating;
  return { textScore, category, region, values, score: total > 0 ? sum / total : 0 };
};
