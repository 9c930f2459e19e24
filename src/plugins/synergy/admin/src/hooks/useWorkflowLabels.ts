import * as React from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** Translated names of states and actions; a name without a translation is shown as it is. */
export const useWorkflowLabels = () => {
  const { formatMessage } = useIntl();
  return React.useMemo(
    () => ({
      state: (state: string) => formatMessage({ id: getTranslation(`state.${state}`), defaultMessage: state }),
      action: (action: string) => formatMessage({ id: getTranslation(`action.${action}`), defaultMessage: action }),
    }),
    [formatMessage]
  );
};
