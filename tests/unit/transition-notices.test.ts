/** Whom a transition tells, decided on its declaration: the load plan, the addressees, the message. */
import {
  chineseName,
  noticeAddressees,
  noticeKey,
  noticeLabel,
  noticeText,
  planNoticeLoad,
} from '../../src/plugins/synergy/server/src/utils/transition-notices';
import type { TransitionNotice, WorkflowDef } from '../../src/plugins/synergy/shared/contracts';
import demandWorkflow from '../../src/api/synergy-demand/workflow';
import taskWorkflow from '../../src/api/task/workflow';
import exemptionWorkflow from '../../src/api/exemption-request/workflow';

const USER = 'plugin::users-permissions.user';
const ORG = 'api::org-unit.org-unit';
const SCHEMAS: Record<string, Record<string, { type: string; target?: string }>> = {
  'api::synergy-demand.synergy-demand': { title: { type: 'string' }, ownerUnit: { type: 'relation', target: ORG } },
  'api::task.task': {
    title: { type: 'string' },
    ownerUnit: { type: 'relation', target: ORG },
    ownerPerson: { type: 'relation', target: USER },
    supervisingUnit: { type: 'relation', target: ORG },
  },
  'api::exemption-request.exemption-request': {
    ownerUnit: { type: 'relation', target: ORG },
    demand: { type: 'relation', target: 'api::synergy-demand.synergy-demand' },
  },
  [ORG]: { name: { type: 'string' } },
};
const attributesOf = (uid: string) => SCHEMAS[uid];

const withNotice = (notify: TransitionNotice): WorkflowDef => ({
  uid: 'api::task.task',
  initial: 'a',
  states: ['a', 'b'],
  publicStates: [],
  transitions: [{ action: 'go', from: ['a'], to: 'b', who: { roles: ['hq'], unit: 'any' }, notify }],
});

describe('the load plan of notices', () => {
  it('reads the owner unit and the title of a returned demand', () => {
    const plan = planNoticeLoad(demandWorkflow, attributesOf, 'api::org-unit.org-unit');
    expect(plan.problems).toEqual([]);
    expect(plan.select).toEqual(expect.arrayContaining(['id', 'documentId', 'title']));
    expect(plan.populate).toEqual({ ownerUnit: { select: ['id'] } });
  });

  it('reads the owner person before the owner unit of a returned task, and a label through a relation', () => {
    expect(planNoticeLoad(taskWorkflow, attributesOf, 'api::org-unit.org-unit')).toMatchObject({
      problems: [],
      populate: { ownerPerson: { select: ['id'] }, ownerUnit: { select: ['id'] } },
    });
    expect(planNoticeLoad(exemptionWorkflow, attributesOf, 'api::org-unit.org-unit').populate).toEqual({
      ownerUnit: { select: ['id'] },
      demand: { select: ['id', 'title'] },
    });
  });

  it('names every misspelt or wrong declaration, so the boot stops', () => {
    const problems = (notify: TransitionNotice) => planNoticeLoad(withNotice(notify), attributesOf, 'api::org-unit.org-unit').problems;
    expect(problems({ kind: 'returned', to: [{ person: 'ownerPersn' }] })).toEqual([
      'go notice: "ownerPersn" is not a relation path of api::task.task',
    ]);
    expect(problems({ kind: 'returned', to: [{ person: 'ownerUnit' }] })).toEqual([`go notice: "ownerUnit" leads to ${ORG}, not ${USER}`]);
    expect(problems({ kind: 'returned', to: [{ members: 'ownerPerson', roles: ['reporter'] }] })).toEqual([
      `go notice: "ownerPerson" leads to ${USER}, not ${ORG}`,
    ]);
    expect(problems({ kind: 'returned', to: [{ roles: [] }] })).toEqual(['go notice: roles must be member roles']);
    expect(problems({ kind: 'returned', to: [] })).toEqual(['go notice: tells nobody']);
    expect(problems({ kind: 'shouted' as any, to: [{ roles: ['reporter'] }] })).toEqual(['go notice: unknown kind "shouted"']);
    expect(problems({ kind: 'returned', to: [{ roles: ['reporter'] }], label: 'ownerUnit' })).toEqual([
      'go notice: "ownerUnit" does not end in a field',
    ]);
    expect(problems({ kind: 'returned', to: [{ roles: ['reporter'] }], label: 'ownerUnit.nmae' })).toEqual([
      'go notice: "ownerUnit.nmae" does not end in a field',
    ]);
  });
});

describe('whom a notice tells', () => {
  const task: TransitionNotice = { kind: 'returned', to: [{ person: 'ownerPerson' }, { roles: ['reporter'] }] };

  it('tells the first addressee that names anyone: the owner person, else the owner unit’s reporters', () => {
    expect(noticeAddressees(task, { ownerPerson: { id: 7 }, ownerUnit: { id: 3 } })).toEqual({ people: [7] });
    expect(noticeAddressees(task, { ownerPerson: null, ownerUnit: { id: 3 } })).toEqual({ units: [3], roles: ['reporter'] });
    expect(noticeAddressees(task, { ownerPerson: null, ownerUnit: null })).toBeNull();
  });

  it('names the record by its declared label, else its title or name, else its document id', () => {
    expect(noticeLabel({ kind: 'rejected', to: [], label: 'demand.title' }, { demand: { title: '外购配件' } })).toBe('外购配件');
    expect(noticeLabel({ kind: 'rejected', to: [] }, { title: ' 光伏运维 ' })).toBe('光伏运维');
    expect(noticeLabel({ kind: 'rejected', to: [] }, { name: '检修服务' })).toBe('检修服务');
    expect(noticeLabel({ kind: 'rejected', to: [], label: 'demand.title' }, { documentId: 'abc', demand: null })).toBe('abc');
  });
});

describe('the message', () => {
  it('takes the Chinese half of a type’s name', () => {
    expect(chineseName('协同需求 Synergy demand')).toBe('协同需求');
    expect(chineseName('例外采购申请 Exemption request')).toBe('例外采购申请');
    expect(chineseName('Plain English')).toBe('Plain English');
  });

  it('says who returned what, with the comment and what to do next', () => {
    const text = noticeText({
      kind: 'returned',
      typeName: '协同需求',
      label: '光伏运维',
      actorName: '赵建国',
      actorUnitName: '能源板块',
      comment: ' 请补充预算。 ',
      toState: 'draft',
    });
    expect(text).toEqual({
      title: '协同需求「光伏运维」',
      body: '赵建国（能源板块）退回了协同需求「光伏运维」，意见：请补充预算。请按意见修改后重新提交。',
    });
    expect(
      noticeText({
        kind: 'rejected',
        typeName: '目录条目',
        label: '检修',
        actorName: '周明远',
        actorUnitName: null,
        comment: null,
        toState: 'rejected',
      }).body
    ).toBe('周明远驳回了目录条目「检修」。');
  });

  it('keys each transition taken and person once', () => {
    const at = new Date('2026-12-07T01:00:00Z');
    expect(noticeKey('api::task.task', 'doc1', 'return', at, 9)).toBe(`transition:api::task.task:doc1:return:${at.getTime()}:9`);
    expect(noticeKey('api::task.task', 'doc1', 'return', at, 9)).not.toBe(
      noticeKey('api::task.task', 'doc1', 'return', new Date(at.getTime() + 1), 9)
    );
  });
});
