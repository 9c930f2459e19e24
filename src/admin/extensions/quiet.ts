/**
 * A quiet admin for people who are not Strapi developers, on intranets without Internet access.
 * Strapi has no switch for these; each is the smallest change that holds (see `notifications`,
 * `tutorials` in app.tsx and `preview` in config/admin.ts for the ones that do have a switch).
 */
import { adminApi, getFetchClient, type RBACMiddleware } from '@strapi/strapi/admin';

const LANGUAGE_KEY = 'strapi-admin-language';
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
const MEDIA_BANNER_KEY = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';

/**
 * Chinese on a browser that never chose a language (Strapi starts in English). Choosing English on
 * the login page or under 个人设置 → 界面语言 is remembered as before.
 */
export const preferChinese = () => {
  if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
};

const EDITION_NAMES: Record<string, string> = { Community: '社区版', Enterprise: '企业版', Growth: '成长版' };

/**
 * Strapi's edition (设置 → 概览 → 版本类型) is shown as the raw word it keeps in
 * `window.strapi.projectType` ("Community"): named in the admin's language at each read instead.
 * Nothing else reads it here (its other readers, telemetry and the NPS survey, are off).
 */
export const nameEditionInLanguage = () => {
  const holder = window.strapi as unknown as Record<string, unknown>;
  const edition = String(holder.projectType ?? 'Community');
  Object.defineProperty(holder, 'projectType', {
    configurable: true,
    enumerable: true,
    get: () => ((window.localStorage.getItem(LANGUAGE_KEY) ?? 'zh-Hans').startsWith('zh') ? (EDITION_NAMES[edition] ?? edition) : edition),
  });
};

/**
 * The guided tour ("Discover your application", its popovers over the content manager) and the
 * media library's "read the blog post" banner are for Strapi developers; both remember in the
 * browser that they were closed, so they start closed. The banner's key carries the project's uuid,
 * which the admin learns from /admin/init (false here: telemetry is off).
 */
export const closeStrapiIntroductions = () => {
  const tour = JSON.parse(window.localStorage.getItem(GUIDED_TOUR_KEY) ?? '{}');
  if (tour.enabled !== false) window.localStorage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...tour, enabled: false }));
  const { featureFlags } = window.strapi as unknown as { featureFlags: { isEnabled: (name: string) => boolean } };
  const legacy = featureFlags.isEnabled('useLegacyMediaLibrary');
  const dismiss = (uuid: unknown) => window.localStorage.setItem(`${MEDIA_BANNER_KEY}${legacy}:${uuid}`, 'true');
  dismiss(undefined);
  dismiss(false);
  getFetchClient()
    .get<{ data?: { uuid?: unknown } }>('/admin/init')
    .then(({ data }) => dismiss(data?.data?.uuid))
    .catch(() => undefined);
};

const MARKETPLACE = 'admin::marketplace.read';
const MODEL_BUILDER = 'plugin::content-type-builder.';

let modelsEditable: Promise<boolean> | null = null;
/**
 * The content-type builder edits models only under `strapi develop` (auto-reload); elsewhere it is
 * read-only clutter. Asked once per page load, of a signed-in admin (the answer needs a session).
 */
const canEditModels = (signedIn: boolean) => {
  if (!signedIn) return Promise.resolve(false);
  modelsEditable ??= getFetchClient()
    .get<{ data?: { autoReload?: boolean } }>('/admin/information')
    .then(({ data }) => data?.data?.autoReload === true)
    .catch(() => {
      modelsEditable = null;
      return false;
    });
  return modelsEditable;
};

/**
 * Hides Strapi's marketplace (a link to market.strapi.io) from everyone, and the content-type
 * builder with its "edit the model" links outside `strapi develop` — also from the super admin,
 * who holds every permission: the admin's permission checks (menu, pages, widgets, actions) all
 * pass through this middleware.
 */
export const withoutDeveloperTools: RBACMiddleware =
  ({ user }) =>
  (next) =>
  async (permissions) => {
    const editable = await canEditModels(!!user);
    return next(permissions.filter(({ action }) => action !== MARKETPLACE && (editable || !action.startsWith(MODEL_BUILDER))));
  };

/**
 * Strapi's AI features need an AI licence; without it the server answers their status questions
 * with 404 on every edit view (/admin/ai-feature-config, /i18n/ai-localization-jobs/…), each a
 * console error. When the server says AI is off, those two questions are answered in the browser:
 * nothing configured, no job.
 */
export const answerAiQuestionsLocally = () => {
  if ((window.strapi as { ai?: { enabled?: boolean } }).ai?.enabled) return;
  adminApi.injectEndpoints({
    overrideExisting: true,
    endpoints: (builder) => ({
      getAiFeatureConfig: builder.query<{ isAiI18nConfigured: boolean; isAiMediaLibraryConfigured: boolean }, void>({
        queryFn: () => ({ data: { isAiI18nConfigured: false, isAiMediaLibraryConfigured: false } }),
      }),
      getAILocalizationJobsByDocument: builder.query<{ data: null }, unknown>({
        queryFn: () => ({ data: { data: null } }),
      }),
    }),
  });
};

/**
 * Settings → 概览 links to Strapi's pricing page, and nothing switches it off: hidden by address,
 * like any link to Strapi's sales sites that may appear (the intranet cannot reach them anyway).
 */
export const hideLinksToStrapiSales = () => {
  const style = document.createElement('style');
  style.textContent = 'a[href^="https://strapi.io/pricing"], a[href^="https://market.strapi.io"] { display: none !important; }';
  document.head.appendChild(style);
};
