/** Search, reading confirmations and read status; this file sorts before the core router (so /search is not a documentId). */
export default {
  routes: [
    { method: 'GET', path: '/guidelines/search', handler: 'api::guideline.guideline.search', config: {} },
    { method: 'POST', path: '/guidelines/:documentId/read', handler: 'api::guideline.guideline.confirmRead', config: {} },
    { method: 'GET', path: '/guidelines/:documentId/read-status', handler: 'api::guideline.guideline.readStatus', config: {} },
  ],
};
