/** Filing a report under its task's address; this file sorts before the core router. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/tasks/:taskDocumentId/progress-reports',
      handler: 'api::progress-report.progress-report.create',
      config: {},
    },
  ],
};
