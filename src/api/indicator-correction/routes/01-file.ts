/** Declared before the core routes so "file" is not taken for a documentId. */
export default {
  routes: [{ method: 'POST', path: '/indicator-corrections/file', handler: 'api::indicator-correction.indicator-correction.file' }],
};
