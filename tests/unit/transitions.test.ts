import { allowedTransitions, callerMayTake, decideTransition, workflowProblems } from '../../src/plugins/synergy/server/src/utils/transitions';
import demandWorkflow from '../../src/api/synergy-demand/workflow';

const reporterA1 = { role: 'reporter' as const, unitPath: '/1/2/4/' };
const managerA = { role: 'segment' as const, unitPath: '/1/2/' };
const managerB = { role: 'segment' as const, unitPath: '/1/3/' };
const hq = { role: 'hq' as const, unitPath: '/1/' };
const ownerPath = '/1/2/4/';

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
    expect(allowedTransitions(demandWorkflow, 'draft', reporterA1, ownerPath).map((t) => t.action)).toEqual(['submit', 'withdraw']);
    expect(allowedTransitions(demandWorkflow, 'submitted', managerA, ownerPath).map((t) => t.action)).toEqual(['publish', 'return', 'reject']);
    expect(allowedTransitions(demandWorkflow, 'submitted', managerB, ownerPath)).toEqual([]);
    expect(allowedTransitions(demandWorkflow, 'closed', hq, ownerPath)).toEqual([]);
  });
});

describe('deciding a transition', () => {
  const record = { state: 'submitted', title: 't', category: 'service', description: 'd', neededBy: '2027-01-01' };

  it('reports an unknown action, a wrong state, a forbidden caller, a missing comment, missing fields — in that order', () => {
    expect(decideTransition(demandWorkflow, record, 'fly', null, hq, ownerPath)).toMatchObject({ ok: false, reason: 'unknown-action' });
    expect(decideTransition(demandWorkflow, record, 'close', null, reporterA1, ownerPath)).toEqual({
      ok: false,
      reason: 'not-in-state',
      allowed: ['withdraw'],
    });
    expect(decideTransition(demandWorkflow, record, 'publish', null, reporterA1, ownerPath)).toEqual({ ok: false, reason: 'forbidden' });
    expect(decideTransition(demandWorkflow, record, 'return', ' ', managerA, ownerPath)).toEqual({ ok: false, reason: 'comment-required' });
    expect(
      decideTransition(demandWorkflow, { ...record, state: 'draft', neededBy: null, description: '' }, 'submit', null, reporterA1, ownerPath)
    ).toEqual({ ok: false, reason: 'missing-fields', fields: ['description', 'neededBy'] });
    expect(decideTransition(demandWorkflow, record, 'publish', null, managerA, ownerPath)).toMatchObject({ ok: true });
  });

  it('treats HQ as superior and owner of every unit, but nobody without a role', () => {
    const publish = demandWorkflow.transitions.find((t) => t.action === 'publish')!;
    expect(callerMayTake(publish, hq, ownerPath)).toBe(true);
    expect(callerMayTake(publish, { role: null, unitPath: '/1/' }, ownerPath)).toBe(false);
    expect(callerMayTake(publish, { role: 'segment', unitPath: ownerPath }, ownerPath)).toBe(false);
  });
});

describe('table soundness checks', () => {
  it('finds undeclared states, duplicate sources and roleless transitions', () => {
    const problems = workflowProblems({
      uid: 'x',
      initial: 'new',
      states: ['a'],
      publicStates: ['b'],
      transitions: [
        { action: 'go', from: ['a', 'a'], to: 'c', who: { roles: [], unit: 'any' } },
      ],
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
