import scope from './scope';
import scopeKeys from './scope-keys';
import workflow from './workflow';
import orgTree from './org-tree';
import access from './access';
import adminLabels from './admin-labels';
import adminRoutes from './admin-routes';
import matching from './matching';
import scheduler from './scheduler';
import calendar from './calendar';
import notifier from './notifier';
import writeProbe from './write-probe';
import serverErrors from './server-errors';
import modules from './modules';
import todos from './todos';
import publicCache from './public-cache';
import scoring from './scoring';

export default {
  scope,
  'scope-keys': scopeKeys,
  workflow,
  'org-tree': orgTree,
  access,
  'admin-labels': adminLabels,
  'admin-routes': adminRoutes,
  matching,
  scheduler,
  calendar,
  notifier,
  'write-probe': writeProbe,
  'server-errors': serverErrors,
  modules,
  todos,
  'public-cache': publicCache,
  scoring,
};
