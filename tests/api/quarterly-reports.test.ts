/**
 * Quarterly synergy reports through the HTTP API: a company's reporter creates the quarter's
 * report with figures the server takes from the unit's records (whatever the body says), writes
 * the summary and submits it; HQ returns it with a reason or accepts it; the rules answer 4xx;
 * the inbox follows (the reporter's item goes once submitted, HQ sees each missing company, a
 * returned report waits on its unit); HQ compiles the quarter per segment and group and exports
 * it as .xlsx, which is read back here.
 */
import request from 'supertest';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer, buildGroup, forceStatus, makeDemand, type Group } from '../harness/group';
import { makeBenefit, makeProject } from '../harness/deals';
import { remindQuarterlyReports } from '../../src/modules/reports/quarterly-report-reminder';
import { makeExemption } from '../harness/market';
import { quarterEnd } from '../../src/api/quarterly-report/rules/window';
import { quarterLabelOfDay } from '../../src/api/quarterly-report/rules/quarters';

const REPORT = 'api::quarterly-report.quarterly-report';

let strapi: Core.Strapi;
let group: Group;
let quarter: string;
const http = () => request(strapi.server.httpServer);
const as = (user: string) => bearer(group.jwt[user]);
const today = () => strapi.plugin('synergy').service('calendar').today() as string;

const take = (user: string, collection: string, documentId: string, action: string, comment?: string) =>
  http()
    .post(`/api/${collection}/${documentId}/transitions`)
    .set(as(user))
    .send({ action, ...(comment ? { comment } : {}) });
const createReport = (user: string, data: Record<string, unknown>) =>
  http().post('/api/quarterly-reports?populate[0]=ownerUnit').set(as(user)).send({ data });
const TEXTS = { undertakings: '承接集团内部检修、物流业务共 3 项。', workSummary: '本季度协同工作总结：对接顺利。' };

/** Walks a demand of `unit` through the marketplace by API, so each step is a transition of this quarter. */
const demandThrough = async (unit: string, reporter: string, steps: string[]) => {
  const id = await makeDemand(strapi, group, unit, 'submitted', { title: `${unit} 季度测试需求` });
  expect((await take('hq', 'synergy-demands', id, 'publish')).status).toBe(200);
  for (const step of steps) expect([step, (await take(reporter, 'synergy-demands', id, step)).status]).toEqual([step, 200]);
  return id;
};

beforeAll(async () => {
  strapi = await startStrapi();
  group = await buildGroup(strapi);
  quarter = quarterLabelOfDay(today());

  // CO-A1 this quarter: one demand docked and agreed, one of its department published; a project
  // signed; a confirmed benefit of the quarter it shares 60 %; an exemption approved.
  await demandThrough('CO-A1', 'repA1', ['dock', 'agree']);
  await demandThrough('DEPT-A1', 'repDeptA1', []);
  const project = await makeProject(strapi, group, 'CO-A1', ['CO-B1'], 'draft', { contractAmount: 1234567.89 });
  expect((await take('repA1', 'synergy-projects', project, 'sign')).status).toBe(200);
  await makeBenefit(
    strapi,
    group,
    project,
    'CO-A1',
    [
      ['CO-A1', 60],
      ['CO-B1', 40],
    ],
    'confirmed',
    { period: quarter, amount: 100000.05 }
  );
  // Not this quarter's, or not confirmed: left out
  await makeBenefit(strapi, group, project, 'CO-A1', [['CO-A1', 100]], 'confirmed', { period: '2001-Q1' });
  await makeBenefit(strapi, group, project, 'CO-A1', [['CO-A1', 100]], 'submitted', { period: quarter });
  const exempted = await makeDemand(strapi, group, 'CO-A1', 'published');
  const exemption = await makeExemption(strapi, exempted, 'submitted');
  expect((await take('segA', 'exemption-requests', exemption, 'approve', '同意外购')).status).toBe(200);
  // Another company's demand: not CO-A1's
  await demandThrough('CO-A2', 'repA2', []);
});
afterAll(stopStrapi);

const CO_A1_FIGURES = {
  demandsPublished: 2,
  demandsDocking: 1,
  demandsAgreed: 1,
  projectsLanded: 1,
  projectAmount: 1234567.89,
  benefitsConfirmed: 1,
  benefitAmount: 60000.03,
  tendersAwarded: 0,
  exemptionsApproved: 1,
};
const figuresOf = (data: Record<string, any>) => Object.fromEntries(Object.keys(CO_A1_FIGURES).map((key) => [key, Number(data[key])]));

let reportA1: string;
let reportB1: string;

describe('creating a report', () => {
  it('prefills the figures from the unit’s own records of the quarter; a client’s figures are refused', async () => {
    const forged = await createReport('repA1', { quarter, ...TEXTS, demandsPublished: 99 });
    expect([forged.status, forged.body.error?.message]).toEqual([400, 'Invalid key demandsPublished']);
    expect((await createReport('repA1', { quarter, ...TEXTS, state: 'accepted' })).status).toBe(400);
    const res = await createReport('repA1', { quarter, ...TEXTS });
    expect(res.status).toBe(201);
    reportA1 = res.body.data.documentId;
    expect(res.body.data).toMatchObject({
      quarter,
      state: 'draft',
      title: `CO-A1 单位 ${quarter} 季度协同报告`,
      ownerUnit: { code: 'CO-A1' },
    });
    expect(figuresOf(res.body.data)).toEqual(CO_A1_FIGURES);
    expect(res.body.data.figuresAt).toBeTruthy();
    expect(res.body.data.reportKey).toBeUndefined();
  });

  it('allows one report per unit and quarter: a second is a 409 that says so, and nothing is created', async () => {
    const before = await strapi.db.query(REPORT as any).count();
    const second = await createReport('repA1', { quarter, ...TEXTS });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain(`已有 ${quarter} 季度协同报告`);
    expect(await strapi.db.query(REPORT as any).count()).toBe(before);
  });

  it('refuses a quarter written wrongly or not begun, and a unit that is not a company', async () => {
    for (const bad of ['2026Q4', '2026-Q5', '2026-q1', 2026, '', null]) {
      const res = await createReport('repB1', { quarter: bad });
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(res.body.error.message).toContain('季度格式');
    }
    const future = await createReport('repB1', { quarter: `${Number(quarter.slice(0, 4)) + 1}-Q1` });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toContain('尚未开始');
    const department = await createReport('repDeptA1', { quarter, ...TEXTS });
    expect(department.status).toBe(400);
    expect(department.body.error.message).toContain('由二级企业报送');
    // In English for a caller that asks for it
    const english = await createReport('repDeptA1', { quarter }).set('Accept-Language', 'en');
    expect(english.body.error.message).toContain('company-level units');
    // Segment managers and employees write no reports
    for (const user of ['segA', 'empA1']) expect((await createReport(user, { quarter, ...TEXTS })).status).toBe(403);
  });

  it('keeps another unit out: it neither reads, edits, submits nor refreshes the report', async () => {
    expect((await http().get(`/api/quarterly-reports/${reportA1}`).set(as('repA2'))).status).toBe(404);
    const list = await http().get('/api/quarterly-reports').set(as('repB1'));
    expect(list.body.data.map((r: any) => r.documentId)).not.toContain(reportA1);
    expect([403, 404]).toContain(
      (
        await http()
          .put(`/api/quarterly-reports/${reportA1}`)
          .set(as('repA2'))
          .send({ data: { workSummary: 'x' } })
      ).status
    );
    expect([403, 404]).toContain((await take('repA2', 'quarterly-reports', reportA1, 'submit')).status);
    expect((await http().post(`/api/quarterly-reports/${reportA1}/refresh-figures`).set(as('repA2'))).status).toBe(404);
    const row = await strapi.db.query(REPORT as any).findOne({ where: { documentId: reportA1 } });
    expect(row).toMatchObject({ state: 'draft', workSummary: TEXTS.workSummary });
  });

  it('refreshes a draft’s figures from the records on request', async () => {
    await demandThrough('CO-A1', 'repA1', []);
    const res = await http().post(`/api/quarterly-reports/${reportA1}/refresh-figures`).set(as('repA1'));
    expect(res.status).toBe(200);
    expect(res.body.data.figures).toMatchObject({ ...CO_A1_FIGURES, demandsPublished: 3 });
    const row = await strapi.db.query(REPORT as any).findOne({ where: { documentId: reportA1 } });
    expect(row.demandsPublished).toBe(3);
  });
});

describe('the workflow', () => {
  it('needs the undertakings and the summary to submit; edited after submitting is a 409; HQ returns with a reason, then accepts', async () => {
    // Through the admin door, whose form sends the read-only figures back: the server's figures stand
    const created = await http()
      .post(`/content-manager/collection-types/${REPORT}`)
      .set(bearer(group.adminToken.repB1))
      .send({ quarter, demandsPublished: 99, benefitAmount: 1e9, title: '伪造' });
    expect([created.status, created.body.error]).toEqual([201, undefined]);
    reportB1 = created.body.data.documentId;
    const stored = await strapi.db.query(REPORT as any).findOne({ where: { documentId: reportB1 } });
    expect(stored.title).toBe(`CO-B1 单位 ${quarter} 季度协同报告`);
    expect(figuresOf(stored)).toMatchObject({ demandsPublished: 0, benefitAmount: 40000.02, benefitsConfirmed: 1 });
    const incomplete = await take('repB1', 'quarterly-reports', reportB1, 'submit');
    expect(incomplete.status).toBe(400);
    expect((await http().put(`/api/quarterly-reports/${reportB1}`).set(as('repB1')).send({ data: TEXTS })).status).toBe(200);
    expect((await take('repB1', 'quarterly-reports', reportB1, 'submit')).status).toBe(200);

    const edit = await http()
      .put(`/api/quarterly-reports/${reportB1}`)
      .set(as('repB1'))
      .send({ data: { workSummary: '改' } });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toContain('已报送，不能修改');
    expect((await http().post(`/api/quarterly-reports/${reportB1}/refresh-figures`).set(as('repB1'))).status).toBe(409);
    expect((await http().delete(`/api/quarterly-reports/${reportB1}`).set(as('repB1'))).status).toBe(409);
    // The unit does not accept its own report; a segment manager does not either
    for (const user of ['repB1', 'segB']) expect((await take(user, 'quarterly-reports', reportB1, 'accept')).status).toBe(403);
    expect((await take('hq', 'quarterly-reports', reportB1, 'return')).status).toBe(400);
    expect((await take('hq', 'quarterly-reports', reportB1, 'return', '请补充下季度计划')).status).toBe(200);
    const fixed = await http()
      .put(`/api/quarterly-reports/${reportB1}`)
      .set(as('repB1'))
      .send({ data: { nextQuarterPlan: '下季度推进两项对接。', quarter: '2001-Q1' } });
    expect(fixed.status).toBe(400);
    expect(
      (
        await http()
          .put(`/api/quarterly-reports/${reportB1}`)
          .set(as('repB1'))
          .send({ data: { nextQuarterPlan: '下季度推进两项对接。' } })
      ).status
    ).toBe(200);
    expect((await take('repB1', 'quarterly-reports', reportB1, 'submit')).status).toBe(200);
    expect((await take('hq', 'quarterly-reports', reportB1, 'accept')).status).toBe(200);
    expect(
      (
        await http()
          .put(`/api/quarterly-reports/${reportB1}`)
          .set(as('hq'))
          .send({ data: { workSummary: '改' } })
      ).status
    ).toBe(409);

    const history = await http().get(`/api/quarterly-reports/${reportB1}/history`).set(as('repB1'));
    expect(history.body.data.map((h: any) => h.action)).toEqual(['submit', 'return', 'submit', 'accept']);
    expect(history.body.data[1].comment).toBe('请补充下季度计划');
  });
});

describe('the inbox', () => {
  const service = () => strapi.plugin('synergy').service('todos');
  const itemsOn = async (user: string, at: string) => {
    const scope = await strapi.plugin('synergy').service('scope').forUser(group.userIds[user]);
    const query = service().parseQuery({ filters: {} }, { paged: true });
    const { data, meta } = await service().list(scope, query, 'zh', new Date(at));
    expect(meta.pagination.total).toBe((await service().count(scope, query, new Date(at))).count);
    return data as any[];
  };
  const reportItems = async (user: string, at: string) =>
    (await itemsOn(user, at))
      .filter((i) => i.source.startsWith('quarterly-report'))
      .map((i) => i.key)
      .sort();

  it('the reporter’s item goes once the unit’s report is handed in; HQ has one item per company missing; a returned report waits on its unit', async () => {
    const inWindow = `${quarterEnd(today())}T04:00:00Z`;
    const unit = (code: string) => group.units[code].documentId;
    // CO-A1 has a draft only: its reporter still has the item, and HQ counts it missing
    expect(await reportItems('repA1', inWindow)).toEqual([`quarterly-report:${quarter}:${unit('CO-A1')}`]);
    expect(await reportItems('repA2', inWindow)).toEqual([`quarterly-report:${quarter}:${unit('CO-A2')}`]);
    // CO-B1's report is accepted: nothing for its reporter
    expect(await reportItems('repB1', inWindow)).toEqual([]);
    const hq = await itemsOn('hq', inWindow);
    const missing = hq.filter((i) => i.source === 'quarterly-report-missing');
    expect(missing.map((i) => i.title).sort()).toEqual([
      `CO-A1 单位 未报送 ${quarter} 季度协同报告`,
      `CO-A2 单位 未报送 ${quarter} 季度协同报告`,
    ]);
    expect(missing.every((i) => i.kind === 'report')).toBe(true);
    for (const user of ['segA', 'repA1', 'empA1']) {
      expect((await itemsOn(user, inWindow)).filter((i) => i.source === 'quarterly-report-missing')).toEqual([]);
    }

    // CO-A1 submits: its item goes, HQ's missing item goes, HQ has it to accept
    expect((await take('repA1', 'quarterly-reports', reportA1, 'submit')).status).toBe(200);
    expect(await reportItems('repA1', inWindow)).toEqual([]);
    expect(await reportItems('hq', inWindow)).toEqual(
      [`quarterly-report-acceptance:${reportA1}`, `quarterly-report-missing:${quarter}:${unit('CO-A2')}`].sort()
    );
    // HQ returns it: HQ's acceptance item goes; the report waits on CO-A1, and the unit's reminder item is back
    expect((await take('hq', 'quarterly-reports', reportA1, 'return', '请补充存在问题')).status).toBe(200);
    const returned = (await itemsOn('repA1', inWindow)).find((i) => i.key === `quarterly-report-returned:${reportA1}`);
    expect(returned).toMatchObject({ kind: 'returned', from: { unit: { code: 'GROUP' } } });
    expect(await reportItems('hq', inWindow)).toContain(`quarterly-report-missing:${quarter}:${unit('CO-A1')}`);
    expect((await take('repA1', 'quarterly-reports', reportA1, 'submit')).status).toBe(200);
    expect(await reportItems('repA1', inWindow)).toEqual([]);
  });
});

describe('the compiled quarter', () => {
  it('sums the handed-in reports per segment and for the group and lists who has not handed in', async () => {
    const res = await http().get('/api/quarterly-reports/compiled').query({ quarter }).set(as('hq'));
    expect(res.status).toBe(200);
    const compiled = res.body.data;
    expect(compiled.quarter).toBe(quarter);
    expect(compiled.group).toMatchObject({ handedIn: 2, missing: 1 });
    expect(compiled.missing).toEqual([
      { documentId: group.units['CO-A2'].documentId, code: 'CO-A2', name: 'CO-A2 单位', segment: 'SEG-A 单位' },
    ]);
    const segA = compiled.segments.find((s: any) => s.segment.code === 'SEG-A');
    const segB = compiled.segments.find((s: any) => s.segment.code === 'SEG-B');
    expect(segA).toMatchObject({ handedIn: 1, missing: 1 });
    expect(segA.totals).toEqual({ ...CO_A1_FIGURES, demandsPublished: 3 });
    expect(segB.totals).toMatchObject({ benefitAmount: 40000.02, demandsPublished: 0 });
    expect(compiled.group.totals.benefitAmount).toBe(100000.05);
    expect(compiled.group.totals.demandsPublished).toBe(3);
    expect(segA.units.map((u: any) => [u.unit.code, u.report?.state ?? null])).toEqual([
      ['CO-A1', 'submitted'],
      ['CO-A2', null],
    ]);
  });

  it('counts only handed-in reports: a draft is missing', async () => {
    await forceStatus(strapi, REPORT, reportA1, 'draft');
    const res = await http().get('/api/quarterly-reports/compiled').query({ quarter }).set(as('hq'));
    expect(res.body.data.group).toMatchObject({ handedIn: 1, missing: 2 });
    await forceStatus(strapi, REPORT, reportA1, 'submitted');
  });

  it('is HQ’s: others get a 403; a malformed quarter is a 400', async () => {
    for (const user of ['segA', 'repA1', 'empA1']) {
      expect((await http().get('/api/quarterly-reports/compiled').query({ quarter }).set(as(user))).status).toBe(403);
      expect((await http().get('/api/quarterly-reports/compiled.xlsx').query({ quarter }).set(as(user))).status).toBe(403);
    }
    const bad = await http().get('/api/quarterly-reports/compiled').query({ quarter: '2026-13' }).set(as('hq'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('季度格式');
    expect((await http().get('/api/quarterly-reports/compiled').query({ 'quarter[0]': 'x' }).set(as('hq'))).status).toBe(400);
    expect((await http().get('/api/quarterly-reports/compiled').set(bearer(group.adminToken.hq))).status).toBe(401);
    expect((await http().get('/synergy/quarterly-reports/compiled').query({ quarter }).set(bearer(group.adminToken.hq))).status).toBe(200);
    expect((await http().get('/synergy/quarterly-reports/compiled').query({ quarter }).set(bearer(group.adminToken.repA1))).status).toBe(
      403
    );
  });

  it('exports the compiled quarter as .xlsx with Chinese headers, read back here', async () => {
    const res = await http()
      .get('/api/quarterly-reports/compiled.xlsx')
      .query({ quarter })
      .set(as('hq'))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`集团季度协同报告-${quarter}.xlsx`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.getWorksheet('季度协同汇总')!;
    const rows = (sheet.getSheetValues() as any[]).filter(Boolean).map((row: any[]) => row.slice(1));
    expect(rows[0]).toEqual([
      '板块',
      '单位编码',
      '单位名称',
      '报告状态',
      '发布需求数',
      '进入对接数',
      '达成合作数',
      '落地项目数',
      '落地项目合同额（元）',
      '确认效益笔数',
      '确认效益金额（元）',
      '完成招标数',
      '批准例外采购数',
    ]);
    expect(rows.find((r) => r[1] === 'CO-A1')).toEqual([
      'SEG-A 单位',
      'CO-A1',
      'CO-A1 单位',
      '已报送',
      3,
      1,
      1,
      1,
      1234567.89,
      1,
      60000.03,
      0,
      1,
    ]);
    expect(rows.find((r) => r[1] === 'CO-A2').slice(0, 4)).toEqual(['SEG-A 单位', 'CO-A2', 'CO-A2 单位', '未报送']);
    expect(rows.find((r) => r[1] === 'CO-B1')[3]).toBe('已验收');
    const total = rows[rows.length - 1];
    expect(total.slice(0, 4)).toEqual(['集团合计', '', `${quarter} 集团合计`, '已报送 2／未报送 1']);
    expect(total[10]).toBe(100000.05);
    const missing = (workbook.getWorksheet('未报送单位')!.getSheetValues() as any[]).filter(Boolean).map((row: any[]) => row.slice(1));
    expect(missing).toEqual([
      ['板块', '单位编码', '单位名称'],
      ['SEG-A 单位', 'CO-A2', 'CO-A2 单位'],
    ]);
  });
});

describe('the reminder job', () => {
  it('reminds only companies that have not handed in the quarter', async () => {
    const calendar = strapi.plugin('synergy').service('calendar').calendar();
    const end = quarterEnd(today());
    const lastWorkingDay = calendar.isWorkingDay(end) ? end : calendar.addWorkingDays(end, -1);
    const sent = await remindQuarterlyReports(new Date(`${lastWorkingDay}T02:00:00Z`), 5);
    // CO-A2's reporter only: CO-A1 submitted, CO-B1's report is accepted
    expect(sent.quarterlyReminders).toBe(1);
    const notices = await strapi.db
      .query('api::notification.notification' as any)
      .findMany({ where: { kind: 'report-due' }, populate: { recipient: { select: ['username'] } } });
    expect(notices.map((n: any) => n.recipient?.username)).toEqual(['u-repA2']);
  });
});
