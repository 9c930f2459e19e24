/** Opening the next edition; this file sorts before the core router. */
export default {
  routes: [
    { method: 'POST', path: '/catalogue-editions/:documentId/next', handler: 'api::catalogue-edition.catalogue-edition.next', config: {} },
  ],
};
