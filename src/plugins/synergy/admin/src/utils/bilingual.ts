/**
 * The server's messages carry both languages, `English (中文)` or `中文 (English)` (the caller's
 * first; src/middlewares/error-responses.ts). The panel shows the half in its own language,
 * whichever order it came in; a message without a second language in parentheses at its end is
 * shown whole. The Chinese half is the clearly more Chinese one ("名称必填" against "名称 is
 * required", an English sentence naming Chinese labels); the same rule as the server's.
 */
const chineseShare = (text: string) => {
  const cjk = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
};

export const inLanguage = (message: string, locale: string): string => {
  const match = /^(.*?\S)\s*[（(]([^()（）]+)[)）]\s*$/s.exec(message);
  if (!match) return message;
  const [, head, tail] = match;
  const [h, t] = [chineseShare(head), chineseShare(tail)];
  if (Math.abs(h - t) < 0.2) return message;
  const wantChinese = locale.toLowerCase().startsWith('zh');
  return h > t === wantChinese ? head : tail;
};
