/** What the minutes must hold before publishing, and the users a meeting write names. */
import { mayOwnResolution, publishProblems, type PublishFacts } from '../../src/api/meeting/rules/resolutions';
import { restorePeople, takePeople } from '../../src/api/meeting/rules/people';
import meetingWorkflow from '../../src/api/meeting/workflow';
import { allowedTransitions, workflowProblems } from '../../src/plugins/synergy/server/src/utils/transitions';

const CO_A1 = { id: 4, path: '/1/2/4/', name: 'CO-A1' };
const DEPT_A1 = { id: 7, path: '/1/2/4/7/', name: 'DEPT-A1' };
const CO_A2 = { id: 5, path: '/1/2/5/', name: 'CO-A2' };
const CO_B1 = { id: 6, path: '/1/3/6/', name: 'CO-B1' };
const members = new Set(['10:4', '11:7', '12:5', '13:6']);

const facts = (overrides: Partial<PublishFacts> = {}): PublishFacts => ({
  minutes: '纪要',
  meetingDate: '2026-05-10',
  today: '2026-05-12',
  organiser: CO_A1,
  participatingUnitIds: [CO_B1.id],
  resolutions: [{ title: '方案', ownerUnit: DEPT_A1, ownerPersonId: 11, dueDate: '2026-06-30' }],
  isMember: (person, unit) => members.has(`${person}:${unit}`),
  ...overrides,
});

describe('publishing rules', () => {
  it("accepts complete resolutions given to the organiser's subtree or a participating unit", () => {
    expect(publishProblems(facts())).toEqual([]);
    expect(
      publishProblems(facts({ resolutions: [{ title: '配合', ownerUnit: CO_B1, ownerPersonId: 13, dueDate: '2026-05-12' }] }))
    ).toEqual([]);
  });

  it('needs an organiser, minutes and at least one resolution', () => {
    expect(publishProblems(facts({ organiser: null }))).toEqual([
      { path: ['ownerUnit'], message: { en: 'The meeting has no organiser unit', zh: '会议未指定组织单位' } },
    ]);
    expect(publishProblems(facts({ minutes: '  ', resolutions: [] }))).toEqual([
      { path: ['minutes'], message: { en: 'Write the minutes before publishing them', zh: '请先填写会议纪要' } },
      { path: ['resolutions'], message: { en: 'The minutes need at least one resolution', zh: '会议纪要至少包含一项决议' } },
    ]);
  });

  it('names every problem of every resolution, in both languages', () => {
    const problems = publishProblems(
      facts({
        resolutions: [
          { title: '方案', ownerUnit: DEPT_A1, ownerPersonId: 11, dueDate: '2026-06-30' },
          { title: null, ownerUnit: null, ownerPersonId: null, dueDate: null },
          { title: '兄弟单位', ownerUnit: CO_A2, ownerPersonId: 12, dueDate: '2026-05-01' },
          { title: '错人', ownerUnit: DEPT_A1, ownerPersonId: 10, dueDate: '2026-05-11' },
        ],
      })
    );
    const at = (index: number, field: string, en: string, zh: string) => ({
      path: ['resolutions', String(index), field],
      message: { en, zh },
    });
    expect(problems).toEqual([
      at(1, 'title', 'Resolution 2: no title', '决议2：未填写决议事项'),
      at(1, 'ownerUnit', 'Resolution 2: no owner unit', '决议2：未指定责任单位'),
      at(1, 'ownerPerson', 'Resolution 2: no owner person', '决议2：未指定责任人'),
      at(1, 'dueDate', 'Resolution 2: no due date YYYY-MM-DD', '决议2：未填写完成时限'),
      at(
        2,
        'ownerUnit',
        'Resolution 3 "兄弟单位": CO-A2 is neither the organiser\'s unit or below it nor a participating unit',
        '决议3「兄弟单位」：CO-A2不是组织单位及其下级单位，也不是参会单位；责任单位须为组织单位及其下级单位或参会单位'
      ),
      at(
        2,
        'dueDate',
        'Resolution 3 "兄弟单位": due 2026-05-01, before the meeting on 2026-05-10',
        '决议3「兄弟单位」：完成时限不能早于会议日期'
      ),
      at(
        3,
        'ownerPerson',
        'Resolution 4 "错人": the owner person is not a member of the owner unit',
        '决议4「错人」：责任人须为责任单位人员'
      ),
      at(3, 'dueDate', 'Resolution 4 "错人": due 2026-05-11, before today 2026-05-12', '决议4「错人」：完成时限不能早于纪要发布日期'),
    ]);
  });

  it('refuses a due date that is not a calendar date', () => {
    expect(
      publishProblems(facts({ resolutions: [{ title: '方案', ownerUnit: DEPT_A1, ownerPersonId: 11, dueDate: '2026-02-30' }] }))
    ).toHaveLength(1);
  });

  it('lets the organiser give work down its subtree and to participating units only', () => {
    expect(mayOwnResolution(CO_A1, [], CO_A1)).toBe(true);
    expect(mayOwnResolution(CO_A1, [], DEPT_A1)).toBe(true);
    expect(mayOwnResolution(CO_A1, [], CO_A2)).toBe(false);
    expect(mayOwnResolution(CO_A1, [], { id: 2, path: '/1/2/', name: 'SEG-A' })).toBe(false);
    expect(mayOwnResolution(CO_A1, [CO_A2.id], CO_A2)).toBe(true);
  });
});

describe('the meeting lifecycle', () => {
  it('is sound, and only the organiser moves it', () => {
    expect(workflowProblems(meetingWorkflow)).toEqual([]);
    const organiser = { role: 'reporter' as const, unitPath: '/1/2/4/' };
    const manager = { role: 'segment' as const, unitPath: '/1/2/' };
    expect(allowedTransitions(meetingWorkflow, { state: 'draft', ownerUnit: { path: '/1/2/4/' } }, organiser).map((t) => t.action)).toEqual(
      ['hold', 'call-off']
    );
    expect(allowedTransitions(meetingWorkflow, { state: 'held', ownerUnit: { path: '/1/2/4/' } }, organiser).map((t) => t.action)).toEqual([
      'publish-minutes',
    ]);
    expect(allowedTransitions(meetingWorkflow, { state: 'held', ownerUnit: { path: '/1/2/4/' } }, manager)).toEqual([]);
    expect(allowedTransitions(meetingWorkflow, { state: 'minutes_published', ownerUnit: { path: '/1/2/4/' } }, organiser)).toEqual([]);
  });

  it('checks after-commit effects against the table like the others', () => {
    expect(workflowProblems({ ...meetingWorkflow, afterCommit: { publish: [] } })).toEqual(['effect for unknown action "publish"']);
  });
});

describe('users named in a meeting write', () => {
  it("takes participants and owner persons out, and puts them back in the Document Service's shape", () => {
    const data: Record<string, any> = {
      title: '会',
      participants: [3, { id: 4 }, 3],
      resolutions: [{ title: 'a', ownerPerson: 9 }, { title: 'b' }, { title: 'c', ownerPerson: null }],
    };
    const people = takePeople(data);
    expect(data).toEqual({ title: '会', resolutions: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] });
    expect(restorePeople(data, people)).toEqual({
      title: '会',
      participants: { set: [{ id: 3 }, { id: 4 }] },
      resolutions: [{ title: 'a', ownerPerson: { set: [{ id: 9 }] } }, { title: 'b' }, { title: 'c', ownerPerson: null }],
    });
    expect(restorePeople({ title: 'x' }, takePeople({ title: 'x' }))).toEqual({ title: 'x' });
  });

  it('refuses anything but user ids', () => {
    expect(() => takePeople({ participants: 'all' })).toThrow('participants must be a list of user ids');
    expect(() => takePeople({ participants: ['u-1'] })).toThrow('须为用户编号');
    expect(() => takePeople({ resolutions: [{ ownerPerson: -1 }] })).toThrow('resolutions[0].ownerPerson');
  });
});
