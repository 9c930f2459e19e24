import type { StatusVariant } from '@strapi/design-system';

/**
 * Colour of each lifecycle state, in the workflow panel and in lists: blue while a record moves,
 * green where it arrived, red or orange where it ended badly; states not listed are neutral.
 */
const STATE_TONE: Record<string, StatusVariant> = {
  submitted: 'secondary',
  applied: 'secondary',
  assigned: 'secondary',
  held: 'secondary',
  open: 'alternative',
  docking: 'primary',
  active: 'primary',
  in_progress: 'primary',
  mediating: 'primary',
  published: 'success',
  final: 'success',
  approved: 'success',
  agreed: 'success',
  landed: 'success',
  admitted: 'success',
  confirmed: 'success',
  completed: 'success',
  accepted: 'success',
  resolved: 'success',
  minutes_published: 'success',
  rejected: 'danger',
  terminated: 'danger',
  withdrawn: 'warning',
  cancelled: 'warning',
  called_off: 'warning',
};

export const stateTone = (state: string): StatusVariant => STATE_TONE[state] ?? 'neutral';

/** An action that ends a record badly is drawn as a danger button. */
export const isDestructive = (to: string) => ['danger', 'warning'].includes(stateTone(to));
