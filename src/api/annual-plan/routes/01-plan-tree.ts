/** The plan tree and its writes; this file sorts before the core router. */
export default {
  routes: [
    { method: 'GET', path: '/annual-plans/:documentId/tree', handler: 'api::annual-plan.annual-plan.tree', config: {} },
    { method: 'POST', path: '/annual-plans/:documentId/group-targets', handler: 'api::annual-plan.annual-plan.groupTargets', config: {} },
    { method: 'POST', path: '/annual-plans/:documentId/decompose', handler: 'api::annual-plan.annual-plan.decompose', config: {} },
    { method: 'POST', path: '/annual-plans/:documentId/proposals', handler: 'api::annual-plan.annual-plan.proposals', config: {} },
  ],
};
