/** Text side of matching: segmentation with bigram fallback, dictionary expansion, BM25. */
import { tokenize, words, bigrams } from '../../src/plugins/synergy/server/src/services/matching/tokenizer';
import { expandQuery } from '../../src/plugins/synergy/server/src/services/matching/dictionary';
import { Bm25Index } from '../../src/plugins/synergy/server/src/services/matching/bm25';

const WEIGHTS = { bigramWeight: 0.5, synonymWeight: 0.6 };

describe('tokenizer', () => {
  it('segments Chinese into words, lower-cases English and drops single characters and stop words', () => {
    expect(words('需要ThinkPad笔记本电脑的维修服务')).toEqual(expect.arrayContaining(['thinkpad', '电脑', '维修', '服务']));
    expect(words('需要ThinkPad笔记本电脑的维修服务')).not.toContain('的');
    expect(words('需要ThinkPad笔记本电脑的维修服务')).not.toContain('需要');
  });

  it('adds character bigrams so words the segmenter breaks (光伏, 运维) are still found', () => {
    expect(bigrams('光伏电站运维')).toEqual(['光伏', '伏电', '电站', '站运', '运维']);
    const texts = tokenize('光伏电站运维').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['光伏', '运维', '电站']));
  });

  it('counts a two-character word once, not again as its bigram', () => {
    const terms = tokenize('维修');
    expect(terms).toEqual([{ text: '维修', kind: 'word' }]);
  });
});

describe('dictionary expansion', () => {
  it('adds the near-terms of a dictionary word at the lower weight, keeping the demand words at full weight', () => {
    const terms = expandQuery('笔记本检修', WEIGHTS);
    const byText = new Map(terms.map((t) => [t.text, t]));
    expect(byText.get('检修')?.weight).toBe(1);
    expect(byText.get('维修')).toEqual({ text: '维修', weight: 0.6, via: '维修', standsFor: '检修' });
    expect(byText.get('手提')?.via).toBe('手提电脑');
  });

  it('leaves a text without dictionary words as it is', () => {
    expect(expandQuery('量子纠缠', WEIGHTS).every((t) => !t.via)).toBe(true);
  });
});

describe('BM25 index', () => {
  const index = new Bm25Index({ k1: 1.2, b: 0.75 });
  index.add('笔记本电脑维修');
  index.add('冷库仓储租赁');
  index.add('笔记本电脑销售 笔记本电脑 批发');
  index.add('办公楼物业保洁');

  it('returns only documents sharing a term, a rare term weighing more than a common one', () => {
    const query = [
      { text: '维修', weight: 1 },
      { text: '电脑', weight: 1 },
    ];
    const hits = index.search(query);
    expect([...hits.docs].sort()).toEqual([0, 2]);
    expect(hits.score[0]).toBeGreaterThan(hits.score[2]);
    expect(index.idf('维修')).toBeGreaterThan(index.idf('电脑'));
    expect(index.matchedTerms(query, 0).map((t) => t.text)).toEqual(['维修', '电脑']);
  });

  it('scores a near-term below the same word asked for directly and reports coverage of the demand words', () => {
    const direct = index.search([{ text: '仓储', weight: 1 }]);
    const nearQuery = [
      { text: '仓库', weight: 1 },
      { text: '仓储', weight: 0.6, via: '仓储', standsFor: '仓库' },
    ];
    const near = index.search(nearQuery);
    expect(near.docs).toEqual([1]);
    expect(near.score[1]).toBeLessThan(direct.score[1]);
    expect(direct.coverage[1]).toBe(1);
    expect(index.matchedTerms(nearQuery, 1).map((t) => t.text)).toEqual(['仓储']);
  });

  it('counts only the strongest near-term standing for one word', () => {
    const one = index.search([{ text: '冷库', weight: 0.6, via: '冷库', standsFor: '仓库' }]);
    const two = index.search([
      { text: '冷库', weight: 0.6, via: '冷库', standsFor: '仓库' },
      { text: '仓储', weight: 0.6, via: '仓储', standsFor: '仓库' },
    ]);
    expect(two.score[1]).toBeCloseTo(
      Math.max(one.score[1], index.search([{ text: '仓储', weight: 0.6, via: '仓储', standsFor: '仓库' }]).score[1])
    );
  });

  it('finds nothing for a term no document has', () => {
    expect(index.search([{ text: '潜水艇', weight: 1 }]).docs).toEqual([]);
  });
});
