/**
 * The caller's language for what the inbox writes in words (a kind's label, a reason): the
 * `X-Synergy-Language` header; an admin user's chosen interface language (Chinese when it chose
 * none, the panel's default); else the first `Accept-Language`; Chinese when nothing says. The
 * same order as the app's messages middleware (src/utils/message-language.ts), which the plugin
 * cannot import.
 */
import type { TodoLanguage } from '../../../../shared/contracts/todos';

const first = (value: string | string[] | undefined | null) =>
  (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim().toLowerCase() || undefined;

export const languageOf = (ctx: { request: { headers: Record<string, string | string[] | undefined> }; state?: any }): TodoLanguage => {
  const headers = ctx.request.headers;
  const admin = ctx.state?.auth?.strategy?.name === 'admin' ? ctx.state.user : null;
  const chosen =
    first(headers['x-synergy-language']) ?? (admin ? (first(admin.preferedLanguage) ?? 'zh') : first(headers['accept-language']));
  return chosen && chosen.startsWith('en') ? 'en' : 'zh';
};
