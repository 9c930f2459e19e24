/** The same workflow endpoints for the admin UI, served at /synergy/<collection>/... */
const handlers = [
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
];

export default {
  type: 'admin',
  routes: handlers.map((route) => ({ ...route, config: { policies: ['admin::isAuthenticatedAdmin'] } })),
};
