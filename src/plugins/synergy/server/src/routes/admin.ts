/** Admin-UI endpoints (admin session), served at /synergy/...: workflow of every lifecycle type, catalogue spreadsheets. */
const handlers = [
  { method: 'GET', path: '/catalogue/editions', handler: 'catalogue-spreadsheets.editions' },
  { method: 'GET', path: '/catalogue/template.xlsx', handler: 'catalogue-spreadsheets.template' },
  { method: 'GET', path: '/catalogue/export.xlsx', handler: 'catalogue-spreadsheets.export' },
  { method: 'POST', path: '/catalogue/import', handler: 'catalogue-spreadsheets.import' },
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
];

export default {
  type: 'admin',
  routes: handlers.map((route) => ({ ...route, config: { policies: ['admin::isAuthenticatedAdmin'] } })),
};
