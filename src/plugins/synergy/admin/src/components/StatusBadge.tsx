import { Status, Typography } from '@strapi/design-system';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import { stateTone } from '../utils/state-tone';

export const StatusBadge = ({ state }: { state: string }) => {
  const labels = useWorkflowLabels();
  return (
    <Status variant={stateTone(state)} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {labels.state(state)}
      </Typography>
    </Status>
  );
};
