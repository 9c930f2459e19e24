import transitionsController from './transitions-controller';
import catalogueSpreadsheets from './catalogue-spreadsheets';
import jobsController from './jobs';
import calendar from './calendar';
import matchingWorkbench from './matching-workbench';
import supervisionController from './supervision';
import meetings from './meetings';
import documentPermissions from './document-permissions';
import health from './health';
import notifications from './notifications';
import home from './home';

export default {
  ...transitionsController,
  'catalogue-spreadsheets': catalogueSpreadsheets,
  ...jobsController,
  calendar,
  'matching-workbench': matchingWorkbench,
  ...supervisionController,
  meetings,
  'document-permissions': documentPermissions,
  health,
  notifications,
  home,
};
