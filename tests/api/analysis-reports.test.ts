/**
 * 经营分析报告 on the demo group, through the HTTP API: a report's frozen figures equal the
 * cockpit's for the same unit, period and viewer (the group by HQ, a company by its analyst);
 * scope on every door (a company's analyst neither generates nor reads another company's or the
 * group's report; the segment above reads its company's); the snapshot stays as generated after
 * the data changes, regenerating is the next version; commentary while a draft, frozen once
 * finalised; the .xlsx read back and the PDF's text extracted (Chinese intact, the CJK font
 * embedded); bad input 4xx in Chinese and English; a missing font 503 naming the package.
 */
import request from 'supertest';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../harness/strapi';
import { bearer } from '../harness/group';
import { seedDemoGroup, DEFAULT_DEMO_PASSWORD } from '../../database/seeds/demo-group';
import { pdfText } from '../harness/pdf-text';

let strapi: Core.Strapi;
const http = () => request(strapi.server.httpServer);

const REPORT = 'api::analysis-report.analysis-report';
const PROJECT = 'api::synergy-project.synergy-project';
const DEMAND = 'api::synergy-demand.synergy-demand';
const YEAR = new Date().getFullYear();
const PERIOD = `q${Math.floor(new Date().getMonth() / 3) + 1}`;
const tokens: Record<string, { jwt: string; admin: string }> = {};
const units: Record<string, { id: number; documentId: string; path: string }> = {};
let template: any;

const generate = (user: string, data: Record<string, unknown>, door: 'api' | 'admin' = 'api') =>
  http()
    .post(door === 'api' ? '/api/analysis-reports/generate' : '/synergy/analysis-reports/generate')
    .set(bearer(door === 'api' ? tokens[user].jwt : tokens[user].admin))
    .send({ data });

const cockpit = (user: string, unit: string) =>
  http().get(`/api/cockpit?unit=${unit}&year=${YEAR}&period=${PERIOD}`).set(bearer(tokens[user].jwt));

const sectionOf = (report: any, kind: string) => report.sections.find((s: any) => s.kind === kind);

const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  strapi = await startStrapi();
  await seedDemoGroup(strapi);
  for (const name of ['hq.admin', 'energy.manager', 'power.reporter', 'logistics.reporter']) {
    const jwt = (await http().post('/api/auth/local').send({ identifier: name, password: DEFAULT_DEMO_PASSWORD })).body.jwt;
    const admin = (
      await http()
        .post('/admin/login')
        .send({ email: `${name}@demo.synergy.local`, password: DEFAULT_DEMO_PASSWORD })
    ).body.data?.token;
    tokens[name] = { jwt, admin };
  }
  for (const code of ['GROUP', 'SEG-ENERGY', 'POWER', 'LOGISTICS']) {
    units[code] = await strapi.db.query('api::org-unit.org-unit').findOne({ where: { code }, select: ['id', 'documentId', 'path'] });
  }
  const templates = await http().get('/api/analysis-templates').set(bearer(tokens['hq.admin'].jwt));
  template = templates.body.data[0];
}, 300_000);
afterAll(stopStrapi);

describe('a report’s figures are the cockpit’s', () => {
  it.each([
    ['hq.admin', 'GROUP'],
    ['power.reporter', 'POWER'],
  ])('%s generates %s’s report: plan, synergy and supervision figures equal its cockpit for the unit and period', async (user, code) => {
    expect(template.sections.map((s: any) => s.kind)).toEqual(['plan', 'synergy', 'supervision', 'breaches', 'assessment']);
    const res = await generate(user, { template: template.documentId, unit: units[code].documentId, year: YEAR, period: PERIOD });
    expect(res.status).toBe(201);
    const report = res.body.data;
    expect(report.state).toBe('draft');
    expect(report.version).toBe(1);
    expect(report.unit.documentId).toBe(units[code].documentId);
    expect(report.sections.map((s: any) => s.kind)).toEqual(['plan', 'synergy', 'supervision', 'breaches', 'assessment']);

    const seen = (await cockpit(user, units[code].documentId)).body.data;
    const codes = template.sections[0].indicators as string[];
    const plan = sectionOf(report, 'plan');
    const byCode = (a: any, b: any) => a.code.localeCompare(b.code);
    expect([...plan.figures.indicators].sort(byCode)).toEqual(
      seen.indicators.figures.filter((f: any) => codes.includes(f.code)).sort(byCode)
    );
    expect(plan.figures.indicators.length).toBe(codes.length);
    expect(plan.tables[0].rows.map((r: any) => r.code)).toEqual(codes);
    const synergy = sectionOf(report, 'synergy');
    expect(synergy.figures.demands).toEqual(seen.synergy.figures.demands);
    expect(synergy.figures.benefit).toEqual(seen.synergy.figures.benefit);
    expect(sectionOf(report, 'supervision').figures.tasks).toEqual(seen.synergy.figures.tasks);
    // The demands table lists every stage and its total as the cockpit counts them.
    const stages = synergy.tables[0].rows;
    expect(stages[stages.length - 1]).toEqual({ state: '合计', count: seen.synergy.figures.demands.total });
    // Projects: a direct count over the records the unit's subtree owns, created this year.
    const projects = await strapi.db.query(PROJECT).findMany({
      where: { ownerUnit: { path: { $startsWith: units[code].path } }, createdAt: { $gte: new Date(Date.UTC(YEAR, 0, 1)) } },
      select: ['contractAmount'],
    });
    expect(synergy.figures.projects.total).toBe(projects.length);
    expect(synergy.figures.projects.amount).toBeCloseTo(
      projects.reduce((n: number, p: any) => n + Number(p.contractAmount ?? 0), 0),
      2
    );
    // Breaches: exactly the node's and children's indicators past a threshold.
    const breaches = [seen.indicators, ...seen.indicators.children].flatMap((n: any) =>
      n.figures.filter((f: any) => f.status === 'warning' || f.status === 'alarm')
    );
    expect(sectionOf(report, 'breaches').figures.breaches.length).toBe(
      breaches.filter((f: any) => (template.sections[3].indicators ?? [f.code]).includes(f.code)).length
    );
  });
});

describe('scope', () => {
  let groupReport: string;
  let powerReport: string;
  let logisticsReport: string;

  beforeAll(async () => {
    const body = (unit: string) => ({ template: template.documentId, unit: units[unit].documentId, year: YEAR, period: PERIOD });
    groupReport = (await generate('hq.admin', body('GROUP'))).body.data.documentId;
    powerReport = (await generate('power.reporter', body('POWER'))).body.data.documentId;
    logisticsReport = (await generate('logistics.reporter', body('LOGISTICS'))).body.data.documentId;
  });

  it('a company’s analyst generates neither another company’s report nor the group’s (404, as if the unit did not exist)', async () => {
    for (const unit of ['LOGISTICS', 'GROUP', 'SEG-ENERGY']) {
      const res = await generate('power.reporter', {
        template: template.documentId,
        unit: units[unit].documentId,
        year: YEAR,
        period: PERIOD,
      });
      expect(res.status).toBe(404);
    }
    const admin = await generate(
      'power.reporter',
      { template: template.documentId, unit: units.LOGISTICS.documentId, year: YEAR, period: PERIOD },
      'admin'
    );
    expect(admin.status).toBe(404);
  });

  it('a segment manager reads its companies’ reports but generates none (403)', async () => {
    const res = await generate('energy.manager', {
      template: template.documentId,
      unit: units.POWER.documentId,
      year: YEAR,
      period: PERIOD,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/分析人员/);
    expect((await http().get(`/api/analysis-reports/${powerReport}`).set(bearer(tokens['energy.manager'].jwt))).status).toBe(200);
    expect((await http().get(`/api/analysis-reports/${logisticsReport}`).set(bearer(tokens['energy.manager'].jwt))).status).toBe(404);
    expect((await http().get(`/api/analysis-reports/${groupReport}`).set(bearer(tokens['energy.manager'].jwt))).status).toBe(404);
  });

  it.each([
    ['power.reporter', ['power']],
    ['logistics.reporter', ['logistics']],
    ['energy.manager', ['power']],
    ['hq.admin', ['group', 'power', 'logistics']],
  ])('%s lists, reads and downloads exactly the reports of its subtree, through every door', async (user, expected) => {
    const ids: Record<string, string> = { group: groupReport, power: powerReport, logistics: logisticsReport };
    const list = await http().get('/api/analysis-reports?pagination[pageSize]=100').set(bearer(tokens[user].jwt));
    expect(list.status).toBe(200);
    const listed = list.body.data.map((r: any) => r.documentId);
    const admin = await http().get(`/content-manager/collection-types/${REPORT}?pageSize=100`).set(bearer(tokens[user].admin));
    const adminListed = (admin.body.results ?? []).map((r: any) => r.documentId);
    for (const [name, id] of Object.entries(ids)) {
      const visible = expected.includes(name);
      expect(listed.includes(id)).toBe(visible);
      expect(adminListed.includes(id)).toBe(visible);
      const status = visible ? 200 : 404;
      expect((await http().get(`/api/analysis-reports/${id}`).set(bearer(tokens[user].jwt))).status).toBe(status);
      expect((await http().get(`/api/analysis-reports/${id}/report.xlsx`).set(bearer(tokens[user].jwt))).status).toBe(status);
      expect((await http().get(`/synergy/analysis-reports/${id}/snapshot`).set(bearer(tokens[user].admin))).status).toBe(status);
      expect((await http().get(`/synergy/analysis-reports/${id}/report.pdf`).set(bearer(tokens[user].admin))).status).toBe(status);
      const history = await http().get(`/api/analysis-reports/${id}/history`).set(bearer(tokens[user].jwt));
      expect(history.status).toBe(status);
    }
  });

  it('an analyst writes no commentary on a report of another unit, nor on one it only reads', async () => {
    const put = (user: string, id: string) =>
      http()
        .put(`/api/analysis-reports/${id}/commentary`)
        .set(bearer(tokens[user].jwt))
        .send({ data: { commentary: { plan: '越权' } } });
    expect((await put('power.reporter', logisticsReport)).status).toBe(404);
    expect((await put('energy.manager', powerReport)).status).toBe(403);
  });
});

describe('frozen', () => {
  it('keeps its figures when the data changes; regenerating is the next version with the new figures', async () => {
    const body = { template: template.documentId, unit: units.POWER.documentId, year: YEAR, period: PERIOD };
    const first = (await generate('power.reporter', body)).body.data;
    const before = await http().get(`/api/analysis-reports/${first.documentId}/snapshot`).set(bearer(tokens['power.reporter'].jwt));
    const power = await strapi.db.query('api::org-unit.org-unit').findOne({ where: { code: 'POWER' } });
    await strapi.documents(DEMAND).create({
      data: { title: '分析报告冻结测试需求', category: 'service', description: '冻结测试', ownerUnit: { set: [{ id: power.id }] } } as any,
    });
    const after = await http().get(`/api/analysis-reports/${first.documentId}/snapshot`).set(bearer(tokens['power.reporter'].jwt));
    expect(after.body.data.sections).toEqual(before.body.data.sections);
    const second = (await generate('power.reporter', body)).body.data;
    expect(second.version).toBe(first.version + 1);
    expect(sectionOf(second, 'synergy').figures.demands.total).toBe(sectionOf(first, 'synergy').figures.demands.total + 1);
    expect(second.title).toContain(`第${second.version}版`);
  });

  it('takes commentary while a draft and nothing once finalised', async () => {
    const report = (
      await generate('power.reporter', { template: template.documentId, unit: units.POWER.documentId, year: YEAR, period: PERIOD })
    ).body.data;
    const put = (data: unknown, headers: Record<string, string> = {}) =>
      http()
        .put(`/api/analysis-reports/${report.documentId}/commentary`)
        .set({ ...bearer(tokens['power.reporter'].jwt), ...headers })
        .send({ data });
    const written = await put({ commentary: { plan: '利润总额完成良好。', synergy: '需求推进顺利。' } });
    expect(written.status).toBe(200);
    expect(written.body.data.commentary).toEqual({ plan: '利润总额完成良好。', synergy: '需求推进顺利。' });

    const unknownSection = await put({ commentary: { weather: '晴' } }, { 'Accept-Language': 'en' });
    expect(unknownSection.status).toBe(400);
    expect(unknownSection.body.error.message).toMatch(/^The report has no section weather/);
    const zh = await put({ commentary: [1] }, { 'Accept-Language': 'zh-CN' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.message).toMatch(/^分析意见应为/);

    // Through the content API's own update, figures cannot be written.
    const figures = await http()
      .put(`/api/analysis-reports/${report.documentId}`)
      .set(bearer(tokens['power.reporter'].jwt))
      .send({ data: { sections: [] } });
    expect(figures.status).toBe(400);
    const created = await http()
      .post('/api/analysis-reports')
      .set(bearer(tokens['power.reporter'].jwt))
      .send({ data: { commentary: {} } });
    expect(created.status).toBe(403);

    const finalised = await http()
      .post(`/api/analysis-reports/${report.documentId}/transitions`)
      .set(bearer(tokens['power.reporter'].jwt))
      .send({ action: 'finalise' });
    expect(finalised.status).toBe(200);
    const late = await put({ commentary: { plan: '改' } });
    expect(late.status).toBe(409);
    expect(late.body.error.details.code).toBe('analysis-report-final');
    expect((await http().delete(`/api/analysis-reports/${report.documentId}`).set(bearer(tokens['power.reporter'].jwt))).status).toBe(409);
    const again = await http()
      .post(`/api/analysis-reports/${report.documentId}/transitions`)
      .set(bearer(tokens['power.reporter'].jwt))
      .send({ action: 'finalise' });
    expect(again.status).toBe(409);
  });
});

describe('exports', () => {
  let report: any;
  beforeAll(async () => {
    report = (await generate('hq.admin', { template: template.documentId, unit: units.GROUP.documentId, year: YEAR, period: PERIOD })).body
      .data;
    await http()
      .put(`/api/analysis-reports/${report.documentId}/commentary`)
      .set(bearer(tokens['hq.admin'].jwt))
      .send({ data: { commentary: { plan: '一利五率总体平稳，净资产收益率略低于目标。', supervision: '逾期任务须限期整改。' } } });
  });

  it('.xlsx: one sheet per section with Chinese headers and numbers as numbers, read back equal to the snapshot', async () => {
    const res = await http()
      .get(`/api/analysis-reports/${report.documentId}/report.xlsx`)
      .set(bearer(tokens['hq.admin'].jwt))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '报告信息',
      '计划完成情况（一利五率）',
      '协同工作概况',
      '督办工作概况',
      '指标预警',
      '考核排名',
    ]);
    const plan = workbook.getWorksheet('计划完成情况（一利五率）')!;
    const rows: any[][] = [];
    plan.eachRow((row) => rows.push((row.values as any[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === '指标编码');
    expect(rows[header]).toEqual(['指标编码', '指标', '计量单位', '实际值', '目标值', '达成率（%）', '状态']);
    const snapshotRows = sectionOf(report, 'plan').tables[0].rows;
    snapshotRows.forEach((row: any, i: number) => {
      const cells = rows[header + 1 + i];
      expect(cells[0]).toBe(row.code);
      expect(cells[1]).toBe(row.name);
      expect(cells[3] ?? null).toBe(row.value);
      if (row.value !== null) expect(typeof cells[3]).toBe('number');
    });
    expect(rows.find((r) => r[0] === '分析意见')?.[1]).toBe('一利五率总体平稳，净资产收益率略低于目标。');
    const synergy: any[][] = [];
    workbook.getWorksheet('协同工作概况')!.eachRow((row) => synergy.push((row.values as any[]).slice(1)));
    expect(synergy.find((r) => r[0] === '合计')?.[1]).toBe(sectionOf(report, 'synergy').figures.demands.total);
  });

  it('PDF: the text extracted holds the Chinese titles, figures and commentary, with the CJK font embedded', async () => {
    const res = await http()
      .get(`/api/analysis-reports/${report.documentId}/report.pdf`)
      .set(bearer(tokens['hq.admin'].jwt))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf: Buffer = res.body;
    const { text, pages } = pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1 + report.sections.length);
    const flat = text.replace(/\s+/g, '');
    for (const expected of [
      report.title,
      '计划完成情况（一利五率）',
      '协同工作概况',
      '督办工作概况',
      '指标预警',
      '考核排名',
      '一利五率总体平稳，净资产收益率略低于目标。',
      '逾期任务须限期整改。',
      '需求按阶段',
      '第1页',
    ]) {
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    }
    expect(flat).toContain(`合计${sectionOf(report, 'synergy').figures.demands.total}`);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(raw).toMatch(/\/FontFile[23]? /);
  });

  it('answers 503 naming the package when the font file is missing', async () => {
    const configured = strapi.config.get('analysis-reports.pdfFont');
    strapi.config.set('analysis-reports.pdfFont', '/nonexistent/NotoSansCJK-Regular.ttc');
    try {
      const zh = await http().get(`/api/analysis-reports/${report.documentId}/report.pdf`).set(bearer(tokens['hq.admin'].jwt));
      expect(zh.status).toBe(503);
      expect(zh.body.error.details.code).toBe('pdf-font-missing');
      expect(zh.body.error.message).toMatch(/^导出 PDF 需要中文字体.*fonts-noto-cjk/);
      const en = await http()
        .get(`/api/analysis-reports/${report.documentId}/report.pdf`)
        .set({ ...bearer(tokens['hq.admin'].jwt), 'Accept-Language': 'en' });
      expect(en.body.error.message).toMatch(/^The PDF export needs a Chinese font.*fonts-noto-cjk/);
    } finally {
      strapi.config.set('analysis-reports.pdfFont', configured);
    }
  });
});

describe('bad input', () => {
  it.each([
    [{ unit: 'x', year: YEAR, period: PERIOD }, 'template', /^template 应为报告模板/, /^template is the documentId/],
    [{ template: 'nosuchtemplate', year: YEAR, period: PERIOD }, 'template', /^报告模板不存在/, /^No analysis report template/],
    [{ template: 'TEMPLATE', year: YEAR, period: 'q5' }, 'period', /^期间应为/, /^period is m1–m12/],
    [{ template: 'TEMPLATE', year: 1999, period: 'q1' }, 'year', /^年度格式不正确/, /^year must be a year/],
    [{ template: 'TEMPLATE', year: YEAR, period: 'q1', colour: 'red' }, 'colour', /^不支持的字段 colour/, /^Unknown field colour/],
  ])('generate %j: 400 at %s in Chinese and English', async (data, field, zh, en) => {
    const body = { ...data, ...(data.template === 'TEMPLATE' ? { template: template.documentId } : {}) };
    for (const [language, pattern] of [
      ['zh-CN', zh],
      ['en', en],
    ] as const) {
      const res = await http()
        .post('/api/analysis-reports/generate')
        .set({ ...bearer(tokens['hq.admin'].jwt), 'Accept-Language': language })
        .send({ data: body });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual([field]);
      expect(res.body.error.message).toMatch(pattern);
    }
  });

  it('refuses a template whose sections are unknown, repeated or name an unknown indicator', async () => {
    const post = (sections: unknown) =>
      http()
        .post('/api/analysis-templates')
        .set({ ...bearer(tokens['hq.admin'].jwt), 'Accept-Language': 'en' })
        .send({ data: { name: `模板${Math.random()}`, sections } });
    const unknown = await post([{ kind: 'weather' }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['sections', '0', 'kind']);
    const twice = await post([{ kind: 'plan' }, { kind: 'plan' }]);
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/listed twice/);
    const option = await post([{ kind: 'synergy', indicators: ['ROE'] }]);
    expect(option.status).toBe(400);
    expect(option.body.error.details.errors[0].path).toEqual(['sections', '0', 'indicators']);
    const indicator = await post([{ kind: 'plan', indicators: ['NO_SUCH'] }]);
    expect(indicator.status).toBe(400);
    expect(indicator.body.error.message).toMatch(/no indicator has the code NO_SUCH/);
    expect((await post([{ kind: 'assessment', limit: 5, prompt: '排名如何？' }])).status).toBe(201);
    const reporter = await http()
      .post('/api/analysis-templates')
      .set(bearer(tokens['power.reporter'].jwt))
      .send({ data: { name: '公司模板', sections: [{ kind: 'plan' }] } });
    expect(reporter.status).toBe(403);
  });
});
