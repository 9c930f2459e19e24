/** Declared before the core routes so "achievement" is not taken for a documentId. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/indicators/achievement',
      handler: 'api::indicator.indicator.achievement',
    },
  ],
};
