/** Colours of the traffic lights on the board (design-system tokens); grey for cancelled tasks. */
import type { DefaultTheme } from 'styled-components';
import type { TaskLight } from '../../../../shared/contracts';

type Colour = keyof DefaultTheme['colors'];

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

export const toneOf = (light: TaskLight | null): Tone =>
  light === 'green' ? 'success' : light === 'yellow' ? 'warning' : light === 'red' ? 'danger' : 'neutral';

/** Light tint, strong colour and text colour of each tone. */
export const TONE_COLOURS: Record<Tone, { tint: Colour; strong: Colour; text: Colour }> = {
  success: { tint: 'success100', strong: 'success500', text: 'success700' },
  warning: { tint: 'warning100', strong: 'warning500', text: 'warning700' },
  danger: { tint: 'danger100', strong: 'danger500', text: 'danger700' },
  neutral: { tint: 'neutral150', strong: 'neutral400', text: 'neutral600' },
};

export const OPEN_STATES = ['assigned', 'in_progress'];
