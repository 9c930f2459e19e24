export default {
  default: {
    /** Only the scope benchmark's baseline switches this off, in-process. */
    enforceScope: true,
    /** How long a resolved caller scope is reused across requests on one instance. */
    scopeCacheSeconds: 5,
  },
  validator(config: { enforceScope?: unknown; scopeCacheSeconds?: unknown }) {
    if (typeof config.enforceScope !== 'boolean') throw new Error('synergy.enforceScope must be a boolean');
    const seconds = config.scopeCacheSeconds;
    if (typeof seconds !== 'number' || seconds < 0 || seconds > 60) {
      throw new Error('synergy.scopeCacheSeconds must be a number of seconds between 0 and 60');
    }
  },
};
