#!/usr/bin/env node
/**
 * A 20-page Chinese analysis report as PDF through HTTP (GET /api/analysis-reports/:documentId/report.pdf).
 * The report is made through the real API on a group of 4 segments × 6 companies: HQ generates
 * the group's report for the last quarter from the default template (every section, tables and
 * charts), and writes about 7,000 characters of Chinese commentary per section, so the PDF runs
 * past 20 pages. Timed: the first request (it reads the CJK font file) and 10 more; the page count
 * and the embedded font are read back (pdf-parse, in a child process). Target: every request
 * ≤ 5 s for ≥ 20 pages. Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { execFileSync } = require('child_process');
const { withStrapi } = require('./lib/strapi');
const { buildTree, createUser, login, treeSpec } = require('./lib/group');
const { fmt, msSince, target, runBench } = require('./lib/report');

const RUNS = 10;
const TARGET_MS = 5000;
const MIN_PAGES = 20;
const COMMENTARY_CHARS = 7000;

const SENTENCES = [
  '本季度集团利润总额完成年度计划的百分之二十六，同比增长百分之八点三，主要得益于电力板块发电量增加和燃料成本下降。',
  '资产负债率控制在百分之六十二以内，较年初下降零点四个百分点，带息负债规模保持稳定，融资结构持续优化。',
  '净资产收益率略低于序时进度，新能源项目集中投产初期折旧较高，预计下半年随着电量释放逐步改善。',
  '研发经费投入强度达到百分之一点八，智能巡检、储能调度等重点课题按计划推进，专利申请数量同比翻番。',
  '全员劳动生产率稳步提升，人工成本增幅低于营业收入增幅，三项制度改革成效进一步显现。',
  '营业现金比率保持在合理区间，应收账款周转天数缩短五天，清欠工作取得阶段性成果。',
  '内部协同需求发布数量同比增加，对接成功率提高，物流、检修、设备采购等领域形成一批可复制的协同案例。',
  '督办事项总体按期推进，个别逾期任务已明确整改责任人和完成时限，纳入下季度重点跟踪清单。',
  '预警指标集中在个别新投产企业，需结合行业对标分析成因，制定一企一策的提质增效方案。',
  '下一步将围绕年度目标责任书，强化过程管控和考核激励，确保全年各项经营指标圆满完成。',
];

const commentary = (kind) => {
  let text = `【${kind}】`;
  for (let i = 0; text.length < COMMENTARY_CHARS; i += 1) {
    text += SENTENCES[i % SENTENCES.length];
    if (i % 4 === 3) text += '\n';
  }
  return text;
};

const call = async (baseUrl, jwt, method, path, body) => {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 400)}`);
  return json;
};

const download = async (baseUrl, jwt, path) => {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${jwt}` } });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
};

/** Pages and text of a PDF, by pdf-parse in a child process (its pdf.js worker is an ES module). */
const pdfFacts = (pdf) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `const { PDFParse } = require('pdf-parse'); const c = []; process.stdin.on('data', (d) => c.push(d));
         process.stdin.on('end', async () => { const p = new PDFParse({ data: new Uint8Array(Buffer.concat(c)) });
         const r = await p.getText(); await p.destroy(); process.stdout.write(JSON.stringify({ pages: r.total, chars: r.text.length, sample: r.text.slice(0, 200) })); });`,
      ],
      { input: pdf, maxBuffer: 64 * 1024 * 1024 }
    ).toString()
  );

const main = () =>
  withStrapi(
    'analysis-report',
    async ({ strapi, baseUrl }) => {
      const units = await buildTree(strapi, treeSpec({ segments: 4, companiesPerSegment: 6 }));
      await createUser(strapi, { username: 'analysis-hq', role: 'hq', unitId: units.GROUP.id });
      const hq = await login(baseUrl, 'analysis-hq');
      const options = await call(baseUrl, hq, 'GET', '/api/analysis-reports/options');
      const template = options.data.templates[0];
      const now = new Date();
      const quarter = Math.floor(now.getMonth() / 3) + 1;
      const [year, period] = quarter === 1 ? [now.getFullYear() - 1, 'q4'] : [now.getFullYear(), `q${quarter - 1}`];
      const started = process.hrtime.bigint();
      const report = (
        await call(baseUrl, hq, 'POST', '/api/analysis-reports/generate', {
          data: { template: template.documentId, unit: units.GROUP.documentId, year, period },
        })
      ).data;
      const generateMs = msSince(started);
      const texts = Object.fromEntries(report.sections.map((s) => [s.kind, commentary(s.title.zh)]));
      await call(baseUrl, hq, 'PUT', `/api/analysis-reports/${report.documentId}/commentary`, { data: { commentary: texts } });

      const path = `/api/analysis-reports/${report.documentId}/report.pdf`;
      const times = [];
      let pdf = null;
      for (let i = 0; i < RUNS + 1; i += 1) {
        const t = process.hrtime.bigint();
        pdf = await download(baseUrl, hq, path);
        times.push(msSince(t));
      }
      const facts = pdfFacts(pdf);
      const embedded = /\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/.test(pdf.toString('latin1'));
      const warm = times.slice(1).sort((a, b) => a - b);
      const worst = Math.max(...times);
      console.log(
        `${report.title} (${strapi.db.dialect.client}): generated in ${fmt(generateMs, 0)} ms; PDF ${facts.pages} pages, ${(pdf.length / 1024).toFixed(0)} KB, ${facts.chars} characters of text, CJK font embedded: ${embedded}`
      );
      console.log(
        `PDF request: first (reads the font) ${fmt(times[0], 0)} ms; next ${RUNS}: median ${fmt(warm[Math.floor(warm.length / 2)], 0)} ms, max ${fmt(warm[warm.length - 1], 0)} ms`
      );
      if (!embedded) throw new Error('the PDF does not embed NotoSansCJKsc-Regular');
      return target(
        `a ${MIN_PAGES}-page Chinese PDF ≤ ${TARGET_MS} ms: ${facts.pages} pages, worst of ${RUNS + 1} requests ${fmt(worst, 0)} ms`,
        facts.pages >= MIN_PAGES && worst <= TARGET_MS
      );
    },
    { serve: true }
  );

runBench('analysis-report', main);
