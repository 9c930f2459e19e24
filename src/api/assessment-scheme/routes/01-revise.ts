/** Revising a scheme; this file sorts before the core router. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/assessment-schemes/:documentId/revise',
      handler: 'api::assessment-scheme.assessment-scheme.revise',
      config: {},
    },
  ],
};
