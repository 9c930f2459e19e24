/**
 * The board's shared time axis, as pure arithmetic on calendar days 'YYYY-MM-DD': where a date
 * falls (a percentage of the axis width), each task's bar from its assignment to its due date,
 * month ticks and the current quarter.
 */
const DAY = 86_400_000;

export const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export interface Axis {
  start: string;
  end: string;
  /** Days on the axis, both ends included. */
  days: number;
}

/**
 * The period, widened on the left to the earliest assignment shown — by at most half the period
 * (two weeks at least), so the period keeps most of the width; earlier starts are clipped.
 */
export const axisFor = (period: { from: string; to: string }, tasks: Array<{ assignedOn: string | null; dueDate: string }>): Axis => {
  const lead = Math.max(14, Math.floor((dayOf(period.to) - dayOf(period.from) + 1) / 2));
  const floor = dayOf(period.from) - lead;
  let start = dayOf(period.from);
  let end = dayOf(period.to);
  for (const task of tasks) {
    if (task.assignedOn) start = Math.min(start, Math.max(floor, dayOf(task.assignedOn)));
    end = Math.max(end, dayOf(task.dueDate));
  }
  return { start: dateOf(start), end: dateOf(end), days: end - start + 1 };
};

/** Left edge of a day on the axis, in percent (0 at the start, 100 after the last day). */
export const offset = (axis: Axis, date: string): number => ((dayOf(date) - dayOf(axis.start)) / axis.days) * 100;

export interface Bar {
  left: number;
  width: number;
  /** The task started before the axis: the bar is cut at the left edge. */
  clipped: boolean;
}

/** A bar covers its days from assignment (the due date when unknown) to the due date, inclusive. */
export const barFor = (axis: Axis, assignedOn: string | null, dueDate: string): Bar => {
  const first = Math.min(dayOf(assignedOn ?? dueDate), dayOf(dueDate));
  const clipped = first < dayOf(axis.start);
  const left = Math.max(0, offset(axis, dateOf(first)));
  const right = Math.min(100, offset(axis, dueDate) + 100 / axis.days);
  return { left, width: Math.max(right - left, 0.4), clipped };
};

export interface Tick {
  date: string;
  left: number;
  /** Show a label at this tick (every month on short axes, fewer on long ones). */
  labelled: boolean;
  /** First tick of a year, or the first tick on the axis: the label shows the year. */
  withYear: boolean;
}

/** The first of every month on the axis; labels every `step` months so at most about 12 show. */
export const monthTicks = (axis: Axis): Tick[] => {
  const startDay = dayOf(axis.start);
  const endDay = startDay + axis.days - 1;
  const start = new Date(startDay * DAY);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  const ticks: Array<{ date: string; year: number; month: number }> = [];
  for (;;) {
    if (month > 11) {
      year += 1;
      month = 0;
    }
    const day = Math.round(Date.UTC(year, month, 1) / DAY);
    if (day > endDay) break;
    ticks.push({ date: dateOf(day), year, month });
    month += 1;
  }
  const step = Math.max(1, Math.ceil(ticks.length / 12));
  return ticks.map((tick, index) => ({
    date: tick.date,
    left: offset(axis, tick.date),
    labelled: index % step === 0,
    withYear: index === 0 || tick.month === 0,
  }));
};

/** The calendar quarter around a date, as the server's default period. */
export const quarterOf = (date: string): { from: string; to: string } => {
  const year = Number(date.slice(0, 4));
  const first = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3;
  return {
    from: dateOf(Math.round(Date.UTC(year, first, 1) / DAY)),
    to: dateOf(Math.round(Date.UTC(year, first + 3, 0) / DAY)),
  };
};

/** The calendar year around a date. */
export const yearOf = (date: string): { from: string; to: string } => ({
  from: `${date.slice(0, 4)}-01-01`,
  to: `${date.slice(0, 4)}-12-31`,
});
