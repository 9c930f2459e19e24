export default {
  default: {
    /** Only the scope benchmark's baseline switches this off, in-process. */
    enforceScope: true,
    /** How long a resolved caller scope is reused across requests on one instance. */
    scopeCacheSeconds: 5,
    /** Days a mediator has to resolve a dispute before it goes one level up. */
    disputeEscalationDays: 15,
  },
  validator(config: { enforceScope?: unknown; scopeCacheSeconds?: unknown; disputeEscalationDays?: unknown }) {
    if (typeof config.enforceScope !== 'boolean') throw new Error('synergy.enforceScope must be a boolean');
    const seconds = config.scopeCacheSeconds;
    if (typeof seconds !== 'number' || seconds < 0 || seconds > 60) {
      throw new Error('synergy.scopeCacheSeconds must be a number of seconds between 0 and 60');
    }
    const days = config.disputeEscalationDays;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) {
      throw new Error('synergy.disputeEscalationDays must be a whole number of days, at least 1');
    }
  },
};
