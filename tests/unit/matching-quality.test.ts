/**
 * Ranking quality on a labelled set written for this test (tests/fixtures/matching): 48 demands
 * against 204 catalogue entries and resources, worded differently from the offers they should
 * find, so segmentation and the near-term dictionary matter. Prints recall@5 and MRR.
 */
import fs from 'fs';
import path from 'path';
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { MatchingEngine } from '../../src/plugins/synergy/public';
import type { MatchingConfig, Offer, SupplierClass } from '../../src/plugins/synergy/server/src/services/matching/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'matching');

const rows = (file: string): string[][] =>
  fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));

const unit = (code: string) => ({ id: Number(code.slice(1)), code, name: `${code} 单位` });

const offers: Offer[] = rows('offers.tsv').map(([key, kind, title, description, category, subCategory, regions, supplierClass, owner]) => ({
  kind: kind === 'resource' ? 'synergy-resource' : 'catalogue-entry',
  documentId: key,
  title,
  description,
  category,
  subCategory,
  regions: regions.split(','),
  supplierClass: supplierClass === '-' ? null : (supplierClass as SupplierClass),
  supplierUnit: unit(owner),
  rating: null,
}));

const demands = rows('demands.tsv').map(([key, title, description, category, subCategory, region, expected, owner]) => ({
  key,
  facts: { title, description, category, subCategory: subCategory || null, region, ownerUnitId: unit(owner).id },
  expected: expected.split(','),
}));

describe('ranking quality on the labelled set', () => {
  it('has at least 40 demands and 200 offers', () => {
    expect(demands.length).toBeGreaterThanOrEqual(40);
    expect(offers.length).toBeGreaterThanOrEqual(200);
  });

  it('reaches recall@5 ≥ 0.9 and MRR ≥ 0.7', () => {
    const engine = new MatchingEngine(pluginConfig.default.matching as MatchingConfig);
    offers.forEach((offer) => engine.add(offer));
    let recall = 0;
    let reciprocalRanks = 0;
    const misses: string[] = [];
    for (const demand of demands) {
      const ranked = engine.rank(demand.facts, 50).candidates.map((c) => c.documentId);
      const found = demand.expected.filter((key) => ranked.slice(0, 5).includes(key)).length;
      recall += found / demand.expected.length;
      const first = ranked.findIndex((key) => demand.expected.includes(key));
      reciprocalRanks += first >= 0 ? 1 / (first + 1) : 0;
      if (found < demand.expected.length) misses.push(`${demand.key} ${demand.facts.title} → ${ranked.slice(0, 5).join(', ')}`);
    }
    const recallAt5 = recall / demands.length;
    const mrr = reciprocalRanks / demands.length;
    console.log(
      `matching quality: recall@5 = ${recallAt5.toFixed(3)}, MRR = ${mrr.toFixed(3)} (${demands.length} demands, ${offers.length} offers)` +
        (misses.length ? `\nnot all expected in the top 5:\n${misses.join('\n')}` : '')
    );
    expect(recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(mrr).toBeGreaterThanOrEqual(0.7);
  });
});
