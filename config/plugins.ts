import type { Core } from '@strapi/strapi';
import { secret } from '../src/utils/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: secret(env, 'JWT_SECRET', 'dev-users-permissions-jwt-secret'),
      jwt: { expiresIn: '7d' },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: [
          'image/*',
          'application/pdf',
          'application/msword',
          'application/vnd.openxmlformats-officedocument.*',
          'text/plain',
          'text/csv',
        ],
        deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
  documentation: {
    enabled: true,
    config: {
      info: {
        version: '1.0.0',
        title: 'Synergy 内容 API',
        description: 'Content API of the Synergy business synergy platform (业务协同平台内容接口)',
      },
      servers: [{ url: `${env('PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`)}/api`, description: 'Synergy' }],
      'x-strapi-config': { plugins: ['users-permissions', 'synergy'] },
    },
  },
  synergy: {
    enabled: true,
    resolve: './src/plugins/synergy',
    config: {
      // Scope enforcement can only be switched off in-process (the scope benchmark's baseline).
      enforceScope: true,
    },
  },
});

export default config;
