import { matchingConfigProblems } from './services/matching/config-rules';

export default {
  default: {
    /** Only the scope benchmark's baseline switches this off, in-process. */
    enforceScope: true,
    /** How long a resolved caller scope is reused across requests on one instance. */
    scopeCacheSeconds: 5,
    /** Days a mediator has to resolve a dispute before it goes one level up. */
    disputeEscalationDays: 15,
    /** Ranking of catalogue entries and resources for a demand (services/matching). */
    matching: {
      /** BM25 term-frequency saturation and length normalisation. */
      k1: 1.2,
      b: 0.75,
      /** A character bigram counts less than a segmented word; a dictionary near-term less than the demand's own word. */
      bigramWeight: 0.5,
      synonymWeight: 0.6,
      weights: { text: 0.6, category: 0.15, region: 0.1, supplierClass: 0.1, rating: 0.05 },
      categoryFit: { exact: 1, type: 0.6, none: 0 },
      regionFit: { covered: 1, nationwide: 0.8, unknown: 0.4, 'not-covered': 0 },
      classValue: { must: 1, priority: 0.6, encouraged: 0.3, none: 0 },
      /** Internal-supplier ratings run from 1 to 5. */
      ratingScale: 5,
      /** A "must" entry binds a demand when it covers at least this share of the demand's words. */
      mustThreshold: 0.5,
    },
  },
  validator(config: { enforceScope?: unknown; scopeCacheSeconds?: unknown; disputeEscalationDays?: unknown; matching?: unknown }) {
    if (typeof config.enforceScope !== 'boolean') throw new Error('synergy.enforceScope must be a boolean');
    const seconds = config.scopeCacheSeconds;
    if (typeof seconds !== 'number' || seconds < 0 || seconds > 60) {
      throw new Error('synergy.scopeCacheSeconds must be a number of seconds between 0 and 60');
    }
    const days = config.disputeEscalationDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      throw new Error('synergy.disputeEscalationDays must be a whole number of days, at least 1');
    }
    const matchingProblems = matchingConfigProblems(config.matching);
    if (matchingProblems.length > 0) throw new Error(matchingProblems.join('; '));
  },
};
