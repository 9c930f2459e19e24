import transitionsController from './transitions-controller';
import jobsController from './jobs';
import calendar from './calendar';
import documentPermissions from './document-permissions';
import health from './health';
import adminViews from './admin-views';
import todosController from './todos';

export default {
  ...transitionsController,
  ...jobsController,
  calendar,
  'document-permissions': documentPermissions,
  health,
  'admin-views': adminViews,
  ...todosController,
};
