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
