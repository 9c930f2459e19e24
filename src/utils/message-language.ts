/**
 * The server's messages carry both languages, `English (中文)` or `中文 (English)`. A person reads
 * the one in their language first: this puts the caller's half in front. Messages without a
 * second language in parentheses at the end are left as they are.
 */
const CJK = /[\u4e00-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** Chinese text, possibly naming a code or a field in Latin letters ("名称必填", "决议1「… mx9」"), not English naming a Chinese label ("名称 is required"). */
const isChinese = (text: string) => (text.match(CJK)?.length ?? 0) * 2 > (text.match(LATIN)?.length ?? 0);
const PAIR = /^(.*?\S)\s*[（(]([^()（）]+)[)）]\s*$/s;

export type MessageLanguage = 'zh' | 'en';

export const inCallerLanguage = (message: string, language: MessageLanguage): string => {
  const match = PAIR.exec(message);
  if (!match) return message;
  const [, head, tail] = match;
  const headIsChinese = isChinese(head);
  const tailIsChinese = isChinese(tail);
  if (headIsChinese === tailIsChinese) return message;
  const wantChineseFirst = language === 'zh';
  if (headIsChinese === wantChineseFirst) return message;
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
  const chosen = first(headers['x-synergy-language']) ?? (admin ? first(admin.preferedLanguage) ?? 'zh' : first(headers['accept-language']));
  return chosen && chosen.startsWith('en') ? 'en' : 'zh';
};
