/**
 * The server's messages read `English text (中文)`: the part in the admin's language, or the whole
 * message when it has no Chinese part at its end.
 */
export const inLanguage = (message: string, locale: string): string => {
  const match = /^(.*?\S)\s*[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]\s*$/s.exec(message);
  if (!match) return message;
  return locale.toLowerCase().startsWith('zh') ? match[2] : match[1];
};
