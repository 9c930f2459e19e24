import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // First: a request id on every request and response; a 5xx logged with it and counted (src/middlewares/request-id.ts).
  'global::request-id',
  'strapi::logger',
  'strapi::errors',
  // Just inside strapi::errors: answers every refusal, 409 included, in the caller's language (src/middlewares/error-responses.ts).
  'global::error-responses',
  // Keeps a thrown error for global::request-id to log (src/middlewares/server-error-capture.ts).
  'global::server-error-capture',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // A body that cannot be parsed is a 400 (src/middlewares/body-parse-errors.ts).
  'global::body-parse-errors',
  'strapi::body',
  // Marks the body as read; then, for every route: an app write sends a JSON object, no key is named like an
  // Object.prototype member, no NUL character (src/middlewares/body-parsed.ts).
  'global::body-parsed',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
