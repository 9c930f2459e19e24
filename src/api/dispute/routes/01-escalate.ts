/** Declared before the core routes; granted to HQ in src/registry.ts. */
export default {
  routes: [
    {
      method: 'POST',
      path: '/disputes/escalate-overdue',
      handler: 'api::dispute.dispute.escalateOverdue',
    },
  ],
};
