/** Boots Strapi on a fresh database for one test file, with cron and the demo seed off. */
import path from 'path';
import type { Core } from '@strapi/strapi';

const { createFreshDatabase } = require('./database');

const appDir = path.resolve(__dirname, '..', '..');
let dropDatabase: (() => Promise<void>) | null = null;
let instance: Core.Strapi | null = null;

export const startStrapi = async (): Promise<Core.Strapi> => {
  process.env.NODE_ENV = 'test';
  process.env.SEED_DEMO = 'false';
  process.env.CRON_ENABLED = 'false';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL || 'error';
  dropDatabase = await createFreshDatabase('t');
  const { createStrapi } = require('@strapi/strapi');
  instance = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await instance!.server.mount();
  return instance!;
};

export const stopStrapi = async () => {
  if (instance) {
    await instance.destroy();
    instance = null;
  }
  if (dropDatabase) {
    await dropDatabase();
    dropDatabase = null;
  }
};

export const server = () => instance!.server.httpServer;
