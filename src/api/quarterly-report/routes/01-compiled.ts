/** HQ's compiled quarter and a draft's figure refresh; this file sorts before the core router, so "compiled" is no documentId. */
export default {
  routes: [
    { method: 'GET', path: '/quarterly-reports/compiled', handler: 'api::quarterly-report.quarterly-report.compiled', config: {} },
    { method: 'GET', path: '/quarterly-reports/compiled.xlsx', handler: 'api::quarterly-report.quarterly-report.compiledXlsx', config: {} },
    {
      method: 'POST',
      path: '/quarterly-reports/:documentId/refresh-figures',
      handler: 'api::quarterly-report.quarterly-report.refreshFigures',
      config: {},
    },
  ],
};
