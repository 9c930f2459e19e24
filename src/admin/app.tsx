/**
 * App-level admin customisation: the panel speaks Simplified Chinese (English is always there) and
 * shows the people of the group their work, not Strapi's developer tools; nothing calls out.
 *
 * - Content types are named "中文 English" in their schemas; the translations keyed by those names
 *   show the half that matches the admin's language in the content manager's menu and titles.
 * - The content manager looks enumeration values up as message ids, so zh-Hans names them too.
 * - Strapi 5.54's zh-Hans leaves many of its own screens in English (its content manager's file
 *   even holds the admin's strings): zh-Hans.strapi-gaps.json fills in those these users meet.
 * - zh-Hans is the language of a browser that never chose one (extensions/quiet.ts).
 * - No release check against api.github.com, no guided tour, no marketplace, no content-type
 *   builder or "edit the model" outside `strapi develop`, no AI status requests (extensions/quiet.ts).
 * - The home page shows shortcuts, the profile and the last edited and published entries
 *   (extensions/home).
 */
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { useRBAC, type StrapiApp } from '@strapi/strapi/admin';
import { homeWidgets, showOwnHomePage } from './extensions/home/widgets';
import { answerAiQuestionsLocally, closeStrapiIntroductions, preferChinese, withoutDeveloperTools } from './extensions/quiet';
import en from './translations/en.json';
import zhHans from './translations/zh-Hans.json';
import zhHansStrapiGaps from './translations/zh-Hans.strapi-gaps.json';
import zhHansShell from './translations/zh-Hans.shell.json';

/** Strapi's own header actions carry a `type` ('edit-the-model', …) that its types leave out. */
type HeaderAction = ContentManagerPlugin['headerActions'][number] & { type?: string; position?: string };

/** "Edit the model" only for whoever may open the content-type builder (see withoutDeveloperTools). */
const onlyForModelBuilders = (action: HeaderAction): HeaderAction => {
  const guarded = ((props: Parameters<HeaderAction>[0]) => {
    const { allowedActions, isLoading } = useRBAC([{ action: 'plugin::content-type-builder.read', subject: null }]);
    const description = action(props);
    return !isLoading && allowedActions.canRead ? description : null;
  }) as HeaderAction;
  guarded.type = action.type;
  guarded.position = action.position;
  return guarded;
};

export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      'zh-Hans': { ...zhHansStrapiGaps, ...zhHansShell, ...zhHans },
      en,
    },
    notifications: { releases: false },
    tutorials: false,
  },
  register(app: StrapiApp) {
    preferChinese();
    closeStrapiIntroductions();
    answerAiQuestionsLocally();
    app.addRBACMiddleware(withoutDeveloperTools);
    app.widgets.register(homeWidgets);
    showOwnHomePage(app);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerPlugin['config']['apis'];
    contentManager.addDocumentHeaderAction((actions: HeaderAction[]) =>
      actions.map((action) => (action.type === 'edit-the-model' ? onlyForModelBuilders(action) : action))
    );
  },
};
