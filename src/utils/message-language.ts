/**
 * The server's messages carry both languages, `English (中文)` or `中文 (English)`. A person reads
 * the one in their language first: this puts the caller's half in front. Messages without a
 * second language in parentheses at the end are left as they are.
 */
const CJK = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;
const PAIR = /^(.*?\S)\s*[（(]([^()（）]+)[)）]\s*$/s;

/** The share of Chinese characters among the letters of a text. */
const chineseShare = (text: string) => {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
};

/**
 * Which half of a pair is the Chinese one: the clearly more Chinese half ("名称必填" against
 * "名称 is required", "类型取值无效" against `类型: "设备" is not one of 产品/工程`); null when the
 * two halves are in the same language.
 */
export const chineseHalf = (head: string, tail: string): 'head' | 'tail' | null => {
  const [h, t] = [chineseShare(head), chineseShare(tail)];
  if (Math.abs(h - t) < 0.2) return null;
  return h > t ? 'head' : 'tail';
};

export type MessageLanguage = 'zh' | 'en';

/**
 * The two halves of a message written by hand as one string, `English (中文)` or
 * `中文 (English)`; the whole text in both when it holds one language. Only for messages that are
 * not yet domain errors (plugin utils/errors.ts), which carry their two languages apart.
 */
export const splitBilingual = (message: string): { en: string; zh: string } => {
  const match = PAIR.exec(message);
  const chinese = match ? chineseHalf(match[1], match[2]) : null;
  if (!match || !chinese) return { en: message, zh: message };
  const [, head, tail] = match;
  return chinese === 'head' ? { en: tail, zh: head } : { en: head, zh: tail };
};

export const inCallerLanguage = (message: string, language: MessageLanguage): string => {
  const match = PAIR.exec(message);
  if (!match) return message;
  const [, head, tail] = match;
  const chinese = chineseHalf(head, tail);
  if (!chinese) return message;
  if ((chinese === 'head') === (language === 'zh')) return message;
  return `${tail} (${head})`;
};

/**
 * The caller's language, in this order: an explicit `X-Synergy-Language` header; the interface
 * language an admin user chose in the admin panel (stored on the admin user as
 * `preferedLanguage`); for an admin without one, Chinese (the panel's default language); for
 * everyone else the browser's first `Accept-Language`; Chinese when nothing says.
 */
export const callerLanguage = (
  headers: Record<string, string | string[] | undefined>,
  admin?: { preferedLanguage?: string | null } | null
): MessageLanguage => {
  const first = (value: string | string[] | undefined | null) =>
    (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim().toLowerCase() || undefined;
  const chosen =
    first(headers['x-synergy-language']) ?? (admin ? (first(admin.preferedLanguage) ?? 'zh') : first(headers['accept-language']));
  return chosen && chosen.startsWith('en') ? 'en' : 'zh';
};
