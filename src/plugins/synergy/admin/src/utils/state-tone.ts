import type { StatusVariant } from '@strapi/design-system';

/** Colour of each lifecycle state; states not listed are neutral. */
const STATE_TONE: Record<string, StatusVariant> = {
  submitted: 'secondary',
  published: 'success',
  docking: 'primary',
  agreed: 'success',
  landed: 'success',
  rejected: 'danger',
  withdrawn: 'warning',
  held: 'secondary',
  minutes_published: 'success',
  called_off: 'warning',
};

export const stateTone = (state: string): StatusVariant => STATE_TONE[state] ?? 'neutral';

/** An action that ends a record badly is drawn as a danger button. */
export const isDestructive = (to: string) => ['danger', 'warning'].includes(stateTone(to));
