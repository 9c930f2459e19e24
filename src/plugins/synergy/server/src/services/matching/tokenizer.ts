/**
 * Turns Chinese and mixed Chinese/English text into search terms. `Intl.Segmenter` finds words,
 * but it splits domain words it does not know (光伏 → 光 / 伏, 运维 → 运 / 维), so every run of
 * Han characters also yields its character bigrams: a word the segmenter broke still meets its
 * bigram on the other side. Single Han characters and function words carry no meaning here.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Words that say nothing about what is needed or offered. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '等',
  '在',
  '为',
  '对',
  '由',
  '将',
  '并',
  '也',
  '是',
  '有',
  '需要',
  '需求',
  '提供',
  '我们',
  '本单位',
  '一批',
  '进行',
  '相关',
  '用于',
  '以及',
  '可以',
  '能够',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'with',
]);

export type TermKind = 'word' | 'bigram';

export interface Term {
  text: string;
  kind: TermKind;
}

const isHanOnly = (text: string) => [...text].every((char) => HAN.test(char));

/** Words from the segmenter, lower-cased, without single Han characters and stop words. */
export const words = (text: string): string[] => {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const word = segment.toLowerCase();
    if (STOP_WORDS.has(word)) continue;
    if (isHanOnly(word) && word.length < 2) continue;
    out.push(word);
  }
  return out;
};

/** Character bigrams of each run of Han characters. */
export const bigrams = (text: string): string[] => {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) {
      const pair = chars[i] + chars[i + 1];
      if (!STOP_WORDS.has(pair)) out.push(pair);
    }
  }
  return out;
};

/**
 * All terms of a text, with repeats (term frequency counts). A two-character word and the
 * bigram with the same characters are the same term, counted once per occurrence as a word.
 */
export const tokenize = (text: string): Term[] => {
  const found = words(text).map((word): Term => ({ text: word, kind: 'word' }));
  const wordCounts = new Map<string, number>();
  for (const term of found) wordCounts.set(term.text, (wordCounts.get(term.text) ?? 0) + 1);
  for (const pair of bigrams(text)) {
    const left = wordCounts.get(pair) ?? 0;
    if (left > 0) wordCounts.set(pair, left - 1);
    else found.push({ text: pair, kind: 'bigram' });
  }
  return found;
};
