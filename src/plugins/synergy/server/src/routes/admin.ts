/**
 * Admin-UI endpoints (admin session), served at /synergy/...: workflow of every lifecycle type,
 * catalogue spreadsheets, scheduled jobs, the working-day calendar, the matching workbench, the
 * supervision board, meeting resolutions, what the caller may do to one record, the server's
 * health for operators, the admin's own notifications and its home page's key figures.
 */
const handlers = [
  { method: 'GET', path: '/catalogue/editions', handler: 'catalogue-spreadsheets.editions' },
  { method: 'GET', path: '/catalogue/template.xlsx', handler: 'catalogue-spreadsheets.template' },
  { method: 'GET', path: '/catalogue/export.xlsx', handler: 'catalogue-spreadsheets.export' },
  { method: 'POST', path: '/catalogue/import', handler: 'catalogue-spreadsheets.import' },
  { method: 'GET', path: '/calendar', handler: 'calendar.year' },
  { method: 'GET', path: '/matching/demands', handler: 'matching-workbench.demands' },
  { method: 'GET', path: '/matching/demands/:documentId/matches', handler: 'matching-workbench.matches' },
  { method: 'POST', path: '/matching/runs', handler: 'matching-workbench.startRun' },
  { method: 'GET', path: '/matching/runs/:id', handler: 'matching-workbench.findRun' },
  { method: 'GET', path: '/meetings/:documentId/resolutions', handler: 'meetings.resolutions' },
  { method: 'GET', path: '/documents/:uid/:documentId/permissions', handler: 'document-permissions.find' },
  { method: 'GET', path: '/:collection/:documentId/transitions', handler: 'transitions.allowed' },
  { method: 'POST', path: '/:collection/:documentId/transitions', handler: 'transitions.take' },
  { method: 'GET', path: '/:collection/:documentId/history', handler: 'transitions.history' },
  { method: 'GET', path: '/jobs', handler: 'jobs.list' },
  { method: 'POST', path: '/jobs/:name/run', handler: 'jobs.run' },
  { method: 'GET', path: '/jobs/:name/runs', handler: 'jobs.runs' },
  { method: 'GET', path: '/supervision/board', handler: 'supervision.board' },
  { method: 'POST', path: '/supervision/tasks/:documentId/urge', handler: 'supervision.urge' },
  { method: 'GET', path: '/health', handler: 'health.find' },
  { method: 'GET', path: '/notifications', handler: 'notifications.find' },
  { method: 'GET', path: '/notifications/unread-count', handler: 'notifications.unreadCount' },
  { method: 'POST', path: '/notifications/read-all', handler: 'notifications.readAll' },
  { method: 'POST', path: '/notifications/:documentId/read', handler: 'notifications.read' },
  { method: 'GET', path: '/home/figures', handler: 'home.figures' },
];

export default {
  type: 'admin',
  routes: handlers.map((route) => ({ ...route, config: { policies: ['admin::isAuthenticatedAdmin'] } })),
};
