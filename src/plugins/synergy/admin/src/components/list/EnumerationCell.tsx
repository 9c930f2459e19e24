import { Status, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { StatusBadge } from '../StatusBadge';
import { toneOf } from '../../pages/SupervisionBoard/lights';
import { TASK_LIGHTS, type TaskLight } from '../../../../shared/contracts';

const isLight = (value: string): value is TaskLight => (TASK_LIGHTS as readonly string[]).includes(value);

/**
 * An enumeration value in a list cell, by its name in the admin's language (the content manager
 * shows the stored code): the lifecycle state and a task's light as coloured badges.
 */
export const EnumerationCell = ({ name, value }: { name: string; value: unknown }) => {
  const { formatMessage } = useIntl();
  if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
  if (name === 'state') return <StatusBadge state={value} />;
  const text = formatMessage({ id: value, defaultMessage: value });
  if (name === 'light' && isLight(value)) {
    return (
      <Status variant={toneOf(value)} size="S">
        <Typography tag="span" variant="omega" fontWeight="bold">
          {text}
        </Typography>
      </Status>
    );
  }
  return <Typography textColor="neutral800">{text}</Typography>;
};
