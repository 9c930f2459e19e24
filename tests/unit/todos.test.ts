/** The to-do inbox's pure parts: on whom a record waits, the query and delegation bodies, sources' soundness, the quarterly window. */
import { allOf, waitingOn } from '../../src/plugins/synergy/server/src/services/todos/waiting';
import { parseTodoQuery } from '../../src/plugins/synergy/server/src/services/todos/list-query';
import { parseDelegationBody } from '../../src/plugins/synergy/server/src/services/todos/delegation-body';
import { sourceProblems, waitingWho } from '../../src/plugins/synergy/server/src/services/todos/registry';
import { mergePopulate } from '../../src/plugins/synergy/server/src/services/todos/items';
import { dateOfDay, dayNumber, isoOf } from '../../src/plugins/synergy/server/src/services/todos/sql';
import { WorkingCalendar, parseCalendarYear } from '../../src/plugins/synergy/server/src/utils/working-days';
import type { TodoCaller, TodoSource } from '../../src/plugins/synergy/shared/contracts/todos';
import { REVIEWER } from '../../src/modules/marketplace/lifecycle';
import { OWNER_SIDE, SUPERVISOR } from '../../src/api/task/rules/parties';
import demandWorkflow from '../../src/api/synergy-demand/workflow';
import { demandTodoSources } from '../../src/api/synergy-demand/todos';
import { quarterlyReportWindow } from '../../src/api/quarterly-report/rules/window';
import cn2026 from '../../src/plugins/synergy/server/calendar/cn-2026.json';

const caller = (fields: Partial<TodoCaller>): TodoCaller => ({
  role: 'reporter',
  unitId: 8,
  unitPath: '/1/4/8/',
  unitName: 'X',
  userId: null,
  ...fields,
});

describe('on whom a record waits', () => {
  it('a review waits on the units above the owner: a segment manager’s subtree but its own unit, every unit for HQ, nobody else', () => {
    expect(waitingOn(REVIEWER, caller({ role: 'segment', unitId: 4, unitPath: '/1/4/' }))).toEqual([
      { path: 'ownerUnit', standing: { below: '/1/4/', except: 4 } },
    ]);
    // An HQ member sits at the group or one of its departments: above every unit either way
    expect(waitingOn(REVIEWER, caller({ role: 'hq', unitId: 2, unitPath: '/1/2/' }))).toBe('every record');
    expect(waitingOn(REVIEWER, caller({ role: 'reporter' }))).toBeNull();
    expect(waitingOn(REVIEWER, caller({ role: null, unitId: null, unitPath: null }))).toBeNull();
  });

  it('a task waits on its owner person whatever the role, and on its owner unit’s reporters; HQ only where HQ owns it', () => {
    expect(waitingOn(OWNER_SIDE, caller({ role: 'employee', userId: 7 }))).toEqual([{ path: 'ownerPerson', person: 7 }]);
    expect(waitingOn(OWNER_SIDE, caller({ role: 'reporter', userId: 7 }))).toEqual([
      { path: 'ownerPerson', person: 7 },
      { path: 'ownerUnit', standing: { unit: 8 } },
    ]);
    expect(waitingOn(OWNER_SIDE, caller({ role: 'hq', unitId: 1, unitPath: '/1/' }))).toEqual([
      { path: 'ownerUnit', standing: { unit: 1 } },
    ]);
    expect(waitingOn(SUPERVISOR, caller({ role: 'segment', unitId: 4, unitPath: '/1/4/' }))).toEqual([
      { path: 'supervisingUnit', standing: { unit: 4 } },
    ]);
  });

  it('follows relation paths and lists of them; `any` unit is every record', () => {
    const party = { roles: ['reporter' as const], unit: 'owner' as const, relation: ['project.ownerUnit', 'project.supplierUnits'] };
    expect(waitingOn(party, caller({}))).toEqual([
      { path: 'project.ownerUnit', standing: { unit: 8 } },
      { path: 'project.supplierUnits', standing: { unit: 8 } },
    ]);
    expect(waitingOn({ roles: ['reporter'], unit: 'owner-or-superior' }, caller({}))).toEqual([
      { path: 'ownerUnit', standing: { within: '/1/4/8/' } },
    ]);
    expect(waitingOn({ roles: ['hq'], unit: 'any' }, caller({ role: 'hq' }))).toBe('every record');
  });

  it('ANDs conditions, null meaning no rows', () => {
    expect(allOf({ a: 1 }, undefined, {})).toEqual({ a: 1 });
    expect(allOf({ a: 1 }, { b: 2 })).toEqual({ $and: [{ a: 1 }, { b: 2 }] });
    expect(allOf({ a: 1 }, null)).toBeNull();
    expect(allOf()).toEqual({});
  });
});

describe('sources', () => {
  const attributes: Record<string, any> = {
    'api::synergy-demand.synergy-demand': {
      title: { type: 'string' },
      state: { type: 'enumeration' },
      ownerUnit: { type: 'relation', target: 'api::org-unit.org-unit' },
      neededBy: { type: 'date' },
    },
  };
  const attributesOf = (uid: string) => attributes[uid];
  const workflowOf = (uid: string) => (uid === demandWorkflow.uid ? demandWorkflow : undefined);
  const review = demandTodoSources[0];

  it('the demands’ are sound and wait on the reviewer of publish', () => {
    for (const source of demandTodoSources) expect(sourceProblems(source, attributesOf, workflowOf, 'api::org-unit.org-unit')).toEqual([]);
    expect(waitingWho(review, demandWorkflow)).toBe(REVIEWER);
  });

  it('one naming what the schema or workflow lacks is refused with the reason', () => {
    const broken: TodoSource = {
      ...review,
      id: 'Bad id',
      kind: 'nope' as any,
      states: ['lost'],
      waitsOn: { action: 'fly' },
      actions: ['jump'],
      due: { attribute: 'neededBy', type: 'datetime' },
    };
    const problems = sourceProblems(broken, attributesOf, workflowOf, 'api::org-unit.org-unit').join('; ');
    for (const part of [
      'id "Bad id"',
      'kind "nope"',
      'state "lost"',
      'action "jump"',
      'waitsOn: no transition "fly"',
      'due: "neededBy" is not a datetime',
    ])
      expect(problems).toContain(part);
    expect(sourceProblems({ ...review, uid: 'api::nothing.nothing' }, attributesOf, workflowOf, 'api::org-unit.org-unit')).toEqual([
      'api::nothing.nothing is not a content type',
    ]);
    expect(sourceProblems({ ...review, waitsOnFilter: () => ({}) }, attributesOf, workflowOf, 'api::org-unit.org-unit')).toContain(
      'declare exactly one of waitsOn and waitsOnFilter'
    );
  });

  it('merges the relations the workflow and the title read', () => {
    expect(
      mergePopulate(
        { ownerUnit: { select: ['id', 'path'] }, project: { select: ['id'], populate: { supplierUnits: { select: ['id', 'path'] } } } },
        { ownerUnit: { select: ['id', 'name'] }, project: { select: ['title'] } }
      )
    ).toEqual({
      ownerUnit: { select: ['id', 'path', 'name'] },
      project: { select: ['id', 'title'], populate: { supplierUnits: { select: ['id', 'path'] } } },
    });
  });
});

describe('the query', () => {
  it('reads kinds, the due date, overdue and pagination, with defaults', () => {
    expect(parseTodoQuery({}, { paged: true })).toEqual({ kinds: null, dueBefore: null, overdue: null, page: 1, pageSize: 25 });
    expect(
      parseTodoQuery(
        { filters: { kind: 'review,task-due', dueBefore: '2026-12-31', overdue: 'true' }, pagination: { page: '2', pageSize: '10' } },
        { paged: true }
      )
    ).toEqual({ kinds: ['review', 'task-due'], dueBefore: '2026-12-31', overdue: true, page: 2, pageSize: 10 });
    expect(parseTodoQuery({ filters: { kind: ['review', 'review'] } }, { paged: false }).kinds).toEqual(['review']);
  });

  it.each([
    [{ sort: 'x' }],
    [{ filters: { state: 'x' } }],
    [{ filters: 'x' }],
    [{ filters: { kind: 'all' } }],
    [{ filters: { dueBefore: '31.12.2026' } }],
    [{ filters: { overdue: 'maybe' } }],
    [{ pagination: { pageSize: '0' } }],
    [{ pagination: { start: '0' } }],
  ])('refuses %j', (query) => {
    expect(() => parseTodoQuery(query as any, { paged: true })).toThrow();
  });
});

describe('a delegation’s body', () => {
  const body = (data: Record<string, unknown>) => ({ data: { delegate: 'abc123', startsOn: '2026-12-07', endsOn: '2026-12-11', ...data } });
  it('is read with its note', () => {
    expect(parseDelegationBody(body({ note: '出差' }), '2026-12-07')).toEqual({
      delegate: 'abc123',
      startsOn: '2026-12-07',
      endsOn: '2026-12-11',
      note: '出差',
    });
  });
  it.each([
    ['a start in the past', body({ startsOn: '2026-12-06' }), '开始日期不能早于今天'],
    ['an end before the start', body({ endsOn: '2026-12-06', startsOn: '2026-12-08' }), '结束日期不能早于开始日期'],
    ['a date that does not exist', body({ endsOn: '2026-02-30' }), 'YYYY-MM-DD'],
    ['more than a year', body({ endsOn: '2027-12-31' }), '最长366天'],
    ['an unknown field', body({ ownerUnit: 3 }), '不支持的字段'],
    ['no delegate', body({ delegate: '' }), '请选择被委托的同事'],
    ['no data', { delegate: 'x' }, '请求体须为'],
  ])('refuses %s', (_what, given, message) => {
    expect(() => parseDelegationBody(given, '2026-12-07')).toThrow(message);
  });
});

describe('dates', () => {
  it('day numbers and instants', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(dayNumber('2026-12-31'))).toBe('2026-12-31');
    expect(isoOf(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoOf('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
    expect(isoOf(new Date('2026-12-07T01:00:00Z'))).toBe('2026-12-07T01:00:00.000Z');
    expect(isoOf(null)).toBeNull();
  });

  it('the quarterly report’s window: the last five working days of the quarter, due on the last one', () => {
    const calendar = new WorkingCalendar([parseCalendarYear(cn2026, 'cn-2026.json')]);
    expect(quarterlyReportWindow({ today: '2026-12-24', calendar })).toBeNull();
    expect(quarterlyReportWindow({ today: '2026-12-25', calendar })).toEqual({
      quarter: '2026-Q4',
      due: '2026-12-31',
      opens: '2026-12-25',
    });
    expect(quarterlyReportWindow({ today: '2026-12-27', calendar })?.due).toBe('2026-12-31');
    // Q3 2026: the Mid-Autumn holidays (09-25 to 09-27) fall inside, so the window opens on 09-23
    expect(quarterlyReportWindow({ today: '2026-09-22', calendar })).toBeNull();
    expect(quarterlyReportWindow({ today: '2026-09-26', calendar })).toEqual({
      quarter: '2026-Q3',
      due: '2026-09-30',
      opens: '2026-09-23',
    });
  });
});
