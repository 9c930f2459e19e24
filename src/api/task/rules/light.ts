/**
 * The traffic light of a supervised task: one pure function of the task and "today", used for
 * what every task shows and — restated as one SQL CASE in `queries/lights-sql.ts` — by the set-based scan
 * that keeps the stored `light` column every count reads. A unit test holds the two to the same answer.
 *
 * Dates are calendar days in the group's time zone ('YYYY-MM-DD'); ordinals count working days
 * (WorkingCalendar.ordinal), so "time elapsed" and "due within N days" skip holidays and weekends.
 */
export type Light = 'green' | 'yellow' | 'red';

export const OPEN_STATES = ['assigned', 'in_progress'] as const;
export const DONE_STATES = ['submitted', 'accepted'] as const;

export interface LightFacts {
  state: string;
  dueDate: string;
  /** Working-day ordinals of the assignment date and the due date. */
  startOrdinal: number;
  dueOrdinal: number;
  progress: number;
  /** The calendar date the owner last submitted it for acceptance. */
  submittedOn?: string | null;
  lastReportAt?: Date | string | null;
  lastRemindedAt?: Date | string | null;
}

export interface LightRules {
  /** Yellow when due within this many working days and progress lags the time elapsed. */
  yellowWithinWorkingDays: number;
}

export interface Today {
  date: string;
  ordinal: number;
}

/**
 * Whether progress lags the time elapsed: percent done below the share of the working days from
 * assignment to due date that have passed. In whole numbers, so SQL and JavaScript agree exactly.
 */
export const progressLags = (progress: number, startOrdinal: number, dueOrdinal: number, todayOrdinal: number): boolean => {
  const span = Math.max(1, dueOrdinal - startOrdinal);
  const elapsed = Math.min(span, Math.max(0, todayOrdinal - startOrdinal));
  return progress * span < 100 * elapsed;
};

/** A reminder or urge sent after the owner's last progress report is still unanswered. */
export const reminderOutstanding = (facts: Pick<LightFacts, 'lastReportAt' | 'lastRemindedAt'>): boolean => {
  if (!facts.lastRemindedAt) return false;
  if (!facts.lastReportAt) return true;
  return new Date(facts.lastRemindedAt).getTime() > new Date(facts.lastReportAt).getTime();
};

export const trafficLight = (task: LightFacts, today: Today, rules: LightRules): Light | null => {
  if ((DONE_STATES as readonly string[]).includes(task.state)) {
    // Finished work keeps the colour it finished with: late if handed in after the due date.
    return task.submittedOn && task.submittedOn > task.dueDate ? 'red' : 'green';
  }
  if (!(OPEN_STATES as readonly string[]).includes(task.state)) return null;
  if (today.date > task.dueDate) return 'red';
  if (reminderOutstanding(task)) return 'yellow';
  const dueSoon = task.dueOrdinal - today.ordinal <= rules.yellowWithinWorkingDays;
  return dueSoon && progressLags(task.progress ?? 0, task.startOrdinal, task.dueOrdinal, today.ordinal) ? 'yellow' : 'green';
};

/** Done on time: handed in (and then accepted) on or before the due date. */
export const doneOnTime = (task: Pick<LightFacts, 'state' | 'submittedOn' | 'dueDate'>): boolean =>
  task.state === 'accepted' && !!task.submittedOn && task.submittedOn <= task.dueDate;
