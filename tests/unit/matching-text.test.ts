/** Text side of matching: jieba words with the domain lexicon, stop words, quantities, parts of words, near-terms, the absolute text score. */
import { tokenize, words, isStopWord, userWords } from '../../src/plugins/synergy/server/src/services/matching/tokenizer';
import { expandQuery } from '../../src/plugins/synergy/server/src/services/matching/dictionary';
import { Bm25Index } from '../../src/plugins/synergy/server/src/services/matching/bm25';

const WEIGHTS = { partWeight: 0.3, synonymWeight: 0.8, descriptionWeight: 0.5 };
const texts = (text: string, kind: 'word' | 'part') => tokenize(text).flatMap((t) => (t.kind === kind ? [t.text] : []));

describe('tokenizer', () => {
  it('keeps domain words of the lexicon whole (电力设备, 无损检测, 动力煤, 皮带机)', () => {
    expect(words('港区皮带机检修')).toEqual(['港区', '皮带机', '检修']);
    expect(words('电力设备无损检测')).toEqual(['电力设备', '无损检测']);
    expect(words('动力煤约200吨')).toEqual(['动力煤']);
    expect(userWords()).toEqual(expect.arrayContaining(['电力设备', '无损检测', '动力煤', '皮带机', '手提电脑']));
  });

  it('leaves out stop words: function words and the boilerplate reporters write around a need', () => {
    const said = words('根据项目工作需要，采购一批劳保用品，要求满足国家标准');
    expect(said).toEqual(expect.arrayContaining(['劳保用品', '国家标准']));
    for (const noise of ['项目', '工作', '需要', '采购', '一批', '要求', '满足']) {
      expect(isStopWord(noise)).toBe(true);
      expect(said).not.toContain(noise);
    }
  });

  it('leaves out numbers and quantities, Arabic or Chinese', () => {
    expect(words('采购动力煤200吨，3月底前交货')).toEqual(['动力煤']);
    expect(words('三十台笔记本电脑，五十台显示器')).toEqual(['笔记本电脑', '显示器']);
    expect(words('ISO9001认证')).toEqual(['iso9001', '认证']);
    // grades and floors are quantities too: the need is the 测评, the 翻新
    expect(words('核心业务系统等保三级测评')).toEqual(['核心', '业务', '系统', '等保', '测评']);
    expect(words('机关二楼翻新改造')).toEqual(['机关', '翻新', '改造']);
  });

  it('keeps every word of the lexicon and the near-term dictionary whole, and never cuts one into a shorter word across it', () => {
    const split = userWords()
      .map((word) => word.toLowerCase())
      .filter((word) => !/\s/.test(word) && !isStopWord(word))
      .filter((word) => {
        const found = words(word);
        return !(found.length === 1 && found[0] === word);
      });
    expect(split).toEqual([]);
    // 集电线路 (a wind farm's collector lines) holds the characters of 电线 (wire), a near-term of 电缆
    expect(words('35千伏集电线路施工')).toEqual(['集电线路', '施工']);
    expect(texts('35千伏集电线路施工', 'part')).toEqual(expect.arrayContaining(['线路']));
  });

  it('makes no fragments across word boundaries (帽和, 和工, 服等, 煤约, 煤长)', () => {
    const all = tokenize('安全帽和工作服等劳保用品；动力煤约200吨，动力煤长期供应').map((t) => t.text);
    for (const fragment of ['帽和', '和工', '服等', '煤约', '煤长']) expect(all).not.toContain(fragment);
  });

  it('adds the shorter dictionary words inside a long word as parts, naming the word they belong to', () => {
    expect(texts('笔记本电脑', 'word')).toEqual(['笔记本电脑']);
    expect(texts('笔记本电脑', 'part')).toEqual(expect.arrayContaining(['笔记本', '电脑']));
    expect(tokenize('皮带机').find((t) => t.text === '皮带')).toEqual({ text: '皮带', kind: 'part', of: '皮带机' });
  });

  it('lower-cases English', () => {
    expect(words('ThinkPad笔记本电脑的维修服务')).toEqual(['thinkpad', '笔记本电脑', '维修', '服务']);
  });
});

describe('dictionary expansion', () => {
  it('adds the near-terms of a demand word at the lower weight, keeping the demand words at full weight', () => {
    const byText = new Map(expandQuery('笔记本电脑检修', WEIGHTS).map((t) => [t.text, t]));
    expect(byText.get('检修')).toMatchObject({ weight: 1, kind: 'word' });
    // 检修 is the action on the title's core (笔记本电脑): its near-terms stand for the action too
    expect(byText.get('维修')).toEqual({ text: '维修', kind: 'word', weight: 0.8, via: '维修', standsFor: '检修', action: true });
    expect(byText.get('手提电脑')).toMatchObject({ via: '手提电脑', standsFor: '笔记本电脑' });
  });

  it('weighs a word of the description below one of the title', () => {
    const byText = new Map(expandQuery({ title: '光伏组件清洗', description: '电站运维' }, WEIGHTS).map((t) => [t.text, t]));
    expect(byText.get('光伏组件')?.weight).toBe(1);
    expect(byText.get('运维')?.weight).toBe(0.5);
  });

  it('does not expand a word merely containing a dictionary word (电脑 is not 台式电脑)', () => {
    expect(expandQuery('笔记本电脑', WEIGHTS).some((t) => t.via === '台式机')).toBe(false);
  });
});

describe('the absolute text score', () => {
  const index = new Bm25Index({ k1: 1.2, b: 0.75 });
  const repair = index.add('港区皮带机检修 港区皮带机检修 输送带托辊更换');
  const dredging = index.add('港区航道疏浚 港区航道疏浚 港池清淤');
  const boiler = index.add('锅炉检修 锅炉检修 电站锅炉本体');
  index.add('办公楼物业保洁 办公楼物业保洁 日常清洁');

  it('scores a full match 1 and a match on one shared word far below, whatever the other documents', () => {
    const hits = index.search(expandQuery('港区皮带机检修', WEIGHTS));
    expect(hits.score[repair]).toBeGreaterThan(0.9); // a document longer than the average is credited a little less
    expect(hits.score[dredging]).toBeGreaterThan(0);
    expect(hits.score[dredging]).toBeLessThan(0.35);
    // Only the one word: the best candidate shares only 港区, and still does not score like a full match
    const alone = index.search(expandQuery('港区堆场照明改造', WEIGHTS));
    expect(Math.max(alone.score[repair], alone.score[dredging])).toBeLessThan(0.35);
  });

  it('credits a near-term below the word itself and counts one meaning once', () => {
    const direct = index.search(expandQuery('锅炉检修', WEIGHTS)).score[boiler];
    const near = index.search(expandQuery('锅炉维修', WEIGHTS)).score[boiler];
    expect(direct).toBeCloseTo(1);
    expect(near).toBeLessThan(direct);
    expect(near).toBeGreaterThan(0.6);
    const twoNear = index.search(expandQuery('锅炉维修保养', WEIGHTS)).score[boiler];
    expect(twoNear).toBeLessThanOrEqual(1);
  });

  it('weighs a word no document has, whose near-term some have, as rare as that near-term', () => {
    // 保洁 is in no document of this index; 清洁, its near-term, is in one (物业保洁 is one word)
    const cleaning = new Bm25Index({ k1: 1.2, b: 0.75, unseenWeight: 0.3 });
    const office = cleaning.add('办公楼清洁 办公楼清洁 地面养护');
    const guard = cleaning.add('港区治安巡逻 港区治安巡逻 卡口值守');
    cleaning.add('锅炉检修 锅炉检修');
    const query = expandQuery('港区办公楼保洁', WEIGHTS);
    const slot = cleaning.slots(query).find((one) => one.own.text === '保洁')!;
    expect(slot.near.map((term) => term.text)).toContain('清洁');
    expect(slot.mass).toBeCloseTo(cleaning.idf('清洁'));
    // the need said in other words outweighs the one place word (港区) the guard offer shares
    const hits = cleaning.searchSlots(cleaning.slots(query));
    expect(hits.score[office]).toBeGreaterThan(2 * hits.score[guard]);
  });

  it('finds nothing for a word no document has', () => {
    expect(index.search(expandQuery('潜水艇', WEIGHTS)).docs).toHaveLength(0);
  });
});
