import { Button, Flex } from '@strapi/design-system';
import type { AllowedAction } from '../../../shared/contracts';
import { useWorkflowLabels } from '../hooks/useWorkflowLabels';
import { isDestructive } from '../utils/state-tone';

interface ActionButtonsProps {
  actions: AllowedAction[];
  disabled: boolean;
  onChoose: (action: AllowedAction) => void;
}

export const ActionButtons = ({ actions, disabled, onChoose }: ActionButtonsProps) => {
  const labels = useWorkflowLabels();
  return (
    <Flex gap={2} wrap="wrap">
      {actions.map((action) => (
        // type="button": the panel sits inside the edit view's <form>.
        <Button
          key={action.action}
          type="button"
          size="S"
          variant={isDestructive(action.to) ? 'danger-light' : 'secondary'}
          disabled={disabled}
          onClick={() => onChoose(action)}
        >
          {labels.action(action.action)}
        </Button>
      ))}
    </Flex>
  );
};
