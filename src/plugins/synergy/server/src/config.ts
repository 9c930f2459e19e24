export default {
  default: {
    /** Only the scope benchmark's baseline switches this off, in-process. */
    enforceScope: true,
  },
  validator(config: { enforceScope?: unknown }) {
    if (typeof config.enforceScope !== 'boolean') throw new Error('synergy.enforceScope must be a boolean');
  },
};
