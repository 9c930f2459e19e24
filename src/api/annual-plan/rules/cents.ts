/**
 * Plan figures as whole cents (分): a figure is parsed from its decimal text, never through float
 * arithmetic, so sums of parts compare exactly with their whole. The column is decimal(10, 2).
 */
export type Cents = number;

/** The largest figure the decimal(10, 2) column holds, in cents. */
export const MAX_CENTS = 99_999_999_99;

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Cents of a figure given as text or number ("1234.5", 1234.5), or null when it is not one with at most two decimals. */
export const toCents = (value: unknown): Cents | null => {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // A stored decimal(10, 2) read back as a number: its nearest two-decimal text is the figure.
    text = value.toFixed(2);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  if (whole.length > 10) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_CENTS) return null;
  return minus && cents !== 0 ? -cents : cents;
};

/** The decimal text of a number of cents: 123456 → "1234.56", -5 → "-0.05". */
export const fromCents = (cents: Cents): string => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

export const sumCents = (values: Cents[]): Cents => values.reduce((total, value) => total + value, 0);
