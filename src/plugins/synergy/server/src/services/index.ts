import scope from './scope';
import scopeKeys from './scope-keys';
import workflow from './workflow';
import orgTree from './org-tree';
import access from './access';
import adminLabels from './admin-labels';
import matching from './matching';

export default {
  scope,
  'scope-keys': scopeKeys,
  workflow,
  'org-tree': orgTree,
  access,
  'admin-labels': adminLabels,
  matching,
};
