import {
  allowedTransitions,
  callerMayTake,
  decideTransition,
  namedBy,
  refusal,
  whoAdmits,
  workflowProblems,
} from '../../src/plugins/synergy/server/src/utils/transitions';
import { planRecordLoad } from '../../src/plugins/synergy/server/src/utils/transition-relations';
import type { TransitionDef, Who, WorkflowDef } from '../../src/plugins/synergy/public';
import demandWorkflow from '../../src/api/synergy-demand/workflow';

const reporterA1 = { role: 'reporter' as const, unitPath: '/1/2/4/' };
const managerA = { role: 'segment' as const, unitPath: '/1/2/' };
const managerB = { role: 'segment' as const, unitPath: '/1/3/' };
const hq = { role: 'hq' as const, unitPath: '/1/' };
const ownerPath = '/1/2/4/';
const inState = (state: string) => ({ state, ownerUnit: { id: 4, path: ownerPath } });

describe('the demand transition table', () => {
  it('is sound', () => {
    expect(workflowProblems(demandWorkflow)).toEqual([]);
  });

  it('reaches every state from draft', () => {
    const reached = new Set([demandWorkflow.initial]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of demandWorkflow.transitions) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...demandWorkflow.states].sort());
  });

  it('lets the owner submit and withdraw a draft, and the superior review a submission', () => {
    expect(allowedTransitions(demandWorkflow, inState('draft'), reporterA1).map((t) => t.action)).toEqual(['submit', 'withdraw']);
    expect(allowedTransitions(demandWorkflow, inState('submitted'), managerA).map((t) => t.action)).toEqual([
      'publish',
      'return',
      'reject',
    ]);
    expect(allowedTransitions(demandWorkflow, inState('submitted'), managerB)).toEqual([]);
    expect(allowedTransitions(demandWorkflow, inState('closed'), hq)).toEqual([]);
  });
});

describe('deciding a transition', () => {
  const record = { ...inState('submitted'), title: 't', category: 'service', description: 'd', neededBy: '2027-01-01' };

  it('reports an unknown action, a wrong state, a forbidden caller, a missing comment, missing fields — in that order', () => {
    expect(decideTransition(demandWorkflow, record, 'fly', null, hq)).toMatchObject({ ok: false, reason: 'unknown-action' });
    expect(decideTransition(demandWorkflow, record, 'close', null, reporterA1)).toEqual({
      ok: false,
      reason: 'not-in-state',
      allowed: ['withdraw'],
    });
    expect(decideTransition(demandWorkflow, record, 'publish', null, reporterA1)).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'You may not "publish" this record (无权执行此操作)',
    });
    expect(decideTransition(demandWorkflow, record, 'return', ' ', managerA)).toEqual({ ok: false, reason: 'comment-required' });
    expect(
      decideTransition(demandWorkflow, { ...record, state: 'draft', neededBy: null, description: '' }, 'submit', null, reporterA1)
    ).toEqual({ ok: false, reason: 'missing-fields', fields: ['description', 'neededBy'] });
    expect(decideTransition(demandWorkflow, record, 'publish', null, managerA)).toMatchObject({ ok: true });
  });

  it('treats HQ as superior and owner of every unit, but nobody without a role', () => {
    const publish = demandWorkflow.transitions.find((t) => t.action === 'publish')!;
    expect(callerMayTake(publish, hq, inState('submitted'))).toBe(true);
    expect(callerMayTake(publish, { role: null, unitPath: '/1/' }, inState('submitted'))).toBe(false);
    expect(callerMayTake(publish, { role: 'segment', unitPath: ownerPath }, inState('submitted'))).toBe(false);
  });
});

describe('table soundness checks', () => {
  it('finds undeclared states, duplicate sources and roleless transitions', () => {
    const problems = workflowProblems({
      uid: 'x',
      initial: 'new',
      states: ['a'],
      publicStates: ['b'],
      transitions: [{ action: 'go', from: ['a', 'a'], to: 'c', who: { roles: [], unit: 'any' } }],
      effects: { stop: [] },
    });
    expect(problems).toEqual([
      'initial state "new" is not a state',
      'public state "b" is not a state',
      'go: target "c" is not a state',
      'go: declared twice from "a"',
      'go: no role may take it',
      'effect for unknown action "stop"',
    ]);
  });
});

describe('who, measured against the units and people a record names', () => {
  // GROUP /1/ → SEG-A /1/2/ → CO-A1 /1/2/4/ → DEPT /1/2/4/9/; SEG-B /1/3/ → CO-B1 /1/3/6/
  const unit = (id: number, path: string) => ({ id, path });
  const task = {
    state: 'submitted',
    ownerUnit: unit(9, '/1/2/4/9/'),
    supervisingUnit: unit(4, '/1/2/4/'),
    ownerPerson: { id: 77 },
  };
  const supervisor: Who = {
    roles: ['reporter', 'segment', 'hq'],
    unit: 'owner',
    relation: 'supervisingUnit',
    refusal: 'Only the supervising unit (督办单位)',
  };
  const ownerSide: Who = { roles: ['reporter', 'hq'], unit: 'owner', person: 'ownerPerson' };

  it('admits the supervising unit, not the owner, the unit above it or an employee of it', () => {
    expect(whoAdmits(supervisor, { role: 'reporter', unitPath: '/1/2/4/' }, task)).toBe(true);
    expect(whoAdmits(supervisor, { role: 'reporter', unitPath: '/1/2/4/9/' }, task)).toBe(false);
    expect(whoAdmits(supervisor, { role: 'segment', unitPath: '/1/2/' }, task)).toBe(false);
    expect(whoAdmits(supervisor, { role: 'employee', unitPath: '/1/2/4/' }, task)).toBe(false);
    expect(whoAdmits(supervisor, hq, task)).toBe(true);
    expect(whoAdmits(supervisor, { role: 'reporter', unitPath: '/1/2/4/' }, { ...task, supervisingUnit: null })).toBe(false);
  });

  it('admits the named person whatever its role, and no other employee of the owner unit', () => {
    expect(whoAdmits(ownerSide, { role: 'employee', unitPath: '/1/2/4/9/', userId: 77 }, task)).toBe(true);
    expect(whoAdmits(ownerSide, { role: 'segment', unitPath: '/1/2/', userId: 77 }, task)).toBe(true);
    expect(whoAdmits(ownerSide, { role: 'employee', unitPath: '/1/2/4/9/', userId: 78 }, task)).toBe(false);
    expect(whoAdmits(ownerSide, { role: 'employee', unitPath: '/1/2/4/9/', userId: null }, task)).toBe(false);
    expect(whoAdmits(ownerSide, { role: 'reporter', unitPath: '/1/2/4/9/' }, task)).toBe(true);
  });

  it('reaches through a to-one relation into to-many ones: any party of the project', () => {
    const benefit = { state: 'submitted', project: { id: 5, ownerUnit: unit(4, '/1/2/4/'), supplierUnits: [unit(6, '/1/3/6/')] } };
    const party: Who = { roles: ['reporter'], unit: 'owner', relation: ['project.ownerUnit', 'project.supplierUnits'] };
    expect(namedBy(benefit, 'project.supplierUnits')).toEqual([unit(6, '/1/3/6/')]);
    expect(namedBy({ state: 'x', project: null }, 'project.supplierUnits')).toEqual([]);
    expect(whoAdmits(party, { role: 'reporter', unitPath: '/1/3/6/' }, benefit)).toBe(true);
    expect(whoAdmits(party, { role: 'reporter', unitPath: '/1/2/4/' }, benefit)).toBe(true);
    expect(whoAdmits(party, { role: 'reporter', unitPath: '/1/2/5/' }, benefit)).toBe(false);
    expect(whoAdmits(party, { role: 'segment', unitPath: '/1/3/' }, benefit)).toBe(false);
  });

  it('lists exactly what it accepts: the who, then the guard, with their messages as the 403', () => {
    const table: WorkflowDef = {
      uid: 'x',
      initial: 'submitted',
      states: ['submitted', 'done'],
      publicStates: [],
      transitions: [
        { action: 'accept', from: ['submitted'], to: 'done', who: supervisor },
        {
          action: 'confirm',
          from: ['submitted'],
          to: 'submitted',
          who: { roles: ['reporter'], unit: 'any' },
          guard: ({ record, caller }) => !(record.confirmations ?? []).includes(caller.unitId) || 'Already confirmed (已确认)',
        },
      ],
    };
    const record = { ...task, confirmations: [4] };
    const callers = [
      { role: 'reporter' as const, unitPath: '/1/2/4/', unitId: 4 },
      { role: 'reporter' as const, unitPath: '/1/2/4/9/', unitId: 9 },
      { role: 'segment' as const, unitPath: '/1/2/', unitId: 2 },
      hq,
    ];
    for (const caller of callers) {
      const listed = allowedTransitions(table, record, caller).map((t) => t.action);
      for (const action of ['accept', 'confirm']) {
        expect(decideTransition(table, record, action, 'ok', caller).ok).toBe(listed.includes(action));
      }
    }
    expect(allowedTransitions(table, record, callers[0]).map((t) => t.action)).toEqual(['accept']);
    expect(allowedTransitions(table, record, callers[1]).map((t) => t.action)).toEqual(['confirm']);
    expect(decideTransition(table, record, 'accept', null, callers[1])).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'Only the supervising unit (督办单位)',
    });
    expect(refusal(table.transitions[1] as TransitionDef, callers[0], record)).toBe('Already confirmed (已确认)');
  });
});

describe('planning what the engine loads with a record', () => {
  const ORG = 'api::org-unit.org-unit';
  const USER = 'plugin::users-permissions.user';
  const schemas: Record<string, Record<string, { type: string; target?: string }>> = {
    'api::benefit.benefit': {
      ownerUnit: { type: 'relation', target: ORG },
      project: { type: 'relation', target: 'api::project.project' },
      amount: { type: 'decimal' },
    },
    'api::project.project': {
      ownerUnit: { type: 'relation', target: ORG },
      supplierUnits: { type: 'relation', target: ORG },
      buyer: { type: 'relation', target: USER },
    },
  };
  const table = (who: Who, requires: string[] = []): WorkflowDef => ({
    uid: 'api::benefit.benefit',
    initial: 'a',
    states: ['a'],
    publicStates: [],
    transitions: [{ action: 'go', from: ['a'], to: 'a', who, requires }],
  });

  it('populates the owner, the named units with their paths, and required relations, merged into one tree', () => {
    const plan = planRecordLoad(
      table({ roles: ['reporter'], unit: 'owner', relation: ['project.ownerUnit', 'project.supplierUnits'] }, ['project', 'amount']),
      (uid) => schemas[uid],
      ORG
    );
    expect(plan.problems).toEqual([]);
    expect(plan.populate).toEqual({
      ownerUnit: { select: ['id', 'path'] },
      project: {
        select: ['id'],
        populate: { ownerUnit: { select: ['id', 'path'] }, supplierUnits: { select: ['id', 'path'] } },
      },
    });
  });

  it('refuses a relation that does not exist or does not lead to units (or to users, for a person)', () => {
    expect(
      planRecordLoad(table({ roles: ['reporter'], unit: 'owner', relation: 'project.supplierUnit' }), (uid) => schemas[uid], ORG).problems
    ).toEqual(['go: "project.supplierUnit" is not a relation path of api::benefit.benefit']);
    expect(planRecordLoad(table({ roles: ['reporter'], unit: 'owner', relation: 'project' }), (uid) => schemas[uid], ORG).problems).toEqual(
      ['go: "project" leads to api::project.project, not api::org-unit.org-unit']
    );
    expect(
      planRecordLoad(table({ roles: ['reporter'], unit: 'owner', person: 'project.ownerUnit' }), (uid) => schemas[uid], ORG).problems
    ).toEqual(['go: "project.ownerUnit" leads to api::org-unit.org-unit, not plugin::users-permissions.user']);
  });
});
