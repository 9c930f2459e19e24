/** Granted to the public and every member role in src/registry.ts. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/public-aggregates',
      handler: 'api::public-aggregate.public-aggregate.find',
    },
  ],
};
