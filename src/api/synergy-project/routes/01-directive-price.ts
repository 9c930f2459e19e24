/** The common superior's directive price; sorts before the core router. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/synergy-projects/:id/directive-price',
      handler: 'api::synergy-project.synergy-project.setDirectivePrice',
      config: {},
    },
  ],
};
