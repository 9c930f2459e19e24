/** The traffic light of a task, the reminder bucket and the date rules, as pure functions. */
import { doneOnTime, progressLags, reminderOutstanding, trafficLight, type LightFacts } from '../../src/api/task/rules/light';
import { dayNumber, isDate, quarterOf, taskDateProblems } from '../../src/api/task/rules/dates';
import { reminderBucket } from '../../src/api/task/rules/reminders';
import { supervisionProblems } from '../../src/api/task/rules/supervision-config';

const RULES = { yellowWithinWorkingDays: 3 };
// Working-day ordinals: assigned at 100, due at 120; "today" moves.
const task = (over: Partial<LightFacts> = {}): LightFacts => ({
  state: 'in_progress',
  dueDate: '2026-12-18',
  startOrdinal: 100,
  dueOrdinal: 120,
  progress: 50,
  ...over,
});
const on = (date: string, ordinal: number) => ({ date, ordinal });

describe('trafficLight', () => {
  it('is green on track, yellow when due soon and lagging, red when overdue', () => {
    expect(trafficLight(task(), on('2026-11-30', 105), RULES)).toBe('green');
    // 3 working days left, 85 % of the time gone, 50 % done
    expect(trafficLight(task(), on('2026-12-15', 117), RULES)).toBe('yellow');
    // Same day, but 90 % done: not lagging
    expect(trafficLight(task({ progress: 90 }), on('2026-12-15', 117), RULES)).toBe('green');
    // Lagging but not yet due soon
    expect(trafficLight(task({ progress: 10 }), on('2026-12-08', 113), RULES)).toBe('green');
    // Due today is not overdue; the next day is
    expect(trafficLight(task({ progress: 100 }), on('2026-12-18', 120), RULES)).toBe('green');
    expect(trafficLight(task({ progress: 100 }), on('2026-12-19', 120), RULES)).toBe('red');
  });

  it('is yellow while a reminder or urge is unanswered by a progress report', () => {
    const urged = task({ lastRemindedAt: '2026-11-20T02:00:00Z', lastReportAt: '2026-11-19T02:00:00Z' });
    expect(trafficLight(urged, on('2026-11-23', 103), RULES)).toBe('yellow');
    const answered = task({ lastRemindedAt: '2026-11-20T02:00:00Z', lastReportAt: '2026-11-21T02:00:00Z' });
    expect(trafficLight(answered, on('2026-11-23', 103), RULES)).toBe('green');
    expect(reminderOutstanding({ lastRemindedAt: null, lastReportAt: null })).toBe(false);
    expect(reminderOutstanding({ lastRemindedAt: '2026-11-20T02:00:00Z', lastReportAt: null })).toBe(true);
  });

  it('keeps the colour finished work finished with, and has none for cancelled tasks', () => {
    expect(trafficLight(task({ state: 'accepted', submittedOn: '2026-12-18' }), on('2027-01-10', 135), RULES)).toBe('green');
    expect(trafficLight(task({ state: 'submitted', submittedOn: '2026-12-21' }), on('2027-01-10', 135), RULES)).toBe('red');
    expect(trafficLight(task({ state: 'cancelled' }), on('2027-01-10', 135), RULES)).toBeNull();
    expect(doneOnTime({ state: 'accepted', submittedOn: '2026-12-18', dueDate: '2026-12-18' })).toBe(true);
    expect(doneOnTime({ state: 'accepted', submittedOn: '2026-12-19', dueDate: '2026-12-18' })).toBe(false);
    expect(doneOnTime({ state: 'submitted', submittedOn: '2026-12-10', dueDate: '2026-12-18' })).toBe(false);
  });

  it('compares progress with elapsed time in whole numbers, with a span of at least one day', () => {
    expect(progressLags(50, 100, 110, 105)).toBe(false); // exactly on track
    expect(progressLags(49, 100, 110, 105)).toBe(true);
    expect(progressLags(0, 100, 100, 100)).toBe(false); // assigned and due today, nothing elapsed
    expect(progressLags(99, 100, 100, 101)).toBe(true); // elapsed is capped at the whole span
    expect(progressLags(0, 100, 110, 95)).toBe(false); // before the assignment date
  });
});

describe('reminderBucket', () => {
  it('picks the smallest configured lead time that covers the working days left', () => {
    expect(reminderBucket(3, [3, 1])).toBe(3);
    expect(reminderBucket(2, [3, 1])).toBe(3);
    expect(reminderBucket(1, [3, 1])).toBe(1);
    expect(reminderBucket(4, [3, 1])).toBeNull();
    expect(reminderBucket(0, [3, 1])).toBeNull();
  });
});

describe('task dates', () => {
  it('refuses a due date before the assignment date and milestones outside the span', () => {
    expect(taskDateProblems({ assignedOn: '2026-11-01', dueDate: '2026-12-01' })).toEqual([]);
    expect(taskDateProblems({ assignedOn: '2026-12-02', dueDate: '2026-12-01' })[0]).toMatchObject({
      path: ['dueDate'],
      message: { zh: '完成时限不能早于交办日期' },
    });
    expect(
      taskDateProblems({ assignedOn: '2026-11-01', dueDate: '2026-12-01', milestones: [{ dueDate: '2026-12-05' }] })[0].message.zh
    ).toContain('节点日期须在');
    expect(taskDateProblems({ assignedOn: '2026-02-30', dueDate: '2026-12-01' })[0]).toMatchObject({
      path: ['assignedOn'],
      message: { en: expect.stringContaining('assignedOn') },
    });
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
  });

  it('checks the supervision configuration', () => {
    const good = {
      yellowWithinWorkingDays: 3,
      remindBeforeWorkingDays: [3, 1],
      remindOverdue: 'working',
      escalateAfterWorkingDays: 3,
      deductionPoints: 1,
    };
    expect(supervisionProblems(good)).toEqual([]);
    expect(supervisionProblems({ ...good, remindOverdue: 'sometimes', escalateAfterWorkingDays: 0 })).toHaveLength(2);
  });
});
