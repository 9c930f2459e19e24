/**
 * App-level admin customisation: the panel speaks Simplified Chinese (English is always there).
 *
 * - Content types are named "中文 English" in their schemas; the translations keyed by those names
 *   show the half that matches the admin's language in the content manager's menu and titles.
 * - The content manager looks enumeration values up as message ids, so zh-Hans names them too.
 * - Strapi 5.54 ships no usable zh-Hans for the content manager (its file holds the admin's
 *   strings): the everyday ones are filled in from zh-Hans.strapi-gaps.json.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import en from './translations/en.json';
import zhHans from './translations/zh-Hans.json';
import zhHansStrapiGaps from './translations/zh-Hans.strapi-gaps.json';

export default {
  config: {
    locales: ['zh-Hans'],
    translations: {
      'zh-Hans': { ...zhHansStrapiGaps, ...zhHans },
      en,
    },
  },
  bootstrap(_app: StrapiApp) {},
};
