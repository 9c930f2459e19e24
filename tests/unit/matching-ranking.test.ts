/** Scoring and ranking: category, region, class and rating around text relevance; own unit excluded. */
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { MatchingEngine } from '../../src/plugins/synergy/public';
import { categoryFit, regionFit, scoreOffer } from '../../src/plugins/synergy/server/src/services/matching/scoring';
import { matchingConfigProblems } from '../../src/plugins/synergy/server/src/services/matching/config-rules';
import type { MatchingConfig, Offer } from '../../src/plugins/synergy/server/src/services/matching/types';

const CONFIG = pluginConfig.default.matching as MatchingConfig;

let seq = 0;
const offer = (fields: Partial<Offer>): Offer => ({
  kind: 'catalogue-entry',
  documentId: `doc-${(seq += 1)}`,
  title: '笔记本电脑维修',
  description: '',
  category: 'service',
  subCategory: null,
  regions: [],
  supplierClass: 'encouraged',
  supplierUnit: { id: 10, code: 'CO-X', name: 'X 公司' },
  rating: null,
  ...fields,
});

describe('score parts', () => {
  it('category fit: exact with the same sub-category, type with the same type, none otherwise', () => {
    const demand = { title: 't', category: 'service', subCategory: 'IT运维' };
    expect(categoryFit(demand, offer({ subCategory: 'IT运维' }))).toBe('exact');
    expect(categoryFit(demand, offer({ subCategory: '物流' }))).toBe('type');
    expect(categoryFit(demand, offer({ category: 'product' }))).toBe('none');
  });

  it('region: covered (also nested names), nationwide, not covered, unknown', () => {
    expect(regionFit({ title: 't', region: '湖北省武汉市' }, offer({ regions: ['湖北'] }))).toBe('covered');
    expect(regionFit({ title: 't', region: '北京' }, offer({ regions: ['全国'] }))).toBe('nationwide');
    expect(regionFit({ title: 't', region: '北京' }, offer({ regions: ['上海'] }))).toBe('not-covered');
    expect(regionFit({ title: 't' }, offer({ regions: ['上海'] }))).toBe('unknown');
  });

  it('class and rating raise the score, must above priority above encouraged', () => {
    const demand = { title: 't' };
    const must = scoreOffer(demand, offer({ supplierClass: 'must' }), 1, CONFIG).score;
    const priority = scoreOffer(demand, offer({ supplierClass: 'priority' }), 1, CONFIG).score;
    const encouraged = scoreOffer(demand, offer({ supplierClass: 'encouraged' }), 1, CONFIG).score;
    expect(must).toBeGreaterThan(priority);
    expect(priority).toBeGreaterThan(encouraged);
    expect(scoreOffer(demand, offer({ rating: 5 }), 1, CONFIG).score).toBeGreaterThan(
      scoreOffer(demand, offer({ rating: 2 }), 1, CONFIG).score
    );
  });

  it('the default configuration is valid and a broken one is refused with the key named', () => {
    expect(matchingConfigProblems(CONFIG)).toEqual([]);
    expect(matchingConfigProblems({ ...CONFIG, b: 2 })).toEqual(['synergy.matching.b must be a number between 0 and 1']);
    expect(matchingConfigProblems({ ...CONFIG, bands: { strong: 0.3, medium: 0.6 } })).toEqual([
      'synergy.matching.bands must have medium ≤ strong ≤ 1',
    ]);
    expect(matchingConfigProblems({ ...CONFIG, weights: { ...CONFIG.weights, text: -1 } })).toEqual([
      'synergy.matching.weights.text must be a number ≥ 0',
    ]);
  });
});

describe('ranking', () => {
  const engine = new MatchingEngine(CONFIG);
  const mustRepair = offer({ title: '笔记本电脑维修', supplierClass: 'must', supplierUnit: { id: 11, code: 'CO-M', name: 'M' } });
  const encouragedRepair = offer({
    title: '笔记本电脑维修',
    supplierClass: 'encouraged',
    supplierUnit: { id: 12, code: 'CO-E', name: 'E' },
  });
  const ownRepair = offer({ title: '笔记本电脑维修', supplierClass: 'must', supplierUnit: { id: 99, code: 'OWN', name: '本单位' } });
  const nearRepair = offer({ title: '手提电脑检修', supplierClass: 'priority', supplierUnit: { id: 13, code: 'CO-N', name: 'N' } });
  const storage = offer({ title: '冷库仓储租赁', supplierUnit: { id: 14, code: 'CO-S', name: 'S' } });
  [mustRepair, encouragedRepair, ownRepair, nearRepair, storage].forEach((o) => engine.add(o));

  const ranking = engine.rank({ title: '笔记本电脑维修', category: 'service', ownerUnitId: 99 }, 10);

  it('ranks a must entry above an encouraged one of equal text, and leaves out the demand unit’s own entry', () => {
    const ids = ranking.candidates.map((c) => c.documentId);
    expect(ids.indexOf(mustRepair.documentId)).toBeLessThan(ids.indexOf(encouragedRepair.documentId));
    expect(ids).not.toContain(ownRepair.documentId);
    expect(ids).not.toContain(storage.documentId);
  });

  it('finds the entry that says the same thing in other words, through the dictionary, below the exact ones', () => {
    const near = ranking.candidates.find((c) => c.documentId === nearRepair.documentId)!;
    expect(near.reasons.matchedTerms).toEqual(['笔记本电脑', '维修']);
    expect(near.reasons.nearTerms).toEqual([
      { term: '笔记本电脑', via: '手提电脑' },
      { term: '维修', via: '检修' },
    ]);
    expect(near.score).toBeLessThan(ranking.candidates[0].score);
  });

  it('explains each candidate and names the binding must entry', () => {
    expect(ranking.candidates[0]).toEqual({
      kind: 'catalogue-entry',
      documentId: mustRepair.documentId,
      title: '笔记本电脑维修',
      supplierUnit: { id: 11, code: 'CO-M', name: 'M' },
      score: expect.any(Number),
      reasons: expect.objectContaining({
        band: 'strong',
        matchedTerms: ['笔记本电脑', '维修'],
        missingTerms: [],
        category: 'type',
        region: 'unknown',
        supplierClass: 'must',
        rating: null,
        textScore: expect.any(Number),
        coverage: 1,
      }),
    });
    expect(ranking.candidates[0].reasons.textScore).toBeGreaterThan(0.9);
    expect(ranking.mustEntry?.documentId).toBe(mustRepair.documentId);
    expect(ranking.total).toBe(3);
  });

  it('limits the list and binds no must entry when the match is weak', () => {
    expect(engine.rank({ title: '笔记本电脑维修' }, 1).candidates).toHaveLength(1);
    expect(engine.rank({ title: '冷库仓储租赁，放置电脑' }, 10).mustEntry).toBeNull();
  });
});

describe('what moves a ranking besides the text', () => {
  const engine = new MatchingEngine(CONFIG);
  const unitOf = (id: number) => ({ id, code: `CO-${id}`, name: `${id}` });
  // Two entries answering the same need in slightly different words: the texts are close, not equal
  const encouraged = offer({ title: '锅炉检修', description: '电站锅炉本体检修', supplierClass: 'encouraged', supplierUnit: unitOf(21) });
  const must = offer({ title: '锅炉检修服务', description: '电站锅炉本体及辅机检修', supplierClass: 'must', supplierUnit: unitOf(22) });
  const unrelated = offer({ title: '锅炉用水处理药剂', description: '阻垢剂供货', supplierClass: 'must', supplierUnit: unitOf(23) });
  [encouraged, must, unrelated].forEach((o) => engine.add(o));
  const demand = { title: '锅炉检修', description: '电站锅炉本体检修', category: 'service' };

  it('the supplier class lifts a must entry past an encouraged one whose text is a little closer', () => {
    const ranking = engine.rank(demand, 3);
    const byId = new Map(ranking.candidates.map((c) => [c.documentId, c]));
    expect(byId.get(encouraged.documentId)!.reasons.textScore).toBeGreaterThan(byId.get(must.documentId)!.reasons.textScore);
    expect(ranking.candidates[0].documentId).toBe(must.documentId);
    expect(ranking.candidates[0].reasons.factors.find((f) => f.factor === 'supplierClass')).toMatchObject({
      value: 1,
      note: { zh: '目录须选择条目', en: 'catalogue entry, must be chosen' },
    });
  });

  it('the rating moves one of two equal texts ahead; an unrated supplier counts as a middling one', () => {
    const rated = new MatchingEngine(CONFIG);
    const low = offer({ title: '锅炉检修', supplierClass: 'priority', rating: 1, supplierUnit: unitOf(31) });
    const high = offer({ title: '锅炉检修', supplierClass: 'priority', rating: 5, supplierUnit: unitOf(32) });
    const none = offer({ title: '锅炉检修', supplierClass: 'priority', rating: null, supplierUnit: unitOf(33) });
    [low, none, high].forEach((o) => rated.add(o));
    expect(rated.rank({ title: '锅炉检修' }, 3).candidates.map((c) => c.documentId)).toEqual([
      high.documentId,
      none.documentId,
      low.documentId,
    ]);
  });

  it('a weak text stays weak: one shared word is a 弱匹配 and binds no must entry', () => {
    const ranking = engine.rank({ title: '锅炉房屋顶防水维修', description: '屋面渗漏' }, 3);
    expect(ranking.candidates.every((c) => c.reasons.band !== 'strong')).toBe(true);
    expect(ranking.mustEntry).toBeNull();
  });

  it('counts the sub-category once, as category fit, not as text', () => {
    const withSub = engine.rank({ ...demand, subCategory: '锅炉检修' }, 3).candidates;
    const without = engine.rank(demand, 3).candidates;
    expect(withSub.map((c) => c.reasons.textScore)).toEqual(without.map((c) => c.reasons.textScore));
  });
});
