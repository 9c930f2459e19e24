/**
 * Who acts on a task (src/api/task/rules/parties.ts), who may report progress on it
 * (src/api/progress-report/rules/reporting.ts) and what an urge request says
 * (src/api/task/rules/urging.ts): the pure rules behind urging and progress reports.
 */
import type { Scope } from '../../src/plugins/synergy/public';
import { isOwnerSide, isSupervisor, type TaskParties } from '../../src/api/task/rules/parties';
import { checkReport } from '../../src/api/progress-report/rules/reporting';
import { urgeComment } from '../../src/api/task/rules/urging';

const unit = (id: number, path: string) => ({ id, path });
const COMPANY = unit(2, '/1/2/');
const DEPARTMENT = unit(3, '/1/2/3/');
const OTHER = unit(4, '/1/4/');

/** A task of DEPARTMENT, supervised by COMPANY, with user 10 as its owner person. */
const task = (over: Partial<TaskParties> = {}): TaskParties => ({
  id: 1,
  documentId: 'task1',
  state: 'in_progress',
  ownerUnit: DEPARTMENT,
  supervisingUnit: COMPANY,
  ownerPerson: { id: 10 },
  ownerUnitId: DEPARTMENT.id,
  supervisingUnitId: COMPANY.id,
  ownerPersonId: 10,
  ...over,
});

const scope = (role: Scope['role'], at: { id: number; path: string } | null, userId: number | null = null): Scope => ({
  door: 'content-api',
  signedIn: true,
  role,
  unit: at ? { ...at, level: 'company', name: 'unit' } : null,
  read: [],
  write: [],
  actor: { kind: userId === null ? 'system' : 'user', id: userId, name: 'caller' },
});

describe('who acts on a task', () => {
  it('the owner side: its owner person whatever the role, its unit reporters, HQ', () => {
    expect(isOwnerSide(task(), scope('employee', DEPARTMENT, 10))).toBe(true);
    expect(isOwnerSide(task(), scope('reporter', DEPARTMENT, 11))).toBe(true);
    expect(isOwnerSide(task(), scope('hq', null, 12))).toBe(true);
    expect(isOwnerSide(task(), scope('employee', DEPARTMENT, 11))).toBe(false);
    expect(isOwnerSide(task(), scope('reporter', OTHER, 13))).toBe(false);
    expect(isOwnerSide(task(), scope('reporter', COMPANY, 14))).toBe(false);
  });

  it('the supervisor: the supervising unit but its employees, HQ', () => {
    expect(isSupervisor(task(), scope('reporter', COMPANY, 20))).toBe(true);
    expect(isSupervisor(task(), scope('segment', COMPANY, 21))).toBe(true);
    expect(isSupervisor(task(), scope('hq', null, 22))).toBe(true);
    expect(isSupervisor(task(), scope('employee', COMPANY, 23))).toBe(false);
    expect(isSupervisor(task(), scope('reporter', DEPARTMENT, 24))).toBe(false);
    expect(isSupervisor(task(), scope('employee', DEPARTMENT, 10))).toBe(false);
  });
});

describe('checkReport', () => {
  const report = { percent: 40, text: '完成设备选型' };

  it('fills the report from its task and its reporter', async () => {
    expect(await checkReport(task(), report, scope('employee', DEPARTMENT, 10))).toEqual({
      task: { set: [{ id: 1 }] },
      ownerUnit: { set: [{ id: DEPARTMENT.id }] },
      supervisingUnit: { set: [{ id: COMPANY.id }] },
      reporter: { set: [{ id: 10 }] },
      reporterName: 'caller',
    });
  });

  it("refuses someone else's task, a finished task, a percent out of range and an empty text", async () => {
    await expect(checkReport(task(), report, scope('employee', DEPARTMENT, 11))).rejects.toThrow(/someone else's task/);
    await expect(checkReport(task({ state: 'submitted' }), report, scope('employee', DEPARTMENT, 10))).rejects.toThrow(/open tasks/);
    await expect(checkReport(task(), { ...report, percent: 101 }, scope('employee', DEPARTMENT, 10))).rejects.toThrow(/percent/);
    await expect(checkReport(task(), { ...report, text: '  ' }, scope('employee', DEPARTMENT, 10))).rejects.toThrow(/Say what was done/);
  });
});

describe('urgeComment', () => {
  it('reads the comment of { comment? }, null when there is none', () => {
    expect(urgeComment({ comment: '请本周内提交' })).toBe('请本周内提交');
    expect(urgeComment({})).toBeNull();
    expect(urgeComment(undefined)).toBeNull();
    expect(urgeComment({ comment: '' })).toBeNull();
    expect(() => urgeComment([])).toThrow(/comment/);
  });
});
