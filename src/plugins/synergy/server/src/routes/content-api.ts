import { TODO_ROUTES } from './todos';

/** Workflow endpoints for every registered collection, served at /api/<collection>/...; the caller's to-do inbox at /api/todos. */
const handlers = [
  ...TODO_ROUTES,
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
];

export default {
  type: 'content-api',
  prefix: '',
  routes: handlers.map((route) => ({ ...route, config: { policies: [] } })),
};
