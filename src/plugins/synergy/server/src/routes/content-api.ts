/** Workflow endpoints for every registered collection, served at /api/<collection>/... */
const handlers = [
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
];

export default {
  type: 'content-api',
  prefix: '',
  routes: handlers.map((route) => ({ ...route, config: { policies: [] } })),
};
