/** Minutes from a template and the resolutions' state; this file sorts before the core router. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/meetings/:documentId/minutes-from-template',
      handler: 'api::meeting.meeting.minutesFromTemplate',
      config: {},
    },
    { method: 'GET', path: '/meetings/:documentId/resolutions', handler: 'api::meeting.meeting.resolutions', config: {} },
  ],
};
