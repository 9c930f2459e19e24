/** Validation of the plugin's `matching` configuration: every weight a finite number ≥ 0. */
import type { MatchingConfig } from './types';

const isWeight = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

const checkWeights = (path: string, value: unknown, keys: string[]): string[] => {
  if (!value || typeof value !== 'object') return [`${path} must be an object`];
  return keys.filter((key) => !isWeight((value as Record<string, unknown>)[key])).map((key) => `${path}.${key} must be a number ≥ 0`);
};

export const matchingConfigProblems = (config: unknown): string[] => {
  if (!config || typeof config !== 'object') return ['synergy.matching must be an object'];
  const c = config as Partial<Record<keyof MatchingConfig, unknown>>;
  const problems = [
    ...checkWeights('synergy.matching', c, [
      'k1',
      'partWeight',
      'synonymWeight',
      'descriptionWeight',
      'coreWeight',
      'ratingScale',
      'unratedValue',
      'mustThreshold',
      'mustLead',
    ]),
    ...checkWeights('synergy.matching.weights', c.weights, ['text', 'category', 'region', 'supplierClass', 'rating']),
    ...checkWeights('synergy.matching.categoryFit', c.categoryFit, ['exact', 'type', 'none']),
    ...checkWeights('synergy.matching.regionFit', c.regionFit, ['covered', 'nationwide', 'not-covered', 'unknown']),
    ...checkWeights('synergy.matching.classValue', c.classValue, ['must', 'priority', 'encouraged', 'none']),
    ...checkWeights('synergy.matching.bands', c.bands, ['strong', 'medium']),
  ];
  if (typeof c.b !== 'number' || !(c.b >= 0 && c.b <= 1)) problems.push('synergy.matching.b must be a number between 0 and 1');
  for (const key of ['mustThreshold', 'mustLead', 'unratedValue'] as const) {
    if (typeof c[key] === 'number' && (c[key] as number) > 1) problems.push(`synergy.matching.${key} must be at most 1`);
  }
  const bands = c.bands as { strong?: unknown; medium?: unknown } | undefined;
  if (
    bands &&
    typeof bands.strong === 'number' &&
    typeof bands.medium === 'number' &&
    !(bands.medium <= bands.strong && bands.strong <= 1)
  ) {
    problems.push('synergy.matching.bands must have medium ≤ strong ≤ 1');
  }
  if (c.ratingScale === 0) problems.push('synergy.matching.ratingScale must be above 0');
  return problems;
};
