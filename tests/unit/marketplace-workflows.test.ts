import { allowedTransitions, workflowProblems } from '../../src/plugins/synergy/server/src/utils/transitions';
import type { WorkflowDef } from '../../src/plugins/synergy/public';
import demandWorkflow from '../../src/api/synergy-demand/workflow';
import resourceWorkflow from '../../src/api/synergy-resource/workflow';
import exemptionWorkflow from '../../src/api/exemption-request/workflow';

const owner = { role: 'reporter' as const, unitPath: '/1/2/4/' };
const segment = { role: 'segment' as const, unitPath: '/1/2/' };
const ownerPath = '/1/2/4/';

const reachable = (def: WorkflowDef) => {
  const reached = new Set([def.initial]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of def.transitions) {
      if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) grew = reached.add(t.to).size > 0;
    }
  }
  return [...reached].sort();
};

describe.each([
  ['demand', demandWorkflow],
  ['resource', resourceWorkflow],
  ['exemption', exemptionWorkflow],
])('the %s transition table', (_name, def) => {
  it('is sound and reaches every state', () => {
    expect(workflowProblems(def)).toEqual([]);
    expect(reachable(def)).toEqual([...def.states].sort());
  });
});

describe('the marketplace lifecycle', () => {
  it('is the same for demands and resources, apart from the external close of demands', () => {
    const actions = (def: WorkflowDef) => def.transitions.map((t) => `${t.action}:${t.from.join('|')}>${t.to}`);
    expect(actions(demandWorkflow).filter((a) => !a.startsWith('close-external'))).toEqual(actions(resourceWorkflow));
    expect(resourceWorkflow.publicStates).toEqual(demandWorkflow.publicStates);
  });

  it('lets the owner close a demand as bought outside from published to landed', () => {
    for (const state of ['published', 'docking', 'agreed', 'landed']) {
      expect([state, allowedTransitions(demandWorkflow, { state, ownerUnit: { path: ownerPath } }, owner).map((t) => t.action)]).toEqual([
        state,
        expect.arrayContaining(['close-external']),
      ]);
    }
    expect(
      allowedTransitions(demandWorkflow, { state: 'draft', ownerUnit: { path: ownerPath } }, owner).map((t) => t.action)
    ).not.toContain('close-external');
    expect(allowedTransitions(resourceWorkflow, { state: 'docking', ownerUnit: { path: ownerPath } }, owner).map((t) => t.action)).toEqual([
      'agree',
      'withdraw',
    ]);
  });

  it('has exemptions submitted by the owner and decided by the unit above, never public', () => {
    expect(allowedTransitions(exemptionWorkflow, { state: 'draft', ownerUnit: { path: ownerPath } }, owner).map((t) => t.action)).toEqual([
      'submit',
    ]);
    expect(
      allowedTransitions(exemptionWorkflow, { state: 'submitted', ownerUnit: { path: ownerPath } }, segment).map((t) => t.action)
    ).toEqual(['approve', 'reject']);
    expect(allowedTransitions(exemptionWorkflow, { state: 'submitted', ownerUnit: { path: ownerPath } }, owner)).toEqual([]);
    expect(exemptionWorkflow.publicStates).toEqual([]);
  });
});
