/**
 * App-level admin customisation: the panel speaks Simplified Chinese (English is always there) and
 * shows the people of the group their work, not Strapi's developer tools; nothing calls out.
 *
 * - Content types are named "中文 English" in their schemas; the translations keyed by those names
 *   show the half that matches the admin's language in the content manager's menu and titles.
 * - The content manager looks enumeration values up as message ids, so zh-Hans names them too.
 * - Strapi 5.54's zh-Hans leaves many of its own screens in English: its content manager's
 *   translations are prefixed twice and never found, some ids are asked for without their plugin
 *   prefix, others exist only in English. zh-Hans.strapi-gaps.json fills in those these users meet
 *   (the content manager's own zh-Hans strings under the right ids, and hand translations).
 * - zh-Hans is the language of a browser that never chose one (extensions/quiet.ts).
 * - No release check against api.github.com, no guided tour, no marketplace, no content-type
 *   builder outside `strapi develop`, no AI status requests (extensions/quiet.ts); the edit view's
 *   menu offers only what the user may do, and a deleted record is not fetched again
 *   (extensions/content-manager.ts).
 * - The home page shows shortcuts, the profile and the last edited and published entries
 *   (extensions/home).
 * - Requests name the panel's language, so server messages come in it first
 *   (extensions/request-language).
 * - Date and time pickers are labelled in the admin's language (extensions/date-pickers).
 */
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { alwaysFreshDocuments, fitEditView, noRefetchOfDeletedDocuments } from './extensions/content-manager';
import { labelDatePickers } from './extensions/date-pickers';
import { homeWidgets, showOwnHomePage } from './extensions/home/widgets';
import { sendLanguageWithRequests } from './extensions/request-language';
import {
  answerAiQuestionsLocally,
  closeStrapiIntroductions,
  hideLinksToStrapiSales,
  nameEditionInLanguage,
  preferChinese,
  withoutDeveloperTools,
} from './extensions/quiet';
import en from './translations/en.json';
import zhHans from './translations/zh-Hans.json';
import zhHansStrapiGaps from './translations/zh-Hans.strapi-gaps.json';
import zhHansShell from './translations/zh-Hans.shell.json';

export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      'zh-Hans': { ...zhHansStrapiGaps, ...zhHansShell, ...zhHans },
      en,
    },
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    preferChinese();
    nameEditionInLanguage();
    sendLanguageWithRequests();
    closeStrapiIntroductions();
    answerAiQuestionsLocally();
    noRefetchOfDeletedDocuments();
    alwaysFreshDocuments();
    hideLinksToStrapiSales();
    app.addRBACMiddleware(withoutDeveloperTools);
    labelDatePickers(app);
    app.widgets.register(homeWidgets);
    showOwnHomePage(app);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    fitEditView(app.getPlugin('content-manager').apis as unknown as ContentManagerPlugin['config']['apis']);
  },
};
