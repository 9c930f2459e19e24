/** Declared before the core routes so "push" or "grid" is not taken for a documentId. */
export default {
  routes: [
    { method: 'POST', path: '/indicator-values/push', handler: 'api::indicator-value.indicator-value.push' },
    { method: 'GET', path: '/indicator-values/template.xlsx', handler: 'api::indicator-value.indicator-value.template' },
    { method: 'POST', path: '/indicator-values/import', handler: 'api::indicator-value.indicator-value.import' },
    { method: 'GET', path: '/indicator-values/grid', handler: 'api::indicator-value.indicator-value.grid' },
    { method: 'PUT', path: '/indicator-values/grid', handler: 'api::indicator-value.indicator-value.saveGrid' },
  ],
};
