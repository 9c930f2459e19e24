/** Generating a report and its downloads; this file sorts before the core router, so "generate" is no documentId. */
const handler = (action: string) => `api::analysis-report.analysis-report.${action}`;

export default {
  routes: [
    { method: 'GET', path: '/analysis-reports/options', handler: handler('options'), config: {} },
    { method: 'POST', path: '/analysis-reports/generate', handler: handler('generate'), config: {} },
    { method: 'PUT', path: '/analysis-reports/:documentId/commentary', handler: handler('commentary'), config: {} },
    { method: 'GET', path: '/analysis-reports/:documentId/snapshot', handler: handler('snapshot'), config: {} },
    { method: 'GET', path: '/analysis-reports/:documentId/report.xlsx', handler: handler('xlsx'), config: {} },
    { method: 'GET', path: '/analysis-reports/:documentId/report.pdf', handler: handler('pdf'), config: {} },
  ],
};
