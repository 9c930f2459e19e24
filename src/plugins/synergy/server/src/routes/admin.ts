/**
 * Admin-UI endpoints (admin session), served at /synergy/...: the plugin's own — workflow of every
 * lifecycle type, scheduled jobs, the working-day calendar, what the caller may do to one record,
 * the server's health for operators, the admin views read at start — and those the app's modules
 * declare (services/admin-routes: catalogue spreadsheets, matching workbench, supervision board,
 * meeting resolutions, the admin's own notifications, the home page's key figures), which come
 * first. A router factory: Strapi builds it after every register().
 */
import type { Core } from '@strapi/strapi';
import { ADMIN_SESSION } from '../services/admin-routes';
import { getService } from '../utils/get-service';
import { TODO_ROUTES } from './todos';

const handlers = [
  { method: 'GET', path: '/calendar', handler: 'calendar.year' },
  { method: 'GET', path: '/documents/:uid/:documentId/permissions', handler: 'document-permissions.find' },
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
  { method: 'GET', path: '/jobs', handler: 'jobs.list' },
  { method: 'POST', path: '/jobs/:name/run', handler: 'jobs.run' },
  { method: 'GET', path: '/jobs/:name/runs', handler: 'jobs.runs' },
  { method: 'GET', path: '/health', handler: 'health.find' },
  ...TODO_ROUTES,
];

/** Field labels and page models: the admin reads them before sign-in, as it reads its bundle (which held them before). */
const publicHandlers = [{ method: 'GET', path: '/admin-views', handler: 'admin-views.find' }];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const own = [
    ...handlers.map((route) => ({ ...route, config: { policies: [ADMIN_SESSION] } })),
    ...publicHandlers.map((route) => ({ ...route, config: { auth: false as const } })),
  ];
  return {
    type: 'admin',
    routes: [...getService(strapi, 'admin-routes').build(own), ...own],
  };
};
