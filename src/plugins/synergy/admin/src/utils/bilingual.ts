/**
 * The server's messages carry both languages, the caller's first — `中文 (English)` for a panel in
 * Chinese, `English (中文)` in English (the admin names its language with every request;
 * src/middlewares/message-language.ts). The panel shows the first half only; a message without a
 * second language in parentheses at its end is shown whole.
 */
export const inLanguage = (message: string, _locale: string): string => {
  const match = /^(.*?\S)\s*[（(]([^()（）]+)[)）]\s*$/s.exec(message);
  if (!match) return message;
  const cjk = (text: string) => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2 > (text.match(/[A-Za-z]/g)?.length ?? 0);
  return cjk(match[1]) !== cjk(match[2]) ? match[1] : message;
};
