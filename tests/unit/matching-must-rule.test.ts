/**
 * The "must" rule of matching: which must entry binds a demand (a text score that holds, not a
 * shared word), and an external close needs an approved exemption naming the bound entry.
 */
import pluginConfig from '../../src/plugins/synergy/server/src/config';
import { MatchingEngine } from '../../src/plugins/synergy/public';
import { mustBinds } from '../../src/plugins/synergy/server/src/services/matching/engine';
import type { MatchingConfig, Offer, SupplierClass } from '../../src/plugins/synergy/server/src/services/matching/types';
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
  const engine = new MatchingEngine(CONFIG);
  let seq = 0;
  const entry = (title: string, description: string, supplierClass: SupplierClass, category = 'product'): Offer => {
    seq += 1;
    const offer: Offer = {
      kind: 'catalogue-entry',
      documentId: `entry-${seq}`,
      title,
      description,
      category,
      subCategory: null,
      regions: ['全国'],
      supplierClass,
      supplierUnit: { id: 100 + seq, code: `CO-${seq}`, name: `${seq}` },
      rating: null,
    };
    engine.add(offer);
    return offer;
  };
  const ppe = entry('劳动防护用品供应', '安全帽、工作服、劳保鞋、防尘口罩等劳保用品集中供应', 'must');
  const coal = entry('电煤供应', '动力煤、洗选煤铁路直达供应，热值稳定', 'must');
  const ndt = entry('金属无损检测服务', '压力容器、压力管道焊缝射线、超声无损检测', 'must', 'service');
  const conveyor = entry('港区皮带机检修', '输煤皮带机、托辊、输送带检修更换', 'must', 'service');
  const electricTest = entry('电气设备预防性试验', '变压器、开关柜、电缆预防性试验', 'must', 'service');
  const boiler = entry('锅炉检修服务', '电站锅炉本体及辅机检修', 'must', 'service');
  entry('办公用品供应', '文具、打印纸、硒鼓', 'encouraged');
  entry('港区航道疏浚', '港池、航道清淤疏浚', 'priority', 'engineering');
  const rank = (title: string, description: string, category = 'product') => engine.rank({ title, description, category }, 5);

  it.each([
    ['采购一批劳保用品', '根据项目工作需要，采购安全帽和工作服等劳保用品200套，要求满足国家标准', ppe],
    ['动力煤采购', '2027年一季度需要动力煤约5万吨，热值不低于5000大卡，要求3月底前到货', coal],
    ['压力管道焊缝无损检测', '厂区压力管道改造项目，需要对焊缝进行无损检测，出具检测报告', ndt],
    ['港区皮带机托辊更换', '码头输煤皮带机托辊老化，需要检修更换托辊和输送带', conveyor],
  ])('binds "%s" to its must entry, ranked first', (title, description, expected) => {
    const ranking = rank(title, description, expected.category!);
    expect(ranking.candidates[0].documentId).toBe(expected.documentId);
    expect(ranking.mustEntry?.documentId).toBe(expected.documentId);
    expect(ranking.candidates[0].reasons.band).not.toBe('weak');
  });

  it.each([
    ['港区道路照明改造', '港区道路路灯老化，需要更换LED路灯50盏', conveyor],
    ['试验室装修', '化学试验室地面、墙面装修改造', electricTest],
    ['锅炉房屋顶防水维修', '锅炉房屋面渗漏，需要防水层翻新', boiler],
    ['食堂餐饮服务', '职工食堂托管，每日三餐', ppe],
  ])('does not bind "%s", which only shares a word with a must entry', (title, description, sharing) => {
    const ranking = rank(title, description, 'service');
    expect(ranking.mustEntry).toBeNull();
    const shared = ranking.candidates.find((c) => c.documentId === sharing.documentId);
    if (shared) expect(shared.reasons.band).toBe('weak');
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
