/** Ranked matches of a demand; this file sorts before the core router. */
export default {
  routes: [
    { method: 'GET', path: '/synergy-demands/:documentId/matches', handler: 'api::synergy-demand.synergy-demand.matches', config: {} },
  ],
};
