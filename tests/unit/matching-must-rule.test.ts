/**
 * The "must" rule of matching: which must entry binds a demand (a text score that holds, not a
 * shared word), and an external close needs an approved exemption naming the bound entry.
 */
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { MatchingEngine } from '../../src/plugins/synergy/public';
import { mustBinds } from '../../src/plugins/synergy/server/src/services/matching/engine';
import { titleCore } from '../../src/plugins/synergy/server/src/services/matching/tokenizer';
import type { MatchingConfig, Offer } from '../../src/plugins/synergy/server/src/services/matching/types';
import { loadOffers } from '../fixtures/matching/labelled-set';
import { mustEntryExempted } from '../../src/api/synergy-demand/rules/external-close';

const CONFIG = pluginConfig.default.matching as MatchingConfig;

describe('mustEntryExempted', () => {
  it('lets a demand without a bound must entry through', () => {
    expect(mustEntryExempted(null, [])).toBe(true);
  });

  it('needs an approved exemption naming exactly the bound entry', () => {
    expect(mustEntryExempted(7, [])).toBe(false);
    expect(mustEntryExempted(7, [8, 9])).toBe(false);
    expect(mustEntryExempted(7, [8, 7])).toBe(true);
  });
});

describe('which must entry binds a demand, on the wording reporters use (issue 14)', () => {
  // The labelled set's catalogue (241 offers): realistic word rarities, close neighbours, generic words
  const engine = new MatchingEngine(CONFIG);
  loadOffers().forEach((offer) => engine.add(offer));
  const rank = (title: string, description: string, category: string) => engine.rank({ title, description, category, ownerUnitId: 99 }, 5);

  it.each([
    ['采购一批劳保用品', '根据项目工作需要，采购安全帽和工作服等劳保用品200套，要求满足国家标准', 'product', 'ppe'],
    ['动力煤采购', '2027年一季度需要动力煤约5万吨，热值不低于5000大卡，要求3月底前到货', 'product', 'coal'],
    ['压力管道焊缝无损检测', '厂区压力管道改造项目，需要对焊缝进行无损检测，出具检测报告', 'service', 'ndt'],
    ['2号锅炉大小修', '2号锅炉计划10月停炉大小修，含受热面检查，工期30天', 'service', 'boiler-repair'],
  ])('binds "%s" to its must entry, ranked first', (title, description, category, expected) => {
    const ranking = rank(title, description, category);
    expect(ranking.candidates[0].documentId).toBe(expected);
    expect(ranking.mustEntry?.documentId).toBe(expected);
    expect(ranking.candidates[0].reasons.band).not.toBe('weak');
  });

  it.each([
    ['港区道路照明改造', '港区道路路灯老化，需要更换LED路灯50盏', 'engineering'],
    ['试验室装修', '化学试验室地面、墙面装修改造', 'engineering'],
    ['锅炉房屋顶防水维修', '锅炉房屋面渗漏，需要防水层翻新', 'engineering'],
    ['办公室文件柜采购', '新办公区需要文件柜40组', 'product'],
  ])('does not bind "%s", which only shares a word with a must entry', (title, description, category) => {
    expect(rank(title, description, category).mustEntry).toBeNull();
  });
});

describe('the core word of a demand title', () => {
  it.each([
    ['检修现场午饭盒饭', { word: '盒饭', action: null }],
    ['干式变压器采购', { word: '干式变压器', action: null }],
    ['笔记本故障送修', { word: '故障', action: '送修' }],
    ['锅炉房屋顶防水维修', { word: '防水', action: '维修' }],
    ['高压电机轴承更换', { word: '轴承', action: '更换' }],
    ['维修', { word: '维修', action: null }],
    ['2026年度', null],
  ])('of "%s" is %j', (title, core) => {
    expect(titleCore(title)).toEqual(core);
  });
});

describe('a must entry that lacks the core word of the title binds nothing', () => {
  const engine = new MatchingEngine(CONFIG);
  loadOffers().forEach((offer) => engine.add(offer));

  it.each([
    ['大修期间现场盒饭', '机组大修期间现场人员盒饭每天80份'],
    ['检修期间临时工', '机组检修期间需要临时工20人，为期一个月'],
    ['试验楼空调维修', '试验楼中央空调制冷效果差，需要维修'],
  ])('"%s" binds no repair or test entry', (title, description) => {
    const ranking = engine.rank({ title, description, category: 'service', ownerUnitId: 99 }, 5);
    expect(ranking.mustEntry?.documentId ?? '').not.toMatch(/repair|test/);
    const sharingOnly = ranking.candidates.filter((c) => c.reasons.supplierClass === 'must' && /repair|test/.test(c.documentId));
    expect(sharingOnly.length).toBeGreaterThan(0);
    for (const candidate of sharingOnly) expect(candidate.reasons.coreTerm).toEqual({ term: expect.any(String), found: false });
  });

  it('says the core word in the reasons, in both languages', () => {
    const ranking = engine.rank({ title: '锅炉C级检修', description: '', category: 'service', ownerUnitId: 99 }, 1);
    expect(ranking.mustEntry?.documentId).toBe('boiler-repair');
    expect(ranking.candidates[0].reasons.coreTerm).toEqual({ term: '锅炉', found: true });
    expect(ranking.candidates[0].reasons.factors[0].note.zh).toContain('含核心词“锅炉”');
    expect(ranking.candidates[0].reasons.factors[0].note.en).toContain('holds the core word “锅炉”');
  });
});

describe('the need a must entry holds: the core through the entry, the action on both sides', () => {
  const unit = (id: number) => ({ id, code: `U${id}`, name: `U${id}` });
  const entry = (documentId: string, title: string, description: string): Offer => ({
    kind: 'catalogue-entry',
    documentId,
    title,
    description,
    category: 'service',
    subCategory: null,
    regions: ['全国'],
    supplierClass: 'must',
    supplierUnit: unit(1),
    rating: null,
  });
  const engine = new MatchingEngine(CONFIG);
  [
    entry('cash-pool', '资金归集', '成员单位资金集中管理、现金池'),
    entry('laptop-repair', '手提电脑检修服务', '各品牌手提电脑上门检修、换屏'),
    entry('pv-epc', '光伏电站工程总承包', '分布式光伏电站设计采购施工一体化'),
    entry('meal-delivery', '团餐配送', '工作餐集中配送，保温车送达'),
    entry('coal', '动力煤供应', '电厂用动力煤长协供应'),
  ].forEach((offer) => engine.add(offer));
  const bound = (title: string, description = '') =>
    engine.rank({ title, description, category: 'service', ownerUnitId: 99 }, 5).mustEntry?.documentId ?? null;

  it.each([
    // the title's last word (系统, 故障) is not what the entry holds, but the title names what the entry offers
    ['资金归集系统接入', 'cash-pool'],
    ['笔记本故障送修', 'laptop-repair'],
    ['屋顶太阳能发电', 'pv-epc'],
    // the entry's action is supplying: buying the thing asks for it
    ['动力煤采购', 'coal'],
    ['检修现场午饭盒饭', 'meal-delivery'],
  ])('"%s" binds %s', (title, expected) => {
    expect(bound(title)).toBe(expected);
  });

  it('says in the reasons which word of the entry the demand names, in both languages', () => {
    const ranking = engine.rank({ title: '资金归集系统接入', description: '', category: 'service', ownerUnitId: 99 }, 1);
    expect(ranking.mustEntry?.documentId).toBe('cash-pool');
    expect(ranking.candidates[0].reasons.coreTerm).toEqual({ term: '系统', found: false });
    expect(ranking.candidates[0].reasons.factors[0].note.zh).toContain('缺核心词“系统”，但需求点名了本条目的“资金归集”');
    expect(ranking.candidates[0].reasons.factors[0].note.en).toContain("but the demand names this entry's “资金归集”");
  });

  it.each([
    // the entry repairs, builds or delivers; the demand buys, runs or operates
    ['手提电脑采购', 'the entry repairs what the demand buys'],
    ['光伏电站运维', 'the demand asks an action (运维) the entry does not offer'],
    ['伙房委托经营', 'a canteen is not the meals an entry delivers'],
    ['资金归集系统运维', 'the action asked (运维) is not the entry’s'],
  ])('"%s" binds nothing: %s', (title) => {
    expect(bound(title)).toBeNull();
  });
});

describe('mustBinds', () => {
  it('needs the threshold share of the demand, and most of what the best candidate holds', () => {
    const config = { mustThreshold: 0.5, mustLead: 0.8 };
    expect(mustBinds(0.7, 0.7, config)).toBe(true);
    expect(mustBinds(0.45, 0.45, config)).toBe(false);
    expect(mustBinds(0.6, 0.9, config)).toBe(false);
    expect(mustBinds(0.75, 0.9, config)).toBe(true);
  });
});
