import scope from './scope';
import workflow from './workflow';
import orgTree from './org-tree';
import access from './access';

export default {
  scope,
  workflow,
  'org-tree': orgTree,
  access,
};
