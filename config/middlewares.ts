import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  // Outside strapi::errors: sees the error body it writes (src/middlewares/message-language.ts).
  'global::message-language',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // A body that cannot be parsed is a 400 (src/middlewares/body-parse-errors.ts).
  'global::body-parse-errors',
  'strapi::body',
  'global::body-parsed',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
