/** The supervision board's pure parts: its query, the grouping of tasks, the time axis, bilingual messages. */
import { compareBoardTasks, groupBoardTasks, parseBoardQuery } from '../../src/api/task/rules/board';
import {
  axisFor,
  barFor,
  monthTicks,
  offset,
  quarterOf,
  yearOf,
} from '../../src/plugins/synergy/admin/src/pages/SupervisionBoard/timeline';
import { inLanguage } from '../../src/plugins/synergy/admin/src/utils/bilingual';
import type { BoardTask } from '../../src/plugins/synergy/public';

const unit = (id: number, code: string) => ({ id, documentId: `u${id}`, code, name: `${code} 单位`, shortName: null });
const task = (
  documentId: string,
  category: string,
  owner: ReturnType<typeof unit> | null,
  dueDate: string,
  title = documentId
): BoardTask => ({
  documentId,
  title,
  category,
  level: 'company',
  source: 'leadership',
  ownerUnit: owner,
  ownerPerson: null,
  supervisingUnit: null,
  assignedOn: '2026-10-01',
  dueDate,
  state: 'assigned',
  light: 'green',
  progress: 0,
  urgeCount: 0,
  reminderCount: 0,
  lastUrgedOn: null,
  escalatedAt: null,
});

describe('the board query', () => {
  it('defaults to the current quarter and keeps the filters given', () => {
    expect(parseBoardQuery({}, '2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(
      parseBoardQuery(
        { from: '2026-01-01', to: '2026-06-30', category: '安全生产', unit: 'abc', light: 'red', state: 'in_progress' },
        '2026-11-21'
      )
    ).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      category: '安全生产',
      unit: 'abc',
      light: 'red',
      state: 'in_progress',
    });
    expect(parseBoardQuery({ light: '', state: '' }, '2026-02-03')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('refuses bad dates, unknown lights and states, lists and unknown parameters with a message naming them', () => {
    const refused = (query: Record<string, unknown>) => {
      try {
        parseBoardQuery(query, '2026-11-21');
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    expect(refused({ from: '2026-02-30', to: '2026-03-01' })).toContain('YYYY-MM-DD');
    expect(refused({ from: '2026-03-01' })).toContain('YYYY-MM-DD');
    expect(refused({ from: '2026-03-01', to: '2026-02-01' })).toContain('截止日期早于起始日期');
    expect(refused({ light: 'blue' })).toContain('light must be one of green, yellow, red');
    expect(refused({ light: ['red', 'green'] })).toContain('light must be one of');
    expect(refused({ state: 'done' })).toContain('state must be one of assigned, in_progress, submitted, accepted, cancelled');
    expect(refused({ status: 'accepted' })).toContain('Unknown parameter status');
    expect(refused({ category: 'x'.repeat(65) })).toContain('category');
    expect(refused({ sort: 'title' })).toContain('Unknown parameter sort');
  });
});

describe('grouping', () => {
  it('puts tasks under their category, then their owner unit, in board order', () => {
    const a1 = unit(1, 'CO-A1');
    const b1 = unit(2, 'CO-B1');
    const tasks = [
      task('t1', '协同', b1, '2026-11-02'),
      task('t2', '安全生产', a1, '2026-12-01'),
      task('t3', '协同', a1, '2026-11-20'),
      task('t4', '协同', a1, '2026-10-15'),
      task('t5', '安全生产', null, '2026-10-01'),
    ].sort(compareBoardTasks);
    expect(tasks.map((t) => t.documentId)).toEqual(['t5', 't2', 't4', 't3', 't1']);
    expect(groupBoardTasks(tasks)).toEqual([
      {
        category: '安全生产',
        units: [
          { unit: null, tasks: ['t5'] },
          { unit: a1, tasks: ['t2'] },
        ],
      },
      {
        category: '协同',
        units: [
          { unit: a1, tasks: ['t4', 't3'] },
          { unit: b1, tasks: ['t1'] },
        ],
      },
    ]);
    expect(groupBoardTasks([])).toEqual([]);
  });
});

describe('the time axis', () => {
  const quarter = { from: '2026-10-01', to: '2026-12-31' };

  it('spans the period, widened to the earliest assignment by at most half the period', () => {
    expect(axisFor(quarter, [])).toEqual({ start: '2026-10-01', end: '2026-12-31', days: 92 });
    expect(axisFor(quarter, [{ assignedOn: '2026-08-20', dueDate: '2026-10-20' }]).start).toBe('2026-08-20');
    expect(axisFor(quarter, [{ assignedOn: '2020-01-01', dueDate: '2026-10-20' }]).start).toBe('2026-08-16');
    expect(axisFor({ from: '2026-11-01', to: '2026-11-07' }, [{ assignedOn: '2026-09-01', dueDate: '2026-11-03' }]).start).toBe(
      '2026-10-18'
    );
    expect(axisFor(quarter, [{ assignedOn: null, dueDate: '2026-10-20' }]).start).toBe('2026-10-01');
  });

  it('places bars from the assignment day to the end of the due day, clipping those that start earlier', () => {
    const axis = axisFor(quarter, []);
    expect(offset(axis, '2026-10-01')).toBe(0);
    const whole = barFor(axis, '2026-10-01', '2026-12-31');
    expect(whole.left).toBe(0);
    expect(whole.width).toBeCloseTo(100);
    expect(whole.clipped).toBe(false);
    const oneDay = barFor(axis, '2026-11-01', '2026-11-01');
    expect(oneDay.left).toBeCloseTo((31 / 92) * 100);
    expect(oneDay.width).toBeCloseTo(100 / 92);
    const early = barFor(axis, '2026-09-01', '2026-10-10');
    expect(early).toMatchObject({ left: 0, clipped: true });
    expect(early.width).toBeCloseTo((10 / 92) * 100);
  });

  it('ticks the first of every month, labelling at most about twelve, with the year at the start and in January', () => {
    const ticks = monthTicks(axisFor({ from: '2026-11-15', to: '2027-02-10' }, []));
    expect(ticks.map((t) => [t.date, t.labelled, t.withYear])).toEqual([
      ['2026-12-01', true, true],
      ['2027-01-01', true, true],
      ['2027-02-01', true, false],
    ]);
    const long = monthTicks(axisFor({ from: '2025-01-01', to: '2026-12-31' }, []));
    expect(long).toHaveLength(24);
    expect(long.filter((t) => t.labelled)).toHaveLength(12);
    expect(long[0]).toMatchObject({ date: '2025-01-01', left: 0 });
  });

  it('knows the quarter and year around a date', () => {
    expect(quarterOf('2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-02-28')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(yearOf('2026-05-05')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('bilingual messages', () => {
  it('shows the Chinese part to a Chinese admin and the English part to others', () => {
    const message = 'This task was already urged today (该任务今日已催办)';
    expect(inLanguage(message, 'zh-Hans')).toBe('该任务今日已催办');
    expect(inLanguage(message, 'en')).toBe('This task was already urged today');
    expect(inLanguage('from and to must both be dates YYYY-MM-DD (起止日期格式应为 YYYY-MM-DD)', 'zh-Hans')).toBe(
      '起止日期格式应为 YYYY-MM-DD'
    );
    expect(inLanguage('Forbidden', 'zh-Hans')).toBe('Forbidden');
    expect(inLanguage('Something (not Chinese)', 'zh-Hans')).toBe('Something (not Chinese)');
    // the server puts the caller's language first: either order gives the same half
    expect(inLanguage('该任务今日已催办 (This task was already urged today)', 'zh-Hans')).toBe('该任务今日已催办');
    expect(inLanguage('该任务今日已催办 (This task was already urged today)', 'en')).toBe('This task was already urged today');
    expect(inLanguage('名称必填 (名称 is required)', 'en')).toBe('名称 is required');
  });
});
