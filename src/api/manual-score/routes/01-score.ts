/** Giving a score; this file sorts before the core router. */
export default {
  routes: [{ method: 'POST', path: '/manual-scores/:documentId/score', handler: 'api::manual-score.manual-score.score', config: {} }],
};
