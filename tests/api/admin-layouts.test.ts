/**
 * The content manager's layouts after boot, as the admin UI reads them, and the names the admin
 * needs for every field and enumeration value it shows, in both of its languages.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, DEMAND, makeDemand, type Group } from '../harness/group';
import { isFormField } from '../../src/plugins/synergy/server/src/services/admin-labels/apply';
import { fieldLabelMessages, isComponentUid, viewLabels, type AdminView } from '../../src/plugins/synergy/shared/admin-views';
import appEn from '../../src/admin/translations/en.json';
import appZh from '../../src/admin/translations/zh-Hans.json';
import pluginEn from '../../src/plugins/synergy/admin/src/translations/en.json';
import pluginZh from '../../src/plugins/synergy/admin/src/translations/zh-Hans.json';

let strapi: Core.Strapi;
let group: Group;
/** The admin views the schemas declare, as the server read them at boot. */
let ADMIN_VIEWS: Record<string, AdminView>;

type Attribute = { type: string; enum?: string[]; private?: boolean; component?: string };
type Model = { uid: string; attributes: Record<string, Attribute> };

const configuration = async (uid: string) => {
  const res = await request(strapi.server.httpServer)
    .get(`/content-manager/content-types/${uid}/configuration`)
    .set(bearer(group.adminToken.hq));
  expect(res.status).toBe(200);
  return res.body.data;
};

/** The content types a person finds in the content manager, and the components they use. */
const displayedModels = (): Model[] => {
  const types: Model[] = strapi.plugin('content-manager').service('content-types').findDisplayedContentTypes();
  const components = new Set<string>();
  const collect = (model: { attributes: Record<string, Attribute> }) => {
    for (const attribute of Object.values(model.attributes)) {
      if (attribute.type === 'component' && attribute.component && !components.has(attribute.component)) {
        components.add(attribute.component);
        collect(strapi.components[attribute.component as never]);
      }
    }
  };
  types.forEach(collect);
  return [...types, ...[...components].map((uid) => ({ uid, attributes: (strapi.components[uid as never] as Model).attributes }))];
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  ADMIN_VIEWS = strapi.plugin('synergy').service('admin-labels').views();
});
afterAll(stopStrapi);

describe('layouts written at boot', () => {
  it("marks the fields a demand's workflow requires before it may be submitted", async () => {
    // Given a fresh database, when a demand's form is opened
    const { contentType } = await configuration(DEMAND);

    // Then the fields the submit transition requires carry a hint in both languages, others none
    for (const name of ['title', 'category', 'neededBy']) {
      expect([name, contentType.metadatas[name].edit.description]).toEqual([name, '提交前必填 (Required to submit)']);
    }
    expect(contentType.metadatas.budget.edit.description).toBe('');
    // and a column of linked owned records (which the unit scope may not sort by) is not sortable
    const exemption = await configuration('api::exemption-request.exemption-request');
    expect(exemption.contentType.metadatas.demand.list.sortable).toBe(false);
    const edition = await configuration('api::catalogue-edition.catalogue-edition');
    expect(edition.contentType.metadatas.validTo.edit.description).toBe('发布前必填 (Required to publish)');
  });

  it('lists tasks by what a supervisor needs and keeps the scans’ bookkeeping out of the form', async () => {
    // Given a fresh database, when HQ opens the tasks in the content manager
    const { contentType } = await configuration('api::task.task');

    // Then the list shows the task, its state, light, owner unit, due date and progress
    expect(contentType.layouts.list).toEqual(['title', 'state', 'light', 'ownerUnit', 'dueDate', 'progress', 'source', 'supervisingUnit']);
    expect(contentType.settings).toMatchObject({ defaultSortBy: 'dueDate', defaultSortOrder: 'ASC' });
    expect(contentType.metadatas.state.list).toMatchObject({ label: '状态 State', sortable: true });

    // And the form shows no internal field, and none the server writes is editable
    const formFields = contentType.layouts.edit.flat().map((field: { name: string }) => field.name);
    for (const name of ['state', 'startOrdinal', 'dueOrdinal', 'dueDay', 'overdueRemindedOn', 'sourceUid', 'sourceDocumentId']) {
      expect({ name, visible: contentType.metadatas[name].edit.visible, inForm: formFields.includes(name) }).toEqual({
        name,
        visible: false,
        inForm: false,
      });
    }
    for (const name of ['progress', 'light', 'urgeCount', 'acceptedAt']) {
      expect({ name, editable: contentType.metadatas[name].edit.editable }).toEqual({ name, editable: false });
    }
    expect(formFields).toEqual(expect.arrayContaining(['title', 'description', 'dueDate', 'ownerUnit', 'milestones']));
  });

  it('lists demands with their state and owner unit, newest first', async () => {
    const { contentType, components } = await configuration('api::synergy-demand.synergy-demand');

    expect(contentType.layouts.list).toEqual(['title', 'state', 'category', 'ownerUnit', 'budget', 'neededBy', 'updatedAt']);
    expect(contentType.settings).toMatchObject({ defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' });
    expect(contentType.metadatas.ownerUnit.list.label).toBe('所属单位 Owner unit');
    expect(contentType.metadatas.reviewComment.edit).toMatchObject({ visible: true, editable: false });
    expect(components).toEqual({});
  });

  it('labels the fields of components, as the meeting form shows its resolutions', async () => {
    const { components } = await configuration('api::meeting.meeting');

    expect(components['meeting.resolution'].metadatas.ownerUnit.edit.label).toBe('责任单位 Responsible unit');
    expect(components['meeting.resolution'].metadatas.taskDocumentId.edit.editable).toBe(false);
  });

  it('lists every lifecycle type with its state', async () => {
    const lifecycleTypes = displayedModels().filter((model) => model.attributes.state?.type === 'enumeration');
    expect(lifecycleTypes.length).toBeGreaterThanOrEqual(11);
    for (const { uid } of lifecycleTypes) {
      const { contentType } = await configuration(uid);
      expect({ uid, listsState: contentType.layouts.list.includes('state') }).toEqual({ uid, listsState: true });
    }
  });
});

describe('the state in lists', () => {
  it('is the record’s own state, sortable and filterable, not the content manager’s publication status', async () => {
    // Given demands in three states
    for (const state of ['draft', 'submitted', 'published']) await makeDemand(strapi, group, 'CO-A1', state);
    const list = (query: string) =>
      request(strapi.server.httpServer).get(`/content-manager/collection-types/${DEMAND}?${query}`).set(bearer(group.adminToken.hq));

    // When HQ sorts the list by state, and filters it as the filter popover does
    const sorted = await list('page=1&pageSize=10&sort=state:ASC');
    const filtered = await list('page=1&pageSize=10&filters[$and][0][state][$eq]=submitted');

    // Then each row carries its state, in the order of the stored codes, and the filter keeps one
    expect(sorted.status).toBe(200);
    expect(sorted.body.results.map((row: { state: string }) => row.state)).toEqual(['draft', 'published', 'submitted']);
    expect(filtered.body.results.map((row: { state: string }) => row.state)).toEqual(['submitted']);
  });
});

describe('names the admin shows', () => {
  it('names every field of every type and component in Chinese and in English', () => {
    const zh = fieldLabelMessages('zh', ADMIN_VIEWS);
    const en = fieldLabelMessages('en', ADMIN_VIEWS);
    const missing = displayedModels().flatMap(({ uid, attributes }) =>
      Object.keys(attributes)
        .filter((name) => !(ADMIN_VIEWS[uid] && viewLabels(uid, ADMIN_VIEWS[uid])[name]))
        .map((name) => `${uid}.${name}`)
    );
    expect(missing).toEqual([]);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('serves the declared labels and page models to the admin, before sign-in as its bundle was', async () => {
    // When the admin starts, before anyone signs in
    const res = await request(strapi.server.httpServer).get('/synergy/admin-views');

    // Then it reads every declared field label in both languages, and the types its pages open
    expect(res.status).toBe(200);
    expect(res.body.data.labels.zh['content-manager.content-types.api::task.task.state']).toBe('状态');
    expect(res.body.data.labels.en['content-manager.components.meeting.resolution.ownerUnit']).toBe('Responsible unit');
    expect(res.body.data.labels.zh['content-manager.content-types.plugin::users-permissions.user.fullName']).toBe('姓名');
    expect(res.body.data.labels).toEqual({ zh: fieldLabelMessages('zh', ADMIN_VIEWS), en: fieldLabelMessages('en', ADMIN_VIEWS) });
    expect(res.body.data.pageModels).toMatchObject({
      'supervision.task': { uid: 'api::task.task', collection: 'tasks' },
      'matching.demand': { uid: 'api::synergy-demand.synergy-demand', collection: 'synergy-demands' },
      'meetings.meeting': { uid: 'api::meeting.meeting', collection: 'meetings' },
    });
  });

  it('names every enumeration value in both languages, and every lifecycle state as the workflow panel does', () => {
    const app = { zh: appZh as Record<string, string>, en: appEn as Record<string, string> };
    const plugin = { zh: pluginZh as Record<string, string>, en: pluginEn as Record<string, string> };
    const missing: string[] = [];
    for (const { uid, attributes } of displayedModels()) {
      for (const [name, attribute] of Object.entries(attributes)) {
        for (const value of attribute.enum ?? []) {
          for (const language of ['zh', 'en'] as const) {
            if (!app[language][value]) missing.push(`${language} ${uid}.${name}: ${value}`);
            if (name === 'state' && !plugin[language][`state.${value}`]) missing.push(`${language} state.${value}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps every private field out of the form or read-only', () => {
    const editable = displayedModels().flatMap(({ uid, attributes }) =>
      Object.entries(attributes)
        .filter(([name, attribute]) => attribute.private && attribute.type !== 'password' && isFormField(name))
        .filter(
          ([name]) => !isComponentUid(uid) && !ADMIN_VIEWS[uid]?.hidden?.includes(name) && !ADMIN_VIEWS[uid]?.readOnly?.includes(name)
        )
        .map(([name]) => `${uid}.${name}`)
    );
    expect(editable).toEqual([]);
  });
});
