/** Admin views applied to the content manager's stored configuration, and their label messages. */
import { applyAdminView, editRows, type Configuration } from '../../src/plugins/synergy/server/src/services/admin-labels/apply';
import { fieldLabelMessages, pageModels, type AdminView } from '../../src/plugins/synergy/shared/admin-views';
import { listModel, stateName } from '../../src/plugins/synergy/admin/src/components/list/list-names';
import { schemaViews } from '../harness/schema-views';

/** The views the schemas declare, as the server reads them at boot. */
const ADMIN_VIEWS = schemaViews();

const TASK = 'api::task.task';
const attributes = {
  title: { type: 'string' },
  description: { type: 'text' },
  state: { type: 'enumeration' },
  light: { type: 'enumeration' },
  dueOrdinal: { type: 'integer' },
  ownerUnit: { type: 'relation' },
  notes: { type: 'json' },
  createdAt: { type: 'datetime' },
};
const size = () => 6;

/** The configuration the content manager makes by default for a new type. */
const defaults = (): Configuration => ({
  settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC', pageSize: 10 },
  metadatas: Object.fromEntries(
    [...Object.keys(attributes), 'id', 'documentId'].map((name) => [
      name,
      { edit: { label: name, visible: name !== 'createdAt', editable: true }, list: { label: name, sortable: true } },
    ])
  ),
  layouts: {
    list: ['id', 'title', 'description', 'state'],
    edit: [
      [
        { name: 'title', size: 6 },
        { name: 'description', size: 6 },
      ],
      [
        { name: 'state', size: 6 },
        { name: 'light', size: 6 },
      ],
      [{ name: 'dueOrdinal', size: 4 }],
      [
        { name: 'ownerUnit', size: 6 },
        { name: 'notes', size: 12 },
      ],
    ],
  },
});

const view: AdminView = {
  labels: { title: ['任务名称', 'Task'], state: ['状态', 'State'], light: ['红绿灯', 'Light'], ownerUnit: ['承办单位', 'Owner unit'] },
  list: ['title', 'state', 'light', 'ownerUnit', 'notes', 'gone'],
  sort: ['createdAt', 'DESC'],
  readOnly: ['light'],
  hidden: ['state', 'dueOrdinal'],
  mainField: 'title',
};

describe('applyAdminView', () => {
  it('writes the list columns, the default order and the main field of the view', () => {
    // Given a type's default configuration, when its view is applied
    const next = applyAdminView(TASK, defaults(), { attributes }, view, size)!;

    // Then the list shows the view's columns that exist and can be listed, in its order
    expect(next.layouts.list).toEqual(['title', 'state', 'light', 'ownerUnit']);
    expect(next.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 10 });
  });

  it('shows a relation by the main field its target declares, not the target’s first string', () => {
    const next = applyAdminView(TASK, defaults(), { attributes }, view, size, {}, [], { ownerUnit: 'shortName' })!;
    expect(next.metadatas.ownerUnit.edit).toMatchObject({ mainField: 'shortName' });
    expect(applyAdminView(TASK, defaults(), { attributes }, view, size)!.metadatas.ownerUnit.edit?.mainField).not.toBe('shortName');
  });

  it('leaves hidden fields out of the form and makes server-written ones read-only', () => {
    const next = applyAdminView(TASK, defaults(), { attributes }, view, size)!;

    expect(next.metadatas.state.edit).toMatchObject({ visible: false });
    expect(next.metadatas.dueOrdinal.edit).toMatchObject({ visible: false });
    expect(next.metadatas.light.edit).toMatchObject({ visible: true, editable: false });
    expect(next.metadatas.title.edit).toMatchObject({ visible: true, editable: true });
    // Timestamps stay as the content manager keeps them
    expect(next.metadatas.createdAt.edit).toMatchObject({ visible: false, editable: true });
    // and the rows close up where the hidden fields were
    expect(next.layouts.edit).toEqual([
      [
        { name: 'title', size: 6 },
        { name: 'description', size: 6 },
      ],
      [
        { name: 'light', size: 6 },
        { name: 'ownerUnit', size: 6 },
      ],
      [{ name: 'notes', size: 12 }],
    ]);
  });

  it('stores labels in both languages, common ones included', () => {
    const next = applyAdminView(TASK, defaults(), { attributes }, view, size)!;

    expect(next.metadatas.ownerUnit.edit!.label).toBe('承办单位 Owner unit');
    expect(next.metadatas.ownerUnit.list!.label).toBe('承办单位 Owner unit');
    expect(next.metadatas.createdAt.list!.label).toBe('创建时间 Created at');
    expect(next.metadatas.id.list!.label).toBe('编号 ID');
    // An attribute without a label keeps the one it has
    expect(next.metadatas.description.list!.label).toBe('description');
  });

  it('changes nothing the second time, and puts back what was changed by hand', () => {
    const once = applyAdminView(TASK, defaults(), { attributes }, view, size)!;
    expect(applyAdminView(TASK, once, { attributes }, view, size)).toBeNull();

    const edited = structuredClone(once);
    edited.metadatas.light.edit!.editable = true;
    edited.metadatas.title.list!.label = 'Titel';
    edited.layouts.list = ['title'];
    expect(applyAdminView(TASK, edited, { attributes }, view, size)).toEqual(once);
  });

  it('brings a field back into the form when the view stops hiding it', () => {
    const once = applyAdminView(TASK, defaults(), { attributes }, view, size)!;
    const next = applyAdminView(TASK, once, { attributes }, { ...view, hidden: ['state'] }, size)!;

    expect(next.metadatas.dueOrdinal.edit).toMatchObject({ visible: true });
    expect(next.layouts.edit!.flat().map((field) => field.name)).toContain('dueOrdinal');
  });
});

describe('editRows', () => {
  it('appends missing fields to the last row while it has room, then in new rows', () => {
    const rows = [[{ name: 'a', size: 6 }]];
    expect(editRows(rows, ['a', 'b', 'c'], (name) => (name === 'b' ? 6 : 4))).toEqual([
      [
        { name: 'a', size: 6 },
        { name: 'b', size: 6 },
      ],
      [{ name: 'c', size: 4 }],
    ]);
    expect(editRows([], ['a'], () => 12)).toEqual([[{ name: 'a', size: 12 }]]);
  });

  it('keeps rows arranged by hand while no field enters or leaves the form', () => {
    const rows = [[{ name: 'a', size: 4 }], [{ name: 'b', size: 4 }]];
    expect(editRows(rows, ['a', 'b'], () => 4)).toBe(rows);
  });
});

describe('fieldLabelMessages', () => {
  it('names every field by the message id the content manager looks up, in each language', () => {
    const zh = fieldLabelMessages('zh', ADMIN_VIEWS);
    const en = fieldLabelMessages('en', ADMIN_VIEWS);

    expect(zh['content-manager.content-types.api::task.task.state']).toBe('状态');
    expect(en['content-manager.content-types.api::task.task.state']).toBe('State');
    expect(en['content-manager.content-types.api::synergy-demand.synergy-demand.ownerUnit']).toBe('Owner unit');
    expect(zh['content-manager.content-types.api::synergy-demand.synergy-demand.updatedAt']).toBe('更新时间');
    // Components are looked up under their own prefix, without the content types' common fields
    expect(zh['content-manager.components.meeting.resolution.ownerUnit']).toBe('责任单位');
    expect(zh['content-manager.components.meeting.resolution.createdAt']).toBeUndefined();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives every label both languages', () => {
    for (const [uid, { labels }] of Object.entries(ADMIN_VIEWS)) {
      for (const [attribute, [zh, en]] of Object.entries(labels)) {
        expect({ uid, attribute, zh: /[\u4e00-\u9fff]/.test(zh), en: /^[\x20-\x7e]+$/.test(en) }).toEqual({
          uid,
          attribute,
          zh: true,
          en: true,
        });
      }
    }
  });
});

describe('pageModels', () => {
  it("names the type that plays each part of the plugin's admin pages", () => {
    expect(pageModels(ADMIN_VIEWS)).toEqual({
      'supervision.task': 'api::task.task',
      'matching.demand': 'api::synergy-demand.synergy-demand',
      'matching.exemption': 'api::exemption-request.exemption-request',
      'meetings.meeting': 'api::meeting.meeting',
      'home.benefit': 'api::benefit-record.benefit-record',
      'guidelines.guideline': 'api::guideline.guideline',
      'targets.letter': 'api::responsibility-letter.responsibility-letter',
      'reports.quarterly': 'api::quarterly-report.quarterly-report',
      'assessment.sheet': 'api::assessment-sheet.assessment-sheet',
    });
  });

  it('refuses two types declaring the same part', () => {
    const view = (pageModel: string): AdminView => ({ labels: {}, pageModel });
    expect(() => pageModels({ 'api::a.a': view('board.task'), 'api::b.b': view('board.task') })).toThrow(/api::a\.a and api::b\.b/);
  });
});

describe('list view names', () => {
  it('finds the content type of a list view from its location', () => {
    expect(listModel('/admin/content-manager/collection-types/api::task.task')).toBe('api::task.task');
    expect(listModel('/admin/content-manager/collection-types/api%3A%3Atask.task/abc')).toBe('api::task.task');
    expect(listModel('/admin/plugins/synergy/supervision')).toBeNull();
  });

  it('names a state as the workflow panel does, in the admin locale', () => {
    expect(stateName('docking', 'zh-Hans')).toBe('对接中');
    expect(stateName('docking', 'en')).toBe('Docking');
    expect(stateName('in_progress', 'zh-Hans')).toBe('办理中');
    expect(stateName('unheard-of', 'zh-Hans')).toBe('unheard-of');
  });
});
