import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import type { ApiFailure } from '../utils/api-error';
import { getTranslation } from '../utils/getTranslation';

/** The server's message; a conflict also lists what the caller may do now. */
export const FailureNotice = ({ failure }: { failure: ApiFailure }) => {
  const { formatMessage, formatList } = useIntl();
  const labels = useWorkflowLabels();
  const allowed = failure.allowed;
  return (
    <Box role="alert" background="danger100" borderColor="danger200" hasRadius padding={3} width="100%">
      <Typography tag="p" variant="pi" textColor="danger700">
        {failure.message}
      </Typography>
      {allowed && (
        <Typography tag="p" variant="pi" textColor="danger700">
          {allowed.length > 0
            ? formatMessage(
                { id: getTranslation('error.allowed'), defaultMessage: 'Allowed now: {actions}' },
                { actions: formatList(allowed.map(labels.action), { type: 'disjunction' }) }
              )
            : formatMessage({ id: getTranslation('error.none-allowed'), defaultMessage: 'No action is allowed now.' })}
        </Typography>
      )}
    </Box>
  );
};
