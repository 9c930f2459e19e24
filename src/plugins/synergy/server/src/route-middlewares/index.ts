import linkedRecords from './linked-records';

/** Koa middlewares the plugin attaches to routes (as `plugin::synergy.<name>`). */
export default {
  'linked-records': linkedRecords,
};
