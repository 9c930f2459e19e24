#!/usr/bin/env node
/**
 * The to-do inbox (GET /api/todos, GET /api/todos/count) over a large group: BENCH_TODO_CAUSES
 * (10,000) open to-do causes of every source — submitted demands, resources, exemption requests,
 * catalogue entries and supplier applications; returned demands; tasks due soon or overdue and
 * tasks handed in; benefits to confirm; disputes to mediate; held meetings — over a tree of 511
 * units (HQ → 6 segments → 72 companies → 432 departments), each cause with the history row that
 * put it in its state, plus as many records in states that wait on nobody. Times, through HTTP,
 * the first page (25 items, with its total) and the count of a company reporter, a segment
 * manager and HQ: median of 21 rounds of sequential requests (round-robin over the callers, after
 * 5 warm-ups), with the load average and the CPU time the process (server and client, and SQLite
 * in it) spent per page + count — what a quiet machine's latency would be on SQLite; and checks
 * that the count equals the total. Targets (wall clock): reporter's page + count ≤ 100 ms, HQ's
 * ≤ 300 ms. BENCH_TODO_PROFILE=<n> adds where each caller's time goes (queries, SQL, plan).
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi } = require('./lib/strapi');
const { treeSpec, buildTree, createUser, login } = require('./lib/group');
const { insertRows } = require('./lib/bulk-insert');
const { lcg } = require('./lib/random');
const { fmt, msSince, verdict, runBench } = require('./lib/report');

const CAUSES = Number(process.env.BENCH_TODO_CAUSES || 10000);
const RUNS = 21;
const WARMUPS = 5;
const TARGETS = { reporter: 100, hq: 300 };
const REPORTER_UNIT = 'CO-2-3';
const SEGMENT_UNIT = 'SEG-2';

const UID = {
  demand: 'api::synergy-demand.synergy-demand',
  resource: 'api::synergy-resource.synergy-resource',
  exemption: 'api::exemption-request.exemption-request',
  edition: 'api::catalogue-edition.catalogue-edition',
  entry: 'api::catalogue-entry.catalogue-entry',
  supplier: 'api::internal-supplier.internal-supplier',
  task: 'api::task.task',
  project: 'api::synergy-project.synergy-project',
  benefit: 'api::benefit-record.benefit-record',
  dispute: 'api::dispute.dispute',
  meeting: 'api::meeting.meeting',
  transition: 'plugin::synergy.transition',
};

/** Shares of the causes by source (they add up to 1). */
const MIX = {
  demandReview: 0.22,
  demandReturned: 0.05,
  resourceReview: 0.1,
  exemptionReview: 0.03,
  entryReview: 0.1,
  supplierReview: 0.02,
  taskDue: 0.25,
  taskAcceptance: 0.08,
  benefitConfirmation: 0.06,
  disputeMediation: 0.03,
  meetingMinutes: 0.06,
};

const log = (...args) => console.log(...args);
const random = lcg(20261207);
const pick = (list) => list[Math.floor(random() * list.length)];
const count = (share) => Math.round(CAUSES * share);

/** BENCH_TODO_PROFILE=<sql chars>: where one caller's time goes — queries of one page, the service without HTTP, SQL alone. */
const profile = async (strapi, session, get, page) => {
  const knex = strapi.db.connection;
  const started = new Map();
  const queries = [];
  const onQuery = (q) => started.set(q.__knexQueryUid, { sql: q.sql, bindings: q.bindings, t: process.hrtime.bigint() });
  const onDone = (_r, q) => {
    const st = started.get(q.__knexQueryUid);
    if (st) queries.push({ ...st, ms: msSince(st.t) });
  };
  knex.on('query', onQuery);
  knex.on('query-response', onDone);
  await get(page, session.jwt);
  await get('/api/todos/count', session.jwt);
  knex.removeListener('query', onQuery);
  knex.removeListener('query-response', onDone);
  const service = strapi.plugin('synergy').service('todos');
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: session.username } });
  const scope = await strapi.plugin('synergy').service('scope').forUser(user.id);
  const mean = async (work, n = 20) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i += 1) await work();
    return fmt(msSince(t) / n);
  };
  const count = queries.find((q) => q.sql.startsWith('select count(*)'));
  log(
    `\n  ${session.label}: ${queries.length} queries for a page and a count, ${fmt(queries.reduce((sum, q) => sum + q.ms, 0))} ms of SQL`
  );
  log(
    `    in-process, mean of 20: list ${await mean(() => service.list(scope, service.parseQuery({}, { paged: true }), 'zh'))} ms, count ${await mean(() => service.count(scope, service.parseQuery({}, { paged: false })))} ms, the count's SQL alone ${await mean(() => knex.raw(count.sql.replace(/\$\d+/g, '?'), count.bindings))} ms`
  );
  for (const q of queries.sort((a, b) => b.ms - a.ms).slice(0, 5))
    log(`    ${fmt(q.ms)} ms ${q.sql.slice(0, Number(process.env.BENCH_TODO_PROFILE) || 120)}`);
  if (strapi.db.dialect.client !== 'postgres') {
    const plan = await knex.raw(`EXPLAIN QUERY PLAN ${count.sql}`, count.bindings);
    const scans = plan.map((row) => row.detail).filter((detail) => detail.startsWith('SCAN'));
    log(`    full scans in the count's plan: ${scans.length ? scans.join('; ') : 'none'}`);
  } else {
    const page = queries.find((q) => q.sql.includes('COUNT(*) OVER ()'));
    const plan = await knex.raw(`EXPLAIN ANALYZE ${page.sql.replace(/\$\d+/g, '?')}`, page.bindings);
    for (const row of plan.rows.filter((r) => /Seq Scan|Execution Time|Planning Time/.test(r['QUERY PLAN'])))
      log(`      ${row['QUERY PLAN'].trim()}`);
  }
};

const main = () =>
  withStrapi(
    'todos',
    async ({ strapi, baseUrl }) => {
      const spec = treeSpec({ segments: 6, companiesPerSegment: 12, departmentsPerCompany: 6 });
      const t0 = process.hrtime.bigint();
      const byCode = await buildTree(strapi, spec);
      const units = spec.map((u) => ({ ...byCode[u.code], code: u.code, level: u.level, parent: u.parent ? byCode[u.parent] : null }));
      const paths = new Map(
        (await strapi.db.query('api::org-unit.org-unit').findMany({ select: ['id', 'path'] })).map((u) => [u.id, u.path])
      );
      const owners = units.filter((u) => u.level === 'company' || u.level === 'department');
      const companies = units.filter((u) => u.level === 'company');
      const segments = units.filter((u) => u.level === 'segment');
      log(`built ${units.length} units in ${fmt(msSince(t0) / 1000)} s`);

      const calendar = strapi.plugin('synergy').service('calendar');
      const today = calendar.today();
      const cal = calendar.calendar();
      const now = new Date();
      const at = (i) => new Date(now.getTime() - (i % 5000) * 60_000);
      const history = [];
      const t1 = process.hrtime.bigint();

      /** Inserts records of `uid` and, for those with `entered`, the history row that put them in their state. */
      const insert = async (uid, prefix, rows) => {
        if (rows.length === 0) return [];
        await insertRows(
          strapi,
          uid,
          rows.map(({ fields, links }) => ({ fields, links })),
          { prefix, chunkSize: 200 }
        );
        const meta = strapi.db.metadata.get(uid);
        const ids = await strapi.db
          .connection(meta.tableName)
          .select('id', 'document_id')
          .where('document_id', 'like', `${prefix}%`)
          .orderBy('id');
        rows.forEach((row, i) => {
          if (row.entered) history.push({ uid, documentId: ids[i].document_id, ...row.entered, at: row.fields.updatedAt });
        });
        return ids;
      };
      const stamp = (i) => ({ createdAt: at(i), updatedAt: at(i) });

      const marketplace = (uid, prefix, n, state, extra, entered) =>
        insert(
          uid,
          prefix,
          Array.from({ length: n }, (_, i) => ({
            fields: { title: `${prefix} ${i}`, description: '协同事项 benchmark', state, ...extra(i), ...stamp(i) },
            links: { ownerUnit: pick(owners).id },
            entered,
          }))
        );

      // Reviews and returns of the marketplace
      await marketplace(
        UID.demand,
        'bdrev',
        count(MIX.demandReview),
        'submitted',
        () => ({ category: 'service', neededBy: '2027-06-30', businessType: 'regular' }),
        { action: 'submit', from: 'draft', to: 'submitted' }
      );
      await marketplace(
        UID.demand,
        'bdret',
        count(MIX.demandReturned),
        'draft',
        () => ({ category: 'service', neededBy: '2027-06-30', businessType: 'regular', reviewComment: '请补充' }),
        { action: 'return', from: 'submitted', to: 'draft' }
      );
      await marketplace(
        UID.demand,
        'bdpub',
        CAUSES,
        'published',
        () => ({ category: 'product', neededBy: '2027-06-30', businessType: 'regular' }),
        null
      );
      await marketplace(
        UID.resource,
        'brrev',
        count(MIX.resourceReview),
        'submitted',
        () => ({ resourceType: 'tangible-physical', availableFrom: '2027-01-01' }),
        { action: 'submit', from: 'draft', to: 'submitted' }
      );
      const published = await strapi.db
        .connection(strapi.db.metadata.get(UID.demand).tableName)
        .select('id')
        .where('document_id', 'like', 'bdpub%')
        .limit(2000);
      await insert(
        UID.exemption,
        'bexrev',
        Array.from({ length: count(MIX.exemptionReview) }, (_, i) => ({
          fields: {
            reason: 'internal-cannot-supply',
            justification: '集团内部供应单位本年度产能已满，申请外部采购。',
            state: 'submitted',
            ...stamp(i),
          },
          links: { ownerUnit: pick(owners).id, demand: published[i % published.length].id },
          entered: { action: 'submit', from: 'draft', to: 'submitted' },
        }))
      );
      const edition = await strapi
        .documents(UID.edition)
        .create({ data: { code: '2027-H1', title: '2027-H1 目录', validFrom: '2027-01-01', validTo: '2027-06-30' } });
      await insert(
        UID.entry,
        'benrev',
        Array.from({ length: count(MIX.entryReview) }, (_, i) => ({
          fields: { name: `目录条目 ${i}`, entryType: 'service', supplierClass: 'priority', state: 'submitted', ...stamp(i) },
          links: { ownerUnit: pick(companies).id, edition: edition.id },
          entered: { action: 'submit', from: 'draft', to: 'submitted' },
        }))
      );
      await insert(
        UID.supplier,
        'bsup',
        Array.from({ length: count(MIX.supplierReview) }, (_, i) => ({
          fields: { entryType: 'service', subCategory: '设备检修', supplierClass: 'priority', state: 'applied', ...stamp(i) },
          links: { ownerUnit: pick(companies).id },
        }))
      );

      // Tasks: due within three working days or overdue, handed in, and many that wait on nobody
      const taskRow = (owner, i, state, dueDate) => ({
        fields: {
          title: `督办任务 ${i}`,
          category: '协同',
          source: 'leadership',
          level: owner.level === 'department' ? 'department' : 'company',
          assignedOn: '2026-09-01',
          dueDate,
          startOrdinal: cal.ordinal('2026-09-01'),
          dueOrdinal: cal.ordinal(dueDate),
          dueDay: Math.round(Date.parse(`${dueDate}T00:00:00Z`) / 86400000),
          progress: 50,
          urgeCount: 0,
          state,
          ...stamp(i),
        },
        links: { ownerUnit: owner.id, supervisingUnit: owner.parent.id },
        entered:
          state === 'in_progress'
            ? { action: 'start', from: 'assigned', to: 'in_progress' }
            : state === 'submitted'
              ? { action: 'submit', from: 'in_progress', to: 'submitted' }
              : null,
      });
      const taskOwners = [...owners, ...segments];
      await insert(
        UID.task,
        'btdue',
        Array.from({ length: count(MIX.taskDue) }, (_, i) =>
          taskRow(pick(taskOwners), i, 'in_progress', cal.addWorkingDays(today, Math.floor(random() * 14) - 10))
        )
      );
      await insert(
        UID.task,
        'btacc',
        Array.from({ length: count(MIX.taskAcceptance) }, (_, i) =>
          taskRow(pick(taskOwners), i, 'submitted', cal.addWorkingDays(today, 20))
        )
      );
      await insert(
        UID.task,
        'btfar',
        Array.from({ length: CAUSES }, (_, i) =>
          taskRow(pick(taskOwners), i, i % 2 ? 'accepted' : 'in_progress', cal.addWorkingDays(today, 30 + (i % 60)))
        )
      );

      // Projects between companies, with benefits to confirm and disputes to mediate
      const pairs = Array.from({ length: 600 }, () => {
        const buyer = pick(companies);
        let supplier = pick(companies);
        while (supplier.id === buyer.id) supplier = pick(companies);
        return { buyer, supplier };
      });
      const projects = await insert(
        UID.project,
        'bproj',
        pairs.map(({ buyer, supplier }, i) => ({
          fields: { title: `协同项目 ${i}`, contractAmount: 1000000, startDate: '2026-01-01', state: 'active', ...stamp(i) },
          links: { ownerUnit: buyer.id, supplierUnits: supplier.id },
        }))
      );
      await insert(
        UID.benefit,
        'bben',
        Array.from({ length: count(MIX.benefitConfirmation) }, (_, i) => {
          const p = i % pairs.length;
          return {
            fields: {
              period: '2026-Q3',
              amount: 100000,
              kind: 'cost-saving',
              state: 'submitted',
              confirmations: JSON.stringify([{ unitId: pairs[p].buyer.id, by: 'bench', at: now.toISOString() }]),
              ...stamp(i),
            },
            links: { ownerUnit: pairs[p].buyer.id, project: projects[p].id },
            entered: { action: 'submit', from: 'draft', to: 'submitted' },
          };
        })
      );
      const commonSuperior = (a, b) => {
        const [x, y] = [paths.get(a).split('/').filter(Boolean), paths.get(b).split('/').filter(Boolean)];
        let common = null;
        for (let k = 0; k < Math.min(x.length, y.length) && x[k] === y[k]; k += 1) common = Number(x[k]);
        return common;
      };
      await insert(
        UID.dispute,
        'bdis',
        Array.from({ length: count(MIX.disputeMediation) }, (_, i) => {
          const p = i % pairs.length;
          return {
            fields: {
              subject: `争议 ${i}`,
              state: 'open',
              escalationCount: 0,
              dueAt: new Date(now.getTime() + ((i % 30) - 10) * 86400000),
              ...stamp(i),
            },
            links: {
              ownerUnit: pairs[p].buyer.id,
              project: projects[p].id,
              respondentUnit: pairs[p].supplier.id,
              mediatorUnit: commonSuperior(pairs[p].buyer.id, pairs[p].supplier.id),
            },
          };
        })
      );
      await insert(
        UID.meeting,
        'bmeet',
        Array.from({ length: count(MIX.meetingMinutes) }, (_, i) => ({
          fields: { title: `对接会 ${i}`, kind: 'docking', startsAt: new Date(now.getTime() - 86400000), state: 'held', ...stamp(i) },
          links: { ownerUnit: pick(companies).id },
          entered: { action: 'hold', from: 'draft', to: 'held' },
        }))
      );

      // The history rows (the inbox's "since"), straight into the transitions table
      const tmeta = strapi.db.metadata.get(UID.transition);
      const col = (name) => tmeta.attributes[name].columnName;
      const historyRows = history.map((h, i) => ({
        document_id: `bhist${i.toString(36).padStart(19, '0')}`,
        [col('targetUid')]: h.uid,
        [col('targetDocumentId')]: h.documentId,
        [col('action')]: h.action,
        [col('fromState')]: h.from,
        [col('toState')]: h.to,
        [col('actorKind')]: 'user',
        [col('actorName')]: 'bench',
        [col('at')]: h.at,
        created_at: h.at,
        updated_at: h.at,
        published_at: h.at,
      }));
      await strapi.db.connection.batchInsert(tmeta.tableName, historyRows, 200);
      await strapi.db.connection.raw('ANALYZE');
      log(
        `inserted ${CAUSES} to-do causes (and ${2 * CAUSES} records that wait on nobody, ${historyRows.length} history rows) in ${fmt(msSince(t1) / 1000)} s`
      );

      const callers = [
        ['company reporter', 'todo-reporter', 'reporter', byCode[REPORTER_UNIT].id, 'reporter'],
        ['segment manager', 'todo-segment', 'segment', byCode[SEGMENT_UNIT].id, null],
        ['HQ', 'todo-hq', 'hq', byCode.GROUP.id, 'hq'],
      ];
      for (const [, username, role, unitId] of callers) await createUser(strapi, { username, role, unitId });

      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.9) - 1];
      const get = async (path, jwt) => {
        const t = process.hrtime.bigint();
        const res = await fetch(baseUrl + path, { headers: { Authorization: `Bearer ${jwt}` } });
        const body = await res.json();
        const ms = msSince(t);
        if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        return { body, ms };
      };
      const page = '/api/todos?pagination[pageSize]=25';
      const sessions = [];
      for (const [label, username, , , targetKey] of callers)
        sessions.push({ label, username, targetKey, jwt: await login(baseUrl, username), list: [], counts: [], both: [], cpu: [] });
      for (let i = 0; i < WARMUPS; i += 1) for (const s of sessions) await get(page, s.jwt).then(() => get('/api/todos/count', s.jwt));
      const load = require('os').loadavg()[0];
      // Round-robin, so a change in the machine's load falls on every caller alike.
      for (let i = 0; i < RUNS; i += 1) {
        for (const s of sessions) {
          const cpu = process.cpuUsage();
          const a = await get(page, s.jwt);
          const c = await get('/api/todos/count', s.jwt);
          const used = process.cpuUsage(cpu);
          s.cpu.push((used.user + used.system) / 1000);
          if (a.body.meta.pagination.total !== c.body.data.count)
            throw new Error(`${s.label}: count ${c.body.data.count} ≠ total ${a.body.meta.pagination.total}`);
          s.answer = a.body;
          s.list.push(a.ms);
          s.counts.push(c.ms);
          s.both.push(a.ms + c.ms);
        }
      }
      // What any signed-in request costs here (Strapi's auth and pipeline, a one-row count), for comparison.
      const baseline = { wall: [], cpu: [] };
      for (let i = 0; i < RUNS; i += 1) {
        const cpu = process.cpuUsage();
        const b = await get('/api/notifications/unread-count', sessions[0].jwt);
        const used = process.cpuUsage(cpu);
        baseline.wall.push(b.ms);
        baseline.cpu.push((used.user + used.system) / 1000);
      }
      log(
        `\ninbox over ${CAUSES} causes (${strapi.db.dialect.client}), ${RUNS} rounds of sequential requests after ${WARMUPS} warm-ups; load average ${fmt(load)} → ${fmt(require('os').loadavg()[0])} on ${require('os').cpus().length} cores:`
      );
      log(
        `  (a baseline request, GET /api/notifications/unread-count: ${fmt(median(baseline.wall))} ms, CPU ${fmt(median(baseline.cpu))} ms)`
      );
      const missed = [];
      for (const s of sessions) {
        const bySource = {};
        for (const item of s.answer.data) bySource[item.source] = (bySource[item.source] || 0) + 1;
        const total = s.answer.meta.pagination.total;
        log(
          `  ${s.label.padEnd(17)} ${String(total).padStart(5)} items: first page ${fmt(median(s.list))} ms (p90 ${fmt(p90(s.list))}), count ${fmt(median(s.counts))} ms (p90 ${fmt(p90(s.counts))}), page + count ${fmt(median(s.both))} ms (the process's CPU for both ${fmt(median(s.cpu))} ms); page 1 holds ${Object.entries(
            bySource
          )
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}`
        );
        if (!s.targetKey) continue;
        const met = median(s.both) <= TARGETS[s.targetKey];
        log(`  target: ${s.label}'s first page + count ≤ ${TARGETS[s.targetKey]} ms → ${fmt(median(s.both))} ms ${met ? 'PASS' : 'MISS'}`);
        if (!met) missed.push(`${s.label}'s page + count ${fmt(median(s.both))} ms > ${TARGETS[s.targetKey]} ms`);
      }
      if (process.env.BENCH_TODO_PROFILE) for (const s of sessions) await profile(strapi, s, get, page);
      if (process.env.BENCH_TODO_LOOP) {
        // For `node --cpu-prof`: the reporter's list and count in-process, many times.
        const service = strapi.plugin('synergy').service('todos');
        const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'todo-reporter' } });
        const scope = await strapi.plugin('synergy').service('scope').forUser(user.id);
        const inspector = require('inspector');
        const session = new inspector.Session();
        session.connect();
        const post = (method, params) =>
          new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
        if (process.env.BENCH_TODO_CPUPROFILE) {
          await post('Profiler.enable');
          await post('Profiler.start');
        }
        const t = process.hrtime.bigint();
        for (let i = 0; i < Number(process.env.BENCH_TODO_LOOP); i += 1) {
          await service.list(scope, service.parseQuery({}, { paged: true }), 'zh');
          await service.count(scope, service.parseQuery({}, { paged: false }));
        }
        log(`  loop: ${fmt(msSince(t) / Number(process.env.BENCH_TODO_LOOP))} ms per list + count`);
        if (process.env.BENCH_TODO_CPUPROFILE) {
          const { profile: cpu } = await post('Profiler.stop');
          require('fs').writeFileSync(process.env.BENCH_TODO_CPUPROFILE, JSON.stringify(cpu));
        }
      }
      return verdict(missed);
    },
    { serve: true }
  );

runBench('todos', main);
