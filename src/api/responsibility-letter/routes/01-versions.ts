/** A letter's versions and the diff of two of them; this file sorts before the core router. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/responsibility-letters/:documentId/versions',
      handler: 'api::responsibility-letter.responsibility-letter.versions',
      config: {},
    },
    {
      method: 'GET',
      path: '/responsibility-letters/:documentId/diff',
      handler: 'api::responsibility-letter.responsibility-letter.diff',
      config: {},
    },
  ],
};
