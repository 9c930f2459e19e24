/**
 * Turns Chinese and mixed Chinese/English text into search terms that mean something. Words come
 * from jieba (its dictionary, plus the domain lexicon and the near-term dictionary as user words,
 * so 皮带机 or 动力煤 stay whole). jieba runs without its HMM guesser: the guesser glues unknown
 * characters into fragments across word boundaries (煤长, 煤约). Instead a run of characters the
 * dictionary does not know yields its bigrams, as parts. A longer word also yields the shorter
 * dictionary words inside it (笔记本电脑 → 笔记本, 电脑) as parts, weighted below whole words.
 * Stop words, single Han characters, numbers and quantities (200, 三千, 五十台) are left out:
 * they say nothing about what is needed.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import stopWordsFile from './stop-words.json';
import lexiconFile from './lexicon.json';
import dictionaryFile from './dictionary.json';
import actionWordsFile from './action-words.json';

export type TermKind = 'word' | 'part';

export interface Term {
  text: string;
  kind: TermKind;
  /** Of a part: the whole word (or run of unknown characters) it is part of. */
  of?: string;
}

const STOP_WORDS = new Set(stopWordsFile.words.map((word) => word.toLowerCase()));

const HAN_CHAR = /^\p{Script=Han}$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const WORD_LIKE = /[\p{L}\p{N}]/u;
/** One Latin letter (C 级, A4 纸's A) says nothing alone. */
const SINGLE_LETTER = /^[a-z]$/;
/** A number with or without a unit (200, 3.5, 110kv, 30%), or a Chinese numeral with a measure word (三千, 五十台, 第二批, 三级, 二楼). */
const QUANTITY =
  /^(\d[\d.,%]*[a-z]*|[零〇一二两三四五六七八九十百千万亿几半数多余第]+[个台套件吨米次批辆年月日天份名人家座条根块张只箱项期号级层楼]*)$/u;

/** Frequency given to user words: high enough that jieba keeps them whole. */
const USER_WORD_FREQUENCY = 50000;

/** The user words: the domain lexicon and every near-term dictionary word. */
export const userWords = (): string[] => [...new Set([...lexiconFile.words, ...dictionaryFile.groups.flat()])];

let segmenter: Jieba | null = null;
/**
 * jieba takes about 0.3 s to load its dictionary: once, on first use. A user word outweighs the
 * shorter words inside and across it, so a domain word is never cut into a shorter word that
 * means something else (集电线路, a wind farm's collector line, is not 电线, wire).
 */
const jieba = (): Jieba => {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    const lines = userWords()
      .filter((word) => !/\s/.test(word))
      .map((word) => `${word} ${USER_WORD_FREQUENCY}`);
    segmenter.loadDict(Buffer.from(lines.join('\n')));
  }
  return segmenter;
};

export const isStopWord = (word: string) => STOP_WORDS.has(word.toLowerCase());

/** Whether a segment carries meaning of its own: not a stop word, number, quantity or single Han character. */
const meaningful = (word: string) =>
  WORD_LIKE.test(word) &&
  !STOP_WORDS.has(word) &&
  !QUANTITY.test(word) &&
  !SINGLE_LETTER.test(word) &&
  !(HAN_CHAR.test(word) && word.length === 1);

/**
 * All terms of a text, with repeats (term frequency counts): whole words, then the parts of words
 * (dictionary words inside a longer word; bigrams of a run of unknown single characters).
 */
export const tokenize = (text: string): Term[] => {
  const lower = text.toLowerCase();
  const segments = jieba().cut(lower, false);
  const terms: Term[] = [];
  const wholeCounts = new Map<string, number>();
  let run = '';
  const endRun = () => {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const pair = chars[i] + chars[i + 1];
      if (meaningful(pair)) terms.push({ text: pair, kind: 'part', of: run });
    }
    run = '';
  };
  for (const segment of segments) {
    if (segment.length === 1 && HAN_CHAR.test(segment) && !STOP_WORDS.has(segment)) {
      run += segment;
      continue;
    }
    endRun();
    if (!meaningful(segment)) continue;
    terms.push({ text: segment, kind: 'word' });
    wholeCounts.set(segment, (wholeCounts.get(segment) ?? 0) + 1);
  }
  endRun();
  // Search mode yields every word twice over: its dictionary parts, then itself.
  for (const segment of jieba().cutForSearch(lower, false)) {
    const whole = wholeCounts.get(segment) ?? 0;
    if (whole > 0) wholeCounts.set(segment, whole - 1);
    else if (HAN_ONLY.test(segment) && segment.length > 1 && meaningful(segment)) {
      terms.push({ text: segment, kind: 'part', of: terms.find((term) => term.kind === 'word' && term.text.includes(segment))?.text });
    }
  }
  return terms;
};

/** The meaningful whole words of a text, lower-cased, in order, with repeats. */
export const words = (text: string): string[] => tokenize(text).flatMap((term) => (term.kind === 'word' ? [term.text] : []));

const ACTION_WORDS = new Set(actionWordsFile.words);

export const isActionWord = (word: string) => ACTION_WORDS.has(word);

const SUPPLY_WORDS = new Set(actionWordsFile.supply);

/** Whether an action word only says the thing is supplied (供应, 配送): what buying it asks for anyway. */
export const isSupplyWord = (word: string) => SUPPLY_WORDS.has(word);

let domainWords: Set<string> | null = null;
/** Whether a word is one of the domain's: in the lexicon or the near-term dictionary. */
export const isDomainWord = (word: string): boolean => {
  domainWords ??= new Set(userWords().map((user) => user.toLowerCase()));
  return domainWords.has(word);
};

/** The core of a demand's title (see `titleCore`): the thing asked for, and the action asked on it. */
export interface TitleCore {
  word: string;
  action: string | null;
}

/**
 * The core of a demand's title: its last meaningful word, the head of a Chinese noun phrase
 * (检修现场午饭**盒饭** asks for boxed meals, 试验仪器年度**检定** for calibration) — or, when that word
 * is an action (action-words.json: 维修, 更换, 租赁 …), the word before it, the thing acted on, with
 * the action beside it (锅炉房屋顶**防水**维修, 高压电机**轴承**更换). What comes before only qualifies
 * it. Generic endings (采购, 项目, 外包 …) are stop words, so 干式变压器采购 has 干式变压器 as its core.
 */
export const titleCore = (title: string): TitleCore | null => {
  const found = words(title);
  const last = found.length - 1;
  if (last < 0) return null;
  if (ACTION_WORDS.has(found[last]) && last > 0 && found[last - 1] !== found[last]) return { word: found[last - 1], action: found[last] };
  return { word: found[last], action: null };
};
