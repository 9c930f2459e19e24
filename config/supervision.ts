/**
 * Rules of supervised tasks (督办). Working days count on the calendar of
 * src/plugins/synergy/server/calendar (+ config/calendar). Checked at boot (src/api/task/rules/supervision-config.ts).
 */
export default ({ env }: { env: any }) => ({
  /** Yellow when due within this many working days and progress lags the time elapsed. */
  yellowWithinWorkingDays: env.int('TASK_YELLOW_WITHIN_WORKING_DAYS', 3),
  /** Reminders this many working days before the due date (one each). */
  remindBeforeWorkingDays: [3, 1],
  /** A reminder on every overdue day: 'working' days only, 'every' calendar day, or 'off'. */
  remindOverdue: env('TASK_REMIND_OVERDUE', 'working'),
  /** A department-level task overdue by this many working days is escalated to company level. */
  escalateAfterWorkingDays: env.int('TASK_ESCALATE_AFTER_WORKING_DAYS', 3),
  /** Points deducted from the owner unit's assessment for an overdue company-level task. */
  deductionPoints: 1,
});
