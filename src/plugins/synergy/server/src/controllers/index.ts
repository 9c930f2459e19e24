import transitionsController from './transitions-controller';
import catalogueSpreadsheets from './catalogue-spreadsheets';

export default {
  ...transitionsController,
  'catalogue-spreadsheets': catalogueSpreadsheets,
};
