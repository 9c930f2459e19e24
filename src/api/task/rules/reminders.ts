/** Which reminder a task is due for, from the working days left and the configured leads. */

/** The smallest configured "N working days before" that is at least `daysLeft`, or null. */
export const reminderBucket = (daysLeft: number, before: number[]): number | null => {
  const fitting = before.filter((n) => n >= daysLeft);
  return daysLeft >= 1 && fitting.length > 0 ? Math.min(...fitting) : null;
};
