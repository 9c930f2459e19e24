/** Spreadsheet routes; this file sorts before the core router so `/:id` does not swallow them. */
export default {
  routes: [
    { method: 'GET', path: '/catalogue-entries/template.xlsx', handler: 'api::catalogue-entry.catalogue-entry.template', config: {} },
    { method: 'GET', path: '/catalogue-entries/export.xlsx', handler: 'api::catalogue-entry.catalogue-entry.export', config: {} },
    { method: 'POST', path: '/catalogue-entries/import', handler: 'api::catalogue-entry.catalogue-entry.import', config: {} },
  ],
};
