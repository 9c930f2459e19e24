/** Declared before the core routes so "totals" is not taken for a documentId. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/benefit-records/totals',
      handler: 'api::benefit-record.benefit-record.totals',
    },
  ],
};
