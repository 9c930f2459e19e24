/**
 * The server's messages carry both languages, `English (中文)` or `中文 (English)` (the caller's
 * first; src/middlewares/message-language.ts). The panel shows the half in its own language,
 * whichever order it came in; a message without a second language in parentheses at its end is
 * shown whole. A half is Chinese when it has more Chinese characters than half its Latin letters
 * ("名称必填" is Chinese, "名称 is required" English naming a Chinese label).
 */
const isChinese = (text: string) => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2 > (text.match(/[A-Za-z]/g)?.length ?? 0);

export const inLanguage = (message: string, locale: string): string => {
  const match = /^(.*?\S)\s*[（(]([^()（）]+)[)）]\s*$/s.exec(message);
  if (!match) return message;
  const [, head, tail] = match;
  if (isChinese(head) === isChinese(tail)) return message;
  const wantChinese = locale.toLowerCase().startsWith('zh');
  return isChinese(head) === wantChinese ? head : tail;
};
