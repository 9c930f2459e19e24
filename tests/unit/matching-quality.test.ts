/**
 * Ranking quality on the labelled set (tests/fixtures/matching; issue 14, item 3): demands written
 * as reporters write them, against catalogue entries and resources with close distractors. Prints,
 * for the engine and for a naive baseline (count of two-character substrings shared by demand and
 * offer text), recall@1, recall@5 and MRR — overall and on the demands whose answers share no
 * two-character substring with them — and the must rule's precision and recall, then asserts
 * issue 14's targets: recall@5 ≥ 0.9, no-shared MRR ≥ the baseline's + 0.15, must precision and
 * recall ≥ 0.9. MATCHING_QUALITY_TARGETS=off prints without asserting the targets.
 */
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { MatchingEngine } from '../../src/plugins/synergy/public';
import type { MatchingConfig } from '../../src/plugins/synergy/server/src/services/matching/types';
import { characterPairs, loadDemands, loadOffers, offerText, sharedPairs, type LabelledDemand } from '../fixtures/matching/labelled-set';

const TARGETS_ON = process.env.MATCHING_QUALITY_TARGETS !== 'off';
/** The must rule's targets (issue 14). */
const MUST_FLOOR = { precision: 0.9, recall: 0.9 };
/** How deep a ranking is read for MRR; both rankers get the same depth. */
const DEPTH = 50;
/** Words reporters write in many demands that say little about the need. */
const GENERIC_WORDS = ['港区', '试验', '服务', '项目', '采购', '工程', '年度', '检修', '设备', '要求'];

const offers = loadOffers();
const demands = loadDemands();
const offerByKey = new Map(offers.map((offer) => [offer.documentId, offer]));
const isMustEntry = (key: string) => offerByKey.get(key)?.supplierClass === 'must' && offerByKey.get(key)?.kind === 'catalogue-entry';
const offerPairs = new Map(offers.map((offer) => [offer.documentId, characterPairs(offerText(offer))]));

/** A demand's answers share no two-character substring with what the reporter wrote. */
const noSharedSubstring = (demand: LabelledDemand) => {
  const pairs = characterPairs(demand.text);
  return demand.expected.every((key) => sharedPairs(pairs, offerPairs.get(key)!).length === 0);
};
const hardSubset = demands.filter(noSharedSubstring);

interface Outcome {
  /** Offer keys, best first. */
  ranked: string[];
  /** The must entry the demand binds to, or null. */
  bound: string | null;
}

const engine = new MatchingEngine(pluginConfig.default.matching as MatchingConfig);
offers.forEach((offer) => engine.add(offer));

/** Which must entry a ranking binds the demand to: the one place that reads how the engine says it. */
const boundMustEntry = (ranking: ReturnType<MatchingEngine['rank']>): string | null => ranking.mustEntry?.documentId ?? null;

const rankWithEngine = (demand: LabelledDemand): Outcome => {
  const ranking = engine.rank(demand.facts, DEPTH);
  return { ranked: ranking.candidates.map((candidate) => candidate.documentId), bound: boundMustEntry(ranking) };
};

/** The naive search: offers by the number of distinct character pairs they share with the demand. */
const rankByBaseline = (demand: LabelledDemand): Outcome => {
  const pairs = characterPairs(demand.text);
  const ranked = offers
    .filter((offer) => offer.supplierUnit?.id !== demand.facts.ownerUnitId)
    .map((offer) => ({ key: offer.documentId, shared: sharedPairs(pairs, offerPairs.get(offer.documentId)!).length }))
    .filter((hit) => hit.shared > 0)
    .sort((a, b) => b.shared - a.shared || (a.key < b.key ? -1 : 1))
    .slice(0, DEPTH)
    .map((hit) => hit.key);
  // It binds when its first hit is a must entry: a naive reading of the rule, printed for comparison only.
  return { ranked, bound: ranked.length > 0 && isMustEntry(ranked[0]) ? ranked[0] : null };
};

/** Share of a demand's answers found in the top k (of at most k answers), averaged over demands. */
const recallAt = (k: number, set: LabelledDemand[], outcomes: Map<string, Outcome>) =>
  set.reduce((sum, demand) => {
    const top = outcomes.get(demand.key)!.ranked.slice(0, k);
    return sum + demand.expected.filter((key) => top.includes(key)).length / Math.min(demand.expected.length, k);
  }, 0) / set.length;

const meanReciprocalRank = (set: LabelledDemand[], outcomes: Map<string, Outcome>) =>
  set.reduce((sum, demand) => {
    const first = outcomes.get(demand.key)!.ranked.findIndex((key) => demand.expected.includes(key));
    return sum + (first >= 0 ? 1 / (first + 1) : 0);
  }, 0) / set.length;

/** Precision: binds to the expected must entry among all binds (NaN when nothing binds); recall: among demands expecting one. */
const mustRule = (outcomes: Map<string, Outcome>) => {
  const binds = demands.filter((demand) => outcomes.get(demand.key)!.bound !== null);
  const right = binds.filter((demand) => outcomes.get(demand.key)!.bound === demand.mustExpected).length;
  const expecting = demands.filter((demand) => demand.mustExpected !== null).length;
  return { precision: binds.length ? right / binds.length : NaN, recall: right / expecting, binds: binds.length };
};

const figures = (outcomes: Map<string, Outcome>) => ({
  recallAt1: recallAt(1, demands, outcomes),
  recallAt5: recallAt(5, demands, outcomes),
  mrr: meanReciprocalRank(demands, outcomes),
  hard: {
    recallAt1: recallAt(1, hardSubset, outcomes),
    recallAt5: recallAt(5, hardSubset, outcomes),
    mrr: meanReciprocalRank(hardSubset, outcomes),
  },
  must: mustRule(outcomes),
});

const outcomesOf = (ranker: (demand: LabelledDemand) => Outcome) => new Map(demands.map((demand) => [demand.key, ranker(demand)]));

/** Non-answers in the same category and sub-category as one of the demand's answers. */
const closeDistractors = (demand: LabelledDemand) => {
  const answers = demand.expected.map((key) => offerByKey.get(key)!);
  return offers.filter(
    (offer) =>
      !demand.expected.includes(offer.documentId) &&
      answers.some((answer) => answer.category === offer.category && answer.subCategory === offer.subCategory)
  );
};

/** The demand and a non-answer both say one of the generic words. */
const sharesGenericWord = (demand: LabelledDemand) =>
  GENERIC_WORDS.some(
    (word) =>
      demand.text.includes(word) && offers.some((offer) => !demand.expected.includes(offer.documentId) && offerText(offer).includes(word))
  );

describe('the labelled set', () => {
  it('names offers that exist, with unique keys', () => {
    expect(new Set(demands.map((demand) => demand.key)).size).toBe(demands.length);
    expect(offerByKey.size).toBe(offers.length);
    const unknown = demands.flatMap((demand) => demand.expected.filter((key) => !offerByKey.has(key)));
    expect(unknown).toEqual([]);
  });

  it('has ≥ 120 demands, ≥ 30 whose answers share no two-character substring with them, ≥ 25 expecting a must entry', () => {
    expect(demands.length).toBeGreaterThanOrEqual(120);
    expect(hardSubset.length).toBeGreaterThanOrEqual(30);
    const expecting = demands.filter((demand) => demand.mustExpected !== null);
    expect(expecting.length).toBeGreaterThanOrEqual(25);
    const wrong = expecting.filter((demand) => !isMustEntry(demand.mustExpected!) || !demand.expected.includes(demand.mustExpected!));
    expect(wrong.map((demand) => demand.key)).toEqual([]);
  });

  it('marks as must traps only must entries that share a two-character substring with the demand and do not answer it', () => {
    const traps = demands.filter((demand) => demand.mustTrap !== null);
    expect(traps.length).toBeGreaterThanOrEqual(20);
    const wrong = traps.filter(
      (demand) =>
        demand.mustExpected !== null ||
        !isMustEntry(demand.mustTrap!) ||
        demand.expected.includes(demand.mustTrap!) ||
        sharedPairs(characterPairs(demand.text), offerPairs.get(demand.mustTrap!)!).length === 0
    );
    expect(wrong.map((demand) => demand.key)).toEqual([]);
  });

  it('puts close distractors beside most answers and generic words in many demands', () => {
    expect(demands.filter((demand) => closeDistractors(demand).length >= 2).length).toBeGreaterThanOrEqual(100);
    expect(demands.filter(sharesGenericWord).length).toBeGreaterThanOrEqual(40);
  });
});

describe('ranking quality on the labelled set', () => {
  let engineOutcomes: Map<string, Outcome>;
  let engineFigures: ReturnType<typeof figures>;
  let baselineFigures: ReturnType<typeof figures>;

  beforeAll(() => {
    engineOutcomes = outcomesOf(rankWithEngine);
    engineFigures = figures(engineOutcomes);
    baselineFigures = figures(outcomesOf(rankByBaseline));
  });

  it('prints the engine and the shared-bigram baseline side by side', () => {
    const answered = new Set(demands.flatMap((demand) => demand.expected));
    const line = (name: string, f: ReturnType<typeof figures>) =>
      `${name.padEnd(9)} ${[
        f.recallAt1,
        f.recallAt5,
        f.mrr,
        f.hard.recallAt1,
        f.hard.recallAt5,
        f.hard.mrr,
        f.must.precision,
        f.must.recall,
      ]
        .map((value) => (Number.isNaN(value) ? ' n/a ' : value.toFixed(3)))
        .join('  ')}   ${f.must.binds}`;
    const misses = demands
      .filter((demand) => recallAt(5, [demand], engineOutcomes) < 1 || engineOutcomes.get(demand.key)!.bound !== demand.mustExpected)
      .map((demand) => {
        const { ranked, bound } = engineOutcomes.get(demand.key)!;
        return `  ${demand.key} ${demand.facts.title} → ${ranked.slice(0, 5).join(', ')} | expected ${demand.expected.join(',')}; bound ${bound ?? '-'}, expected ${demand.mustExpected ?? '-'}`;
      });
    console.log(
      [
        `matching quality: ${demands.length} demands, ${offers.length} offers; ${hardSubset.length} demands whose answers share no two-character substring with them (no-shared);`,
        `  ${demands.filter((demand) => demand.mustExpected).length} expecting a must entry, ${demands.filter((demand) => demand.mustTrap).length} sharing words with a must entry they must not bind;`,
        `  ${demands.filter((demand) => closeDistractors(demand).length >= 2).length} with ≥ 2 non-answers in an answer's sub-category, ${demands.filter(sharesGenericWord).length} sharing a generic word with a non-answer; ${offers.filter((offer) => !answered.has(offer.documentId)).length} offers answer no demand`,
        `          ---------- all ----------   ------- no-shared -------   ---- must rule ----`,
        `          recall@1 recall@5  MRR     recall@1 recall@5  MRR     precision recall  binds`,
        line('engine', engineFigures),
        line('baseline', baselineFigures),
        `(baseline binds when its first hit is a must entry)`,
        `engine: answers not all in the top 5, or must binding wrong (${misses.length}):`,
        ...misses,
      ].join('\n')
    );
    expect(engineFigures.mrr).toBeGreaterThan(0);
  });

  (TARGETS_ON ? it : it.skip)("meets issue 14's targets for ranking and the must rule (MATCHING_QUALITY_TARGETS=off to skip)", () => {
    const targets = [
      { name: 'recall@5 overall', value: engineFigures.recallAt5, least: 0.9 },
      { name: 'no-shared MRR (baseline + 0.15)', value: engineFigures.hard.mrr, least: baselineFigures.hard.mrr + 0.15 },
      { name: 'must precision', value: engineFigures.must.precision, least: MUST_FLOOR.precision },
      { name: 'must recall', value: engineFigures.must.recall, least: MUST_FLOOR.recall },
    ];
    // All misses in one failure, so a run shows the whole gap.
    const missed = targets
      .filter(({ value, least }) => !(value >= least))
      .map(({ name, value, least }) => `${name}: ${value.toFixed(3)} < ${least.toFixed(3)}`);
    expect(missed).toEqual([]);
  });
});
