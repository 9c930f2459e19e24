/** The demo group: believable, complete for every role, idempotent, never in production. */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, shouldSeedDemo, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

// The whole demo (assessment included), seeded on a shared machine: as long as the other demo-seeding files allow.
beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
}, 300_000);
afterAll(stopStrapi);

const counts = async () => ({
  units: await strapi.db.query('api::org-unit.org-unit').count(),
  users: await strapi.db.query('plugin::users-permissions.user').count(),
  admins: await strapi.db.query('admin::user').count(),
  memberships: await strapi.db.query('plugin::synergy.membership').count(),
  demands: await strapi.db.query('api::synergy-demand.synergy-demand').count(),
  history: await strapi.db.query('plugin::synergy.transition').count(),
  tasks: await strapi.db.query('api::task.task').count(),
  reports: await strapi.db.query('api::progress-report.progress-report').count(),
  meetings: await strapi.db.query('api::meeting.meeting').count(),
  templates: await strapi.db.query('api::minutes-template.minutes-template').count(),
  planTargets: await strapi.db.query('api::plan-target.plan-target').count(),
  guidelines: await strapi.db.query('api::guideline.guideline').count(),
  receipts: await strapi.db.query('api::guideline-receipt.guideline-receipt').count(),
  quarterlyReports: await strapi.db.query('api::quarterly-report.quarterly-report').count(),
  schemes: await strapi.db.query('api::assessment-scheme.assessment-scheme').count(),
  sheets: await strapi.db.query('api::assessment-sheet.assessment-sheet').count(),
  manualScores: await strapi.db.query('api::manual-score.manual-score').count(),
  givenScores: await strapi.db.query('api::manual-score.manual-score').count({ where: { value: { $notNull: true } } }),
  bulletins: await strapi.db.query('api::assessment-bulletin.assessment-bulletin').count(),
  deductions: await strapi.db.query('api::assessment-deduction.assessment-deduction').count(),
});

describe('the demo group', () => {
  it('has HQ, at least three segments, ten companies, departments and contact persons', async () => {
    const units = await strapi.db.query('api::org-unit.org-unit').findMany({ populate: ['contacts'] });
    const byLevel = (level: string) => units.filter((u: any) => u.level === level).length;
    expect(byLevel('group')).toBe(1);
    expect(byLevel('segment')).toBeGreaterThanOrEqual(3);
    expect(byLevel('company')).toBeGreaterThanOrEqual(10);
    expect(byLevel('department')).toBeGreaterThan(0);
    expect(units.filter((u: any) => u.contacts.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(units.every((u: any) => typeof u.path === 'string' && u.path.startsWith('/'))).toBe(true);
  });

  it('has demands at every stage, with a real history', async () => {
    const demands = await strapi.db.query('api::synergy-demand.synergy-demand').findMany();
    expect(new Set(demands.map((d: any) => d.state))).toEqual(
      new Set(['draft', 'submitted', 'published', 'docking', 'agreed', 'landed', 'closed', 'rejected', 'withdrawn'])
    );
    const closed = demands.find((d: any) => d.state === 'closed');
    const history = await strapi.db
      .query('plugin::synergy.transition')
      .findMany({ where: { targetDocumentId: closed.documentId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    expect(history.map((h: any) => h.action)).toEqual(['submit', 'publish', 'dock', 'agree', 'land', 'close']);
  });

  it('lets every demo user sign in on its door, and reporters of two segments see different drafts', async () => {
    const login = async (identifier: string) =>
      (await http().post('/api/auth/local').send({ identifier, password: DEFAULT_DEMO_PASSWORD })).body.jwt as string;
    const drafts = async (jwt: string) =>
      (await http().get('/api/synergy-demands?filters[state][$eq]=draft').set(bearer(jwt))).body.data.map((d: any) => d.title);
    const power = await login('power.reporter');
    const logistics = await login('logistics.reporter');
    expect(await drafts(power)).toContain('钦州电厂锅炉检修服务');
    expect(await drafts(logistics)).not.toContain('钦州电厂锅炉检修服务');
    for (const user of ['hq.admin', 'energy.manager', 'power.employee']) expect(await login(user)).toEqual(expect.any(String));
    // Every intranet user has a real name, read back through the content API
    expect((await http().get('/api/users/me').set(bearer(power))).body).toMatchObject({ username: 'power.reporter', fullName: '郑海波' });
    expect(await strapi.db.query('plugin::users-permissions.user').count({ where: { fullName: { $null: true } } })).toBe(0);
    const admin = await http().post('/admin/login').send({ email: 'energy.manager@demo.synergy.local', password: DEFAULT_DEMO_PASSWORD });
    expect(admin.status).toBe(200);
    expect(admin.body.data.user.preferedLanguage).toBe('zh-Hans');
  });

  it('has a published catalogue 2026-H1 of every type and class, readable anonymously, and 2026-H2 opened as its copy', async () => {
    const list = await http().get('/api/catalogue-entries?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination.total).toBeGreaterThanOrEqual(40);
    expect(new Set(list.body.data.map((e: any) => e.entryType))).toEqual(new Set(['product', 'engineering', 'service', 'resource']));
    expect(new Set(list.body.data.map((e: any) => e.supplierClass))).toEqual(new Set(['must', 'priority', 'encouraged']));
    const editions = await http().get('/api/catalogue-editions?sort=code');
    expect(editions.body.data.map((e: any) => [e.code, e.state])).toEqual([['2026-H1', 'published']]);
    const copies = await strapi.db
      .query('api::catalogue-entry.catalogue-entry')
      .count({ where: { edition: { code: '2026-H2' }, state: 'approved' } });
    expect(copies).toBe(list.body.meta.pagination.total);
  });

  it('has about forty supervised tasks of every light and state, with named owners, reports, urges and escalations', async () => {
    const tasks = await strapi.db.query('api::task.task').findMany({ populate: { ownerPerson: { select: ['username'] } } });
    expect(tasks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(tasks.map((t: any) => t.light))).toEqual(new Set(['green', 'yellow', 'red', null]));
    expect(new Set(tasks.map((t: any) => t.state))).toEqual(new Set(['assigned', 'in_progress', 'submitted', 'accepted', 'cancelled']));
    expect(new Set(tasks.map((t: any) => t.category)).size).toBeGreaterThanOrEqual(6);
    expect(tasks.every((t: any) => typeof t.ownerPerson?.username === 'string')).toBe(true);
    expect(tasks.filter((t: any) => t.urgeCount > 0).length).toBeGreaterThanOrEqual(3);
    expect(tasks.filter((t: any) => t.escalatedAt !== null).length).toBeGreaterThanOrEqual(2);
    expect(await strapi.db.query('api::progress-report.progress-report').count()).toBeGreaterThanOrEqual(40);

    // The HQ admin's board shows them (cancelled ones only when filtered for); a company reporter's board only its own scope
    const board = async (email: string) => {
      const login = await http().post('/admin/login').send({ email, password: DEFAULT_DEMO_PASSWORD });
      return (await http().get('/synergy/supervision/board?from=2000-01-01&to=2100-12-31').set(bearer(login.body.data.token))).body.data;
    };
    const hq = await board('hq.admin@demo.synergy.local');
    expect(hq.tasks).toHaveLength(tasks.filter((t: any) => t.state !== 'cancelled').length);
    const logistics = await board('logistics.reporter@demo.synergy.local');
    const ids = (list: any[]) => list.map((t: any) => t.documentId);
    const own = hq.tasks.filter((t: any) => t.ownerUnit.code.startsWith('LOGISTICS'));
    expect(own.length).toBeGreaterThan(0);
    expect(ids(logistics.tasks)).toEqual(expect.arrayContaining(ids(own)));
    expect(logistics.tasks.some((t: any) => t.ownerUnit.code.startsWith('POWER'))).toBe(false);
    expect(logistics.tasks.length).toBeLessThan(hq.tasks.length);
  });

  it("has meetings at every stage; the published minutes' resolutions are tasks of their owners, supervised by the organiser", async () => {
    const meetings = await strapi.db.query('api::meeting.meeting').findMany({ populate: { resolutions: true, ownerUnit: true } });
    expect(meetings.map((m: any) => m.state).sort()).toEqual(['draft', 'held', 'minutes_published']);
    expect(meetings.every((m: any) => m.minutes.includes(`# ${m.title}`))).toBe(true);
    const published = meetings.find((m: any) => m.state === 'minutes_published');
    const tasks = await strapi.db
      .query('api::task.task')
      .findMany({ where: { sourceDocumentId: published.documentId }, populate: ['supervisingUnit'] });
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    expect(tasks.map((t: any) => t.documentId).sort()).toEqual(published.resolutions.map((r: any) => r.taskDocumentId).sort());
    expect(tasks.every((t: any) => t.source === 'meeting' && t.supervisingUnit.id === published.ownerUnit.id)).toBe(true);
  });

  it("has this year's plan decomposed to segments and companies; a segment manager sees its subtree's sums and gaps", async () => {
    const plan = await strapi.db.query('api::annual-plan.annual-plan').findOne({ where: { year: new Date().getFullYear() } });
    expect(plan.state).toBe('plan-set');
    const login = await http().post('/api/auth/local').send({ identifier: 'trans.manager', password: DEFAULT_DEMO_PASSWORD });
    const tree = await http().get(`/api/annual-plans/${plan.documentId}/tree`).set(bearer(login.body.jwt));
    expect(tree.status).toBe(200);
    const [segment] = tree.body.data.nodes;
    const of = (code: string) => segment.figures.find((f: any) => f.indicator === code);
    expect(segment.unit.code).toBe('SEG-TRANS');
    expect(of('TOTAL_PROFIT')).toMatchObject({ target: '30450.50', childrenSum: '30450.50', gap: '0.00' });
    expect(of('REVENUE')).toMatchObject({ target: '412000.00', childrenSum: null, gap: null });
  });

  it('has a guideline library: a rule superseded by its must-read revision, read by one company, a draft the intranet never sees', async () => {
    const guidelines = await strapi.db.query('api::guideline.guideline').findMany({ populate: ['previousVersion'] });
    expect(guidelines.map((g: any) => g.state).sort()).toEqual(['draft', 'published', 'published', 'published', 'superseded']);
    const revision = guidelines.find((g: any) => g.previousVersion);
    expect(revision).toMatchObject({ state: 'published', mustRead: true, version: 2, previousVersion: { state: 'superseded' } });
    const status = await http()
      .get(`/api/guidelines/${revision.documentId}/read-status`)
      .set(bearer((await http().post('/api/auth/local').send({ identifier: 'hq.admin', password: DEFAULT_DEMO_PASSWORD })).body.jwt));
    expect(status.body.meta.read).toBe(1);
    expect(status.body.meta.unread).toBeGreaterThan(5);
    expect(status.body.data.find((row: any) => row.read).unit.code).toBe('POWER');
    const intranet = await http().get('/api/guidelines?pagination[pageSize]=100');
    expect(intranet.body.data).toHaveLength(4);
    const search = await http().get('/api/guidelines/search').query({ q: '安全生产' });
    expect(search.body.data.map((g: any) => g.title)).toEqual(['安全生产管理办法（2026年修订）']);
  });

  it("has last quarter's reports: one accepted, one waiting for HQ, the other companies missing on HQ's compiled quarter", async () => {
    const reports = await strapi.db.query('api::quarterly-report.quarterly-report').findMany({ populate: ['ownerUnit'] });
    expect(reports.map((r: any) => [r.ownerUnit.code, r.state]).sort()).toEqual([
      ['LOGISTICS', 'submitted'],
      ['POWER', 'accepted'],
    ]);
    const hq = (await http().post('/api/auth/local').send({ identifier: 'hq.admin', password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const compiled = await http().get('/api/quarterly-reports/compiled').query({ quarter: reports[0].quarter }).set(bearer(hq));
    expect(compiled.status).toBe(200);
    expect(compiled.body.data.group.handedIn).toBe(2);
    expect(compiled.body.data.missing.map((u: any) => u.code)).toContain('SMART');
    const history = await http()
      .get(`/api/quarterly-reports/${reports.find((r: any) => r.state === 'accepted').documentId}/history`)
      .set(bearer(hq));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['submit', 'accept']);
  });

  it("has last quarter assessed under two subject types: a veto from supervision's deduction, a capped bonus, open scores, published bulletins", async () => {
    const reports = await strapi.db.query('api::quarterly-report.quarterly-report').findMany({ select: ['quarter'] });
    const period = reports[0].quarter as string;
    const [year, number] = [Number(period.slice(0, 4)), Number(period.slice(6))];
    const hq = (await http().post('/api/auth/local').send({ identifier: 'hq.admin', password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const schemes = await http().get('/api/assessment-schemes?sort[0]=code&sort[1]=version').set(bearer(hq));
    // Both frozen by their sheets; the first revised for the next quarter (version 2, open)
    expect(schemes.body.data.map((s: any) => [s.code, s.version, s.subjectType, s.frozen])).toEqual([
      ['DEMO-OPS-Q', 1, 'operating-companies', true],
      ['DEMO-OPS-Q', 2, 'operating-companies', false],
      ['DEMO-SUB-Q', 1, 'subsidiaries', true],
    ]);
    const ranking = async (scheme: any) => {
      const res = await http()
        .get('/api/assessment-sheets/ranking')
        .query({ scheme: scheme.documentId, year, periodNumber: number })
        .set(bearer(hq));
      expect(res.status).toBe(200);
      // Computed before the scores were given and after: two versions
      expect(res.body.meta).toMatchObject({ period, version: 2, versions: [2, 1] });
      return res.body.data;
    };
    const [ops, subsidiaries] = [await ranking(schemes.body.data[0]), await ranking(schemes.body.data[2])];
    const row = (rows: any[], code: string) => rows.find((r: any) => r.subject.code === code);
    expect(ops.map((r: any) => r.subject.code).sort()).toEqual(['LOGISTICS', 'NEWENERGY', 'POWER', 'SMART']);
    expect(subsidiaries).toHaveLength(6);
    // Supervision's deduction (an overdue company-level task due in the quarter) deducts and vetoes
    const deductions = await strapi.db
      .query('api::assessment-deduction.assessment-deduction')
      .findMany({ where: { period }, populate: { ownerUnit: { select: ['code'] }, task: { select: ['level', 'state'] } } });
    expect(deductions.map((d: any) => d.ownerUnit.code).sort()).toEqual(['LOGISTICS', 'SHIPPING']);
    expect(deductions.every((d: any) => d.task.level === 'company' && d.task.state === 'in_progress')).toBe(true);
    for (const vetoed of [row(ops, 'LOGISTICS'), row(subsidiaries, 'SHIPPING')]) {
      expect(vetoed).toMatchObject({ veto: true, grade: 'D', award: null, eligibleRank: null });
      expect(vetoed.totals.deduction).toBe(2);
      expect(vetoed.vetoReasons.join()).toContain('逾期');
    }
    expect(ops.filter((r: any) => r.veto)).toHaveLength(1);
    // Awards by data: the first non-vetoed subject of each scheme
    expect(ops.filter((r: any) => r.award).map((r: any) => [r.award, r.eligibleRank])).toEqual([['季度协同先进单位', 1]]);
    expect(subsidiaries.filter((r: any) => r.award).length).toBeGreaterThanOrEqual(3);
    // Totals add up as the scoring service traced them; target scores from the signed letters
    for (const r of [...ops, ...subsidiaries]) {
      expect(Math.round((r.totals.target + r.totals.manual + r.totals.bonus - r.totals.deduction) * 100) / 100).toBe(r.totals.total);
    }
    expect(subsidiaries.every((r: any) => r.totals.target === 0)).toBe(true);
    // 华瀚新能源 posted three demands in the quarter: one point each, capped at 2
    const newEnergy = await http()
      .get(`/api/assessment-sheets/${row(ops, 'NEWENERGY').documentId}`)
      .set(bearer(hq));
    expect(newEnergy.body.data.bonusScore).toBe(2);
    const demands = newEnergy.body.data.trace.items.find((i: any) => i.key === 'demands');
    expect(demands.steps).toContainEqual({ step: 'capped', value: 2, note: 'item cap 2' });
    expect(newEnergy.body.data.trace.inputs.bonusCounts['demands-posted']).toBe(3);
    // 北部湾港务 contributed an article published in the quarter: one point of publicity
    const port = await http()
      .get(`/api/assessment-sheets/${row(subsidiaries, 'PORT').documentId}`)
      .set(bearer(hq));
    expect(port.body.data.trace.inputs.bonusCounts).toEqual({ 'articles-published': 1 });
    expect(port.body.data.bonusScore).toBe(1);
    // The review: 孙立新 scored only his segment's company, so three scores wait in his inbox
    const trans = (await http().post('/api/auth/local').send({ identifier: 'trans.manager', password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const inbox = await http().get('/api/todos').query({ 'pagination[pageSize]': 100 }).set(bearer(trans));
    expect(inbox.body.data.filter((i: any) => i.source === 'assessment-scoring')).toHaveLength(3);
    expect(row(ops, 'LOGISTICS').totals.manual).toBe(23.7);
    // Published bulletins, read by anyone, with the frozen ranking and its veto
    const bulletins = await http().get('/api/assessment-bulletins').query({ sort: 'id:asc' });
    expect(bulletins.body.data.map((b: any) => [b.period, b.state, b.sheetVersion])).toEqual([
      [period, 'published', 2],
      [period, 'published', 2],
    ]);
    expect(bulletins.body.data[0].ranking.find((r: any) => r.subject.code === 'LOGISTICS')).toMatchObject({ veto: true, award: null });
  });

  it('changes nothing when seeded again', async () => {
    const before = await counts();
    await seedDemoGroup(strapi);
    expect(await counts()).toEqual(before);
  });

  it('never seeds in production, and can be switched off', () => {
    const saved = { env: process.env.NODE_ENV, seed: process.env.SEED_DEMO };
    try {
      process.env.NODE_ENV = 'production';
      process.env.SEED_DEMO = 'true';
      expect(shouldSeedDemo()).toBe(false);
      process.env.NODE_ENV = 'development';
      expect(shouldSeedDemo()).toBe(true);
      process.env.SEED_DEMO = 'false';
      expect(shouldSeedDemo()).toBe(false);
    } finally {
      process.env.NODE_ENV = saved.env;
      process.env.SEED_DEMO = saved.seed;
    }
  });
});
