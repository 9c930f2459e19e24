/** Bulk matching on the content API, under the demands it matches. */
export default {
  routes: [
    { method: 'POST', path: '/synergy-demands/match-all', handler: 'api::match-run.match-run.start', config: {} },
    { method: 'GET', path: '/synergy-demands/match-runs/:id', handler: 'api::match-run.match-run.find', config: {} },
  ],
};
