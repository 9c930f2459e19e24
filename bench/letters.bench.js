#!/usr/bin/env node
/**
 * The diff of two 40-line versions of a responsibility letter through HTTP
 * (GET /api/responsibility-letters/:documentId/diff?from=1&to=2), as the unit's reporter (scoped
 * read) and as HQ. The letter is made through the real API: drafted with 40 items, submitted,
 * approved, signed (version 1), revised with a reason (12 targets and 8 weights changed, 3 items
 * removed, 3 added), signed again (version 2). Timed: 5 warm-up requests, then 50; median, p95
 * and max. Target: p95 ≤ 200 ms for the reporter. Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { buildTree, createUser, login, treeSpec } = require('./lib/group');
const { msSince, target, runBench } = require('./lib/report');

const INDICATOR = 'api::indicator.indicator';
const LINES = 40;
const RUNS = 50;
const TARGET_MS = 200;

const log = (...args) => console.log(...args);

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

const item = (indicator, i, fields = {}) => ({
  indicator: indicator.documentId,
  target: 1000 + i * 10,
  weight: 2.5,
  scoringRule: ['linear-score', 'step-score', 'pass-fail'][i % 3],
  floor: i % 3 === 2 ? null : 800 + i * 10,
  ceiling: i % 3 === 2 ? null : 1000 + i * 10,
  step: i % 3 === 1 ? 50 : null,
  ...fields,
});

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const main = () =>
  withStrapi(
    'letters',
    async ({ strapi, baseUrl }) => {
      const units = await buildTree(strapi, treeSpec({ segments: 2, companiesPerSegment: 2 }));
      await createUser(strapi, { username: 'letters-hq', role: 'hq', unitId: units.GROUP.id });
      await createUser(strapi, { username: 'letters-seg', role: 'segment', unitId: units['SEG-1'].id });
      await createUser(strapi, { username: 'letters-rep', role: 'reporter', unitId: units['CO-1-1'].id });
      const [hq, seg, rep] = await Promise.all(['letters-hq', 'letters-seg', 'letters-rep'].map((name) => login(baseUrl, name)));

      const indicators = [];
      for (let i = 0; i < LINES + 3; i += 1) {
        indicators.push(
          await strapi.documents(INDICATOR).create({
            data: { code: `BENCH_${String(i).padStart(2, '0')}`, name: `基准指标${i}`, unit: '万元', kind: 'base-item' },
          })
        );
      }
      const take = (jwt, documentId, action, comment) =>
        call(baseUrl, jwt, 'POST', `/api/responsibility-letters/${documentId}/transitions`, { action, ...(comment ? { comment } : {}) });
      const sign = async (documentId) => {
        await take(rep, documentId, 'submit');
        await take(seg, documentId, 'approve');
        await take(hq, documentId, 'sign-letter');
      };

      const first = indicators.slice(0, LINES).map((indicator, i) => item(indicator, i));
      const created = await call(baseUrl, rep, 'POST', '/api/responsibility-letters', {
        data: { year: 2026, responsiblePerson: '基准责任人', preamble: '基准责任书正文', items: first },
      });
      const { documentId } = created.data;
      await sign(documentId);
      await take(rep, documentId, 'start-revision', '年中目标调整');
      // Version 2: items 0-2 removed, 3 new ones added; 12 targets raised; weight moved among 8 items (sum stays 100).
      const second = indicators.slice(3, LINES + 3).map((indicator, j) => {
        const i = j + 3;
        const fields = {};
        if (i < 15) fields.target = 1000 + i * 10 + 50;
        if (i >= 20 && i < 24) fields.weight = 3.5;
        if (i >= 24 && i < 28) fields.weight = 1.5;
        return item(indicator, i, fields);
      });
      await call(baseUrl, rep, 'PUT', `/api/responsibility-letters/${documentId}`, {
        data: { items: second, responsiblePerson: '新责任人' },
      });
      await sign(documentId);

      const path = `/api/responsibility-letters/${documentId}/diff?from=1&to=2`;
      const sample = await call(baseUrl, rep, 'GET', path);
      const d = sample.data;
      log(
        `diff of two ${LINES}-line versions (${strapi.db.dialect.client}): ${d.changed.length} changed, ${d.added.length} added, ${d.removed.length} removed, ${d.unchanged} unchanged, ${d.header.length} header field(s); ${(JSON.stringify(sample).length / 1024).toFixed(1)} KB`
      );
      let reporterP95 = Infinity;
      for (const [label, jwt] of [
        ['reporter', rep],
        ['HQ', hq],
      ]) {
        for (let i = 0; i < 5; i += 1) await call(baseUrl, jwt, 'GET', path);
        const times = [];
        for (let i = 0; i < RUNS; i += 1) {
          const t = process.hrtime.bigint();
          await call(baseUrl, jwt, 'GET', path);
          times.push(msSince(t));
        }
        times.sort((a, b) => a - b);
        const p95 = percentile(times, 95);
        if (label === 'reporter') reporterP95 = p95;
        log(
          `  ${label.padEnd(9)} ${RUNS} requests: median ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`
        );
      }
      return target(`diff p95 ≤ ${TARGET_MS} ms → ${reporterP95.toFixed(1)} ms`, reporterP95 <= TARGET_MS);
    },
    { serve: true }
  );

runBench('letters', main);
