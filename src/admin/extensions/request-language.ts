/**
 * Every request of the admin to its own server names the language the user reads the panel in
 * (`X-Synergy-Language`), so the server puts that half of its bilingual messages first
 * (src/middlewares/error-responses.ts). The language lives in the browser (chosen on the login
 * page or the profile), which the server cannot see otherwise. Requests to other origins are
 * left as they are.
 */
const LANGUAGE_KEY = 'strapi-admin-language';
const HEADER = 'X-Synergy-Language';

export const sendLanguageWithRequests = () => {
  const original = window.fetch.bind(window);
  if ((original as { synergyLanguage?: boolean }).synergyLanguage) return;
  const withLanguage: typeof window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const language = window.localStorage.getItem(LANGUAGE_KEY);
    if (url.origin !== window.location.origin || !language) return original(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    if (!headers.has(HEADER)) headers.set(HEADER, language);
    return original(input, { ...init, headers });
  };
  (withLanguage as { synergyLanguage?: boolean }).synergyLanguage = true;
  window.fetch = withLanguage;
};
