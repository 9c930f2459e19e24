/** Computing sheets, a version's ranking and the diff of two versions (HQ); this file sorts before the core router. */
export default {
  routes: [
    { method: 'POST', path: '/assessment-sheets/compute', handler: 'api::assessment-sheet.assessment-sheet.compute', config: {} },
    { method: 'GET', path: '/assessment-sheets/ranking', handler: 'api::assessment-sheet.assessment-sheet.ranking', config: {} },
    { method: 'GET', path: '/assessment-sheets/diff', handler: 'api::assessment-sheet.assessment-sheet.diff', config: {} },
  ],
};
