/** The cockpit for intranet members (granted to HQ, segment managers and reporters in src/modules/cockpit). */
export default {
  routes: [{ method: 'GET', path: '/cockpit', handler: 'api::cockpit.cockpit.find', config: {} }],
};
