import scope from './scope';
import workflow from './workflow';
import orgTree from './org-tree';
import access from './access';
import adminLabels from './admin-labels';

export default {
  scope,
  workflow,
  'org-tree': orgTree,
  access,
  'admin-labels': adminLabels,
};
