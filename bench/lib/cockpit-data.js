/**
 * The cockpit bench's group, written below the Document Service (bulk-insert.js) on a fresh
 * database that holds the seeded indicator library: monthly values of the 10 base items behind
 * 一利五率 for every company over three years, the opening balances before them, plan targets of
 * the year for every unit, and the synergy records the cockpit counts (demands, supervised tasks,
 * confirmed benefit with its shares). Seeded, so every run sees the same rows.
 */
const { insertRows, monthlyValueRow } = require('./bulk-insert');
const { bulkInsertDemands } = require('./group');
const { taskRow } = require('./tasks');
const { lcg } = require('./random');

const INDICATOR = 'api::indicator.indicator';
const VALUE = 'api::indicator-value.indicator-value';
const PLAN_TARGET = 'api::plan-target.plan-target';
const TASK = 'api::task.task';
const BENEFIT = 'api::benefit-record.benefit-record';
const SHARE = 'synergy.benefit-share';
const YEARS = [2024, 2025, 2026];
const NOW = new Date('2026-12-07T02:00:00Z');
const DEMAND_STATES = ['draft', 'submitted', 'published', 'rejected', 'docking', 'agreed', 'landed', 'closed', 'withdrawn'];

/** A company's monthly value of each base item (balances for period-end items), so the ratios come out believable. */
const MONTHLY = {
  TOTAL_PROFIT: 500,
  NET_PROFIT: 400,
  NET_ASSETS: 50000,
  OPERATING_CASH_FLOW: 900,
  REVENUE: 8000,
  TOTAL_LIABILITIES: 70000,
  TOTAL_ASSETS: 120000,
  RD_EXPENSE: 200,
  LABOUR_OUTPUT: 2000,
  HEADCOUNT: 800,
};

/** A company's yearly figure of each 一利五率 indicator with the values above (a node's plan target scales the sum by its companies). */
const YEARLY = {
  TOTAL_PROFIT: { value: 6000, summed: true },
  DEBT_RATIO: { value: 58 },
  ROE: { value: 9.6 },
  OCF_RATIO: { value: 11 },
  RD_INTENSITY: { value: 2.5 },
  LABOUR_PRODUCTIVITY: { value: 30 },
};

const stamp = { createdAt: NOW, updatedAt: NOW };

/** Values of every base item for every company, 36 months, plus December 2023's balances (the opening of 2024). */
const insertValues = async (strapi, companies, random) => {
  const items = await strapi.db.query(INDICATOR).findMany({ where: { kind: 'base-item' }, select: ['id', 'code', 'aggregation'] });
  const missing = Object.keys(MONTHLY).filter((code) => !items.some((i) => i.code === code));
  if (missing.length) throw new Error(`the seeded library lacks ${missing.join(', ')}`);
  const rows = [];
  const row = (unit, item, year, month) =>
    monthlyValueRow(unit, item, year, month, Math.round(MONTHLY[item.code] * (0.8 + 0.4 * random()) * 100) / 100, NOW);
  for (const unit of companies) {
    for (const item of items.filter((i) => i.code in MONTHLY)) {
      if (item.aggregation === 'period-end') rows.push(row(unit, item, YEARS[0] - 1, 12));
      for (const year of YEARS) for (let month = 1; month <= 12; month += 1) rows.push(row(unit, item, year, month));
    }
  }
  await insertRows(strapi, VALUE, rows, { prefix: 'bval', chunkSize: 500 });
  return rows.length;
};

/** Plan targets of `year` for every unit and 一利五率 indicator (the sum scaled by the node's companies). */
const insertTargets = async (strapi, units, companiesUnder, year, random) => {
  const indicators = await strapi.db.query(INDICATOR).findMany({ where: { code: { $in: Object.keys(YEARLY) } }, select: ['id', 'code'] });
  const rows = [];
  for (const unit of units) {
    for (const indicator of indicators) {
      const { value, summed } = YEARLY[indicator.code];
      const target = Math.round(value * (summed ? companiesUnder(unit) : 1) * (0.9 + 0.2 * random()) * 100) / 100;
      rows.push({
        fields: { year, target, proposed: target, ...stamp },
        links: { unit: unit.id, indicator: indicator.id, ownerUnit: unit.id },
      });
    }
  }
  await insertRows(strapi, PLAN_TARGET, rows, { prefix: 'bplt' });
  return rows.length;
};

/** `count` demands over the companies in every state, created through `year` (one month each). */
const insertDemands = async (strapi, companies, count, year) => {
  const { table } = await bulkInsertDemands(
    strapi,
    Array.from({ length: count }, (_, i) => ({
      state: DEMAND_STATES[i % DEMAND_STATES.length],
      unitId: companies[(i * 7) % companies.length].id,
    }))
  );
  // bulkInsertDemands dates them just before now; the cockpit counts demands created in the year asked.
  const knex = strapi.db.connection;
  for (let month = 0; month < 12; month += 1) {
    await knex(table)
      .whereRaw('id % 12 = ?', [month])
      .update({ created_at: new Date(Date.UTC(year, month, 15, 2)) });
  }
  return count;
};

/** `count` supervised tasks due through `year` over the companies, open ones with a light. */
const insertTasks = async (strapi, companies, parentOf, count, year, random) => {
  const calendar = strapi.plugin('synergy').service('calendar').calendar();
  const pad = (n) => String(n).padStart(2, '0');
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const state = r < 0.45 ? 'accepted' : r < 0.5 ? 'cancelled' : r < 0.55 ? 'submitted' : r < 0.8 ? 'in_progress' : 'assigned';
    const owner = companies[(i * 11) % companies.length];
    const month = 1 + Math.floor(random() * 12);
    const dueDate = `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`;
    const open = state === 'assigned' || state === 'in_progress';
    rows.push(
      taskRow(
        calendar,
        { ...owner, parentId: parentOf(owner) },
        {
          title: `督办任务 ${i}`,
          category: ['协同', '经营', '安全', '改革'][i % 4],
          assignedOn: `${year}-01-05`,
          dueDate,
          progress: open ? Math.floor(random() * 100) : 100,
          state,
          light: open ? ['green', 'yellow', 'red'][Math.floor(random() * 3)] : null,
          submittedOn: state === 'accepted' || state === 'submitted' ? (random() < 0.85 ? dueDate : `${year}-12-31`) : null,
          reminderCount: 0,
        }
      )
    );
  }
  await insertRows(strapi, TASK, rows, { prefix: 'btsk', chunkSize: 400 });
  return count;
};

/**
 * `count` confirmed benefit records of the year's quarters, half-years and the year, each with two
 * shares (60 % to the owner, 40 % to another company): the records, the share components, their
 * units and the records' component links, from the metadata.
 */
const insertBenefits = async (strapi, companies, count, year, random) => {
  const periods = [`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, `${year}-H1`, `${year}`];
  const rows = Array.from({ length: count }, (_, i) => ({
    fields: {
      period: periods[i % periods.length],
      amount: Math.round(10000 + random() * 990000),
      kind: ['revenue', 'cost-saving', 'profit'][i % 3],
      state: 'confirmed',
      ...stamp,
    },
    links: { ownerUnit: companies[(i * 13) % companies.length].id },
  }));
  const { table } = await insertRows(strapi, BENEFIT, rows, { prefix: 'bben' });
  const knex = strapi.db.connection;
  const records = await knex(table).select('id').where('document_id', 'like', 'bben%').orderBy('id');
  const parts = strapi.db.metadata.get(BENEFIT).attributes.shares.joinTable;
  const share = strapi.db.metadata.get(SHARE);
  const unitLink = share.attributes.unit.joinTable;
  await knex.transaction(async (trx) => {
    const shares = records.flatMap((record, i) => [
      { record, unit: companies[(i * 13) % companies.length], percent: 60, order: 1 },
      { record, unit: companies[(i * 13 + 17) % companies.length], percent: 40, order: 2 },
    ]);
    const percentColumn = share.attributes.percent.columnName;
    const ids = [];
    for (let i = 0; i < shares.length; i += 500) {
      const inserted = await trx(share.tableName)
        .insert(shares.slice(i, i + 500).map((s) => ({ [percentColumn]: s.percent })))
        .returning('id');
      ids.push(...inserted.map((r) => (typeof r === 'object' ? r.id : r)));
    }
    if (ids.length !== shares.length) throw new Error(`inserted ${ids.length} benefit shares, expected ${shares.length}`);
    const on = parts.on ?? {};
    // The pivot column that is neither link nor field holds the component's uid (component_type).
    const typeColumn = parts.pivotColumns.find((c) => c !== parts.joinColumn.name && c !== parts.inverseJoinColumn.name && !(c in on));
    const orderColumn = parts.orderColumnName;
    await trx.batchInsert(
      parts.name,
      shares.map((s, i) => ({
        [parts.joinColumn.name]: s.record.id,
        [parts.inverseJoinColumn.name]: ids[i],
        [typeColumn]: SHARE,
        ...on,
        [orderColumn]: s.order,
      })),
      500
    );
    await trx.batchInsert(
      unitLink.name,
      shares.map((s, i) => ({ [unitLink.joinColumn.name]: ids[i], [unitLink.inverseJoinColumn.name]: s.unit.id })),
      500
    );
  });
  return count;
};

/** The tree's parent links and how many companies each node holds, from the spec's codes (CO-s-c under SEG-s under GROUP). */
const shape = (tree) => {
  const segmentOf = (code) => `SEG-${code.split('-')[1]}`;
  const companyCodes = Object.keys(tree).filter((code) => tree[code].level === 'company');
  const codeOf = new Map(Object.entries(tree).map(([code, u]) => [u.id, code]));
  return {
    parentOf: (unit) => tree[segmentOf(codeOf.get(unit.id))].id,
    companiesUnder: (unit) => {
      const code = codeOf.get(unit.id);
      if (unit.level === 'group') return companyCodes.length;
      if (unit.level === 'segment') return companyCodes.filter((c) => segmentOf(c) === code).length;
      return 1;
    },
  };
};

/** Everything above; returns what was written, for the bench to print. */
const seedCockpitGroup = async (strapi, { tree, year, demands, tasks, benefits }) => {
  const random = lcg(20261217);
  const units = Object.values(tree);
  const companies = units.filter((u) => u.level === 'company');
  const { parentOf, companiesUnder } = shape(tree);
  const written = {
    values: await insertValues(strapi, companies, random),
    targets: await insertTargets(strapi, units, companiesUnder, year, random),
    demands: await insertDemands(strapi, companies, demands, year),
    tasks: await insertTasks(strapi, companies, parentOf, tasks, year, random),
    benefits: await insertBenefits(strapi, companies, benefits, year, random),
  };
  // Fresh planner statistics, as a database that has lived with these rows would have.
  await strapi.db.connection.raw('ANALYZE');
  return { ...written, units: units.length, companies: companies.length };
};

module.exports = { seedCockpitGroup };
