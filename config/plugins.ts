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
  // Notifications go out through SMTP (services/notifier). With no server reachable, e-mails are
  // recorded as failed and retried; the in-app notifications are there regardless.
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 25),
        secure: env.bool('SMTP_SECURE', false),
        // Reuse connections: several times faster for many e-mails, for relays that allow it.
        pool: env.bool('SMTP_POOL', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        tls: { rejectUnauthorized: env.bool('SMTP_TLS_REJECT_UNAUTHORIZED', true) },
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } } : {}),
        connectionTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
        greetingTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
        socketTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
      },
      settings: {
        defaultFrom: env('MAIL_FROM', 'synergy@group.local'),
        defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'synergy@group.local')),
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
      calendarDir: env('SYNERGY_CALENDAR_DIR', 'config/calendar'),
      // Links in notification e-mails point into the admin UI under this URL; none when empty.
      publicUrl: env('PUBLIC_URL', ''),
    },
  },
});

export default config;
