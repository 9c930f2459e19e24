/** Urging and statistics; this file sorts before the core router, so /tasks/statistics is not read as a documentId. */
export default {
  routes: [
    { method: 'GET', path: '/tasks/statistics', handler: 'api::task.task.statistics', config: {} },
    { method: 'POST', path: '/tasks/:documentId/urge', handler: 'api::task.task.urge', config: {} },
  ],
};
