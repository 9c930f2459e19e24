import type { Core } from '@strapi/strapi';
import { secret } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: secret(env, 'ADMIN_JWT_SECRET', 'dev-admin-jwt-secret'),
  },
  apiToken: {
    salt: secret(env, 'API_TOKEN_SALT', 'dev-api-token-salt'),
  },
  transfer: {
    token: {
      salt: secret(env, 'TRANSFER_TOKEN_SALT', 'dev-transfer-token-salt'),
    },
  },
  secrets: {
    encryptionKey: secret(env, 'ENCRYPTION_KEY', 'dev-encryption-key-32-characters'),
  },
  // Air-gapped intranets: no surveys, no marketing, no links that call out.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: false,
  },
  // No front end to preview records in: the edit view shows no 预览 panel (without this it offers
  // "set up preview", a link to Strapi's documentation).
  preview: {
    enabled: false,
    config: { handler: () => null },
  },
  // Strapi's AI features are a service on the Internet.
  ai: {
    enabled: false,
  },
});

export default config;
