#!/usr/bin/env node
/**
 * Matching engine speed (issue 4): 50,000 catalogue entries and 10,000 resources generated from
 * a domain vocabulary (seeded, so every run sees the same data), then
 *   - index build time and the heap the index holds,
 *   - top-10 for one demand: p50 / p99 over 1,000 demands after 200 warm-up demands,
 *   - bulk: 5,000 open demands ranked one after another,
 *   - a naive baseline in the same run: SQL LIKE over titles and descriptions on an in-memory
 *     SQLite copy of the same rows — each word of the demand's title and description as a
 *     '%word%' pattern, rows ordered by how many patterns they contain, top 10 (substring search,
 *     no segmentation, weighting or near-terms); printed as its p50 and the ratio to the engine's.
 * The engine is the compiled plugin code (npm run build:plugin). No Strapi boot: the index is
 * in-process memory, the database only feeds it (the API tests cover that part).
 *
 * Targets: p50 ≤ 20 ms, p99 ≤ 100 ms, build ≤ 10 s, index ≤ 200 MB, bulk ≤ 60 s.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
const path = require('path');
const v8 = require('v8');
const vm = require('vm');

const appDir = path.resolve(__dirname, '..');
const built = path.join(appDir, 'src/plugins/synergy/dist/server/src');
const { MatchingEngine } = require(path.join(built, 'services/matching/engine.js'));
const { words } = require(path.join(built, 'services/matching/tokenizer.js'));
const config = require(path.join(built, 'config.js')).default.default.matching;

const ENTRIES = Number(process.env.BENCH_ENTRIES || 50000);
const RESOURCES = Number(process.env.BENCH_RESOURCES || 10000);
const BULK = Number(process.env.BENCH_BULK || 5000);
const TARGETS = { p50: 20, p99: 100, buildS: 10, heapMb: 200, bulkS: 60 };

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** A small seeded generator (mulberry32): the same data on every run. */
let seed = 20260401;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const OBJECTS = ['笔记本电脑', '服务器', '变压器', '开关柜', '电力电缆', '光伏组件', '风力发电机组', '锅炉', '汽轮机', '水泵', '阀门', '电动机',
  '挖掘机', '装载机', '起重机', '叉车', '冷库', '仓库', '厂房', '办公楼', '食堂', '电梯', '中央空调', '消防设施', '网络交换机', '数据中心',
  '财务系统', '办公软件', '储能电站', '充电桩', '输变电线路', '变电站', '污水处理站', '脱硫装置', '压力容器', '计量器具', '钢材', '商品混凝土',
  '动力煤', '柴油', '天然气', '润滑油', '安全帽', '防护服', '办公文具', '打印机', '投影仪', '视频监控', '门禁系统', '无人机'];
const ACTIONS = ['维修', '检修', '维护保养', '供货', '采购', '租赁', '出租', '检测', '检验', '施工', '设计', '运维', '安装', '改造', '培训',
  '咨询', '运输', '配送', '仓储', '外包'];
const QUALIFIERS = ['年度', '长期', '应急', '集中', '批量', '上门', '驻场', '定期', '专项', '整体'];
const REGIONS = ['北京', '上海', '湖北', '湖南', '广东', '四川', '重庆', '山西', '内蒙古', '新疆', '江苏', '河南', '全国'];
const TYPES = ['product', 'engineering', 'service', 'resource'];
const CLASSES = ['must', 'priority', 'encouraged'];
const RESOURCE_TYPES = ['idle-asset', 'capacity', 'customer-channel', 'finance', 'technology', 'people'];

const phrase = () => `${pick(QUALIFIERS)}${pick(OBJECTS)}${pick(ACTIONS)}`;
const unit = () => {
  const id = 1 + Math.floor(random() * 400);
  return { id, code: `CO-${id}`, name: `成员单位${id}` };
};

const offers = [];
for (let i = 0; i < ENTRIES; i += 1) {
  offers.push({ kind: 'catalogue-entry', documentId: `e${i}`, title: phrase(), description: `${phrase()}，${phrase()}，提供${pick(OBJECTS)}${pick(ACTIONS)}服务`,
    category: pick(TYPES), subCategory: pick(ACTIONS), regions: [pick(REGIONS), pick(REGIONS)], supplierClass: pick(CLASSES), supplierUnit: unit(),
    rating: random() < 0.5 ? 1 + random() * 4 : null });
}
for (let i = 0; i < RESOURCES; i += 1) {
  offers.push({ kind: 'synergy-resource', documentId: `r${i}`, title: `闲置${pick(OBJECTS)}${pick(['出租', '调剂', '共享'])}`, description: `${phrase()}，可${pick(ACTIONS)}`,
    category: 'resource', subCategory: pick(RESOURCE_TYPES), regions: [pick(REGIONS)], supplierClass: null, supplierUnit: unit(), rating: null });
}
const demands = Array.from({ length: 1200 + BULK }, () => ({
  title: `${pick(OBJECTS)}${pick(ACTIONS)}`, description: `${pick(QUALIFIERS)}需要${pick(OBJECTS)}${pick(ACTIONS)}`, category: pick(TYPES),
  subCategory: null, region: pick(REGIONS), ownerUnitId: unit().id,
}));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const time = (fn) => {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const fmt = (n, digits = 1) => n.toFixed(digits);

gc();
const heapBefore = process.memoryUsage().heapUsed;
const engine = new MatchingEngine(config);
const buildMs = time(() => offers.forEach((offer) => engine.add(offer)));
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
console.log(`index: ${engine.size} offers built in ${fmt(buildMs / 1000, 2)} s, heap ${fmt(heapMb)} MB (offers included)`);

demands.slice(0, 200).forEach((demand) => engine.rank(demand, 10));
const latencies = demands.slice(200, 1200).map((demand) => time(() => engine.rank(demand, 10))).sort((a, b) => a - b);
const p50 = percentile(latencies, 50);
const p99 = percentile(latencies, 99);
console.log(`top-10 for one demand (1,000 after 200 warm-up): p50 ${fmt(p50, 2)} ms, p99 ${fmt(p99, 2)} ms`);

const bulkMs = time(() => demands.slice(1200).forEach((demand) => engine.rank(demand, 10)));
console.log(`bulk: ${BULK} demands in ${fmt(bulkMs / 1000, 2)} s`);

const Database = require('better-sqlite3');
const db = new Database(':memory:');
db.exec('CREATE TABLE offers (id INTEGER PRIMARY KEY, title TEXT, description TEXT)');
const insert = db.prepare('INSERT INTO offers (title, description) VALUES (?, ?)');
db.transaction(() => offers.forEach((offer) => insert.run(offer.title, offer.description)))();
const likeQuery = (demand) => {
  const terms = [...new Set(words(`${demand.title} ${demand.description}`))];
  if (terms.length === 0) return [];
  const hits = terms.map(() => '((title LIKE ?) OR (description LIKE ?))').join(' + ');
  const sql = `SELECT id, title, ${hits} AS hits FROM offers WHERE hits > 0 ORDER BY hits DESC LIMIT 10`;
  return db.prepare(sql).all(...terms.flatMap((t) => [`%${t}%`, `%${t}%`]));
};
demands.slice(0, 20).forEach(likeQuery);
const likeLatencies = demands.slice(200, 400).map((demand) => time(() => likeQuery(demand))).sort((a, b) => a - b);
const likeP50 = percentile(likeLatencies, 50);
console.log(`naive SQL LIKE (SQLite in memory, 200 demands): p50 ${fmt(likeP50, 2)} ms; LIKE / engine p50 = ${fmt(likeP50 / p50, 2)}`);

const missed = [
  p50 > TARGETS.p50 && `p50 ${fmt(p50, 2)} ms > ${TARGETS.p50} ms`,
  p99 > TARGETS.p99 && `p99 ${fmt(p99, 2)} ms > ${TARGETS.p99} ms`,
  buildMs / 1000 > TARGETS.buildS && `build ${fmt(buildMs / 1000, 2)} s > ${TARGETS.buildS} s`,
  heapMb > TARGETS.heapMb && `heap ${fmt(heapMb)} MB > ${TARGETS.heapMb} MB`,
  bulkMs / 1000 > TARGETS.bulkS && `bulk ${fmt(bulkMs / 1000, 2)} s > ${TARGETS.bulkS} s`,
].filter(Boolean);
console.log(missed.length ? `targets missed: ${missed.join('; ')}` : 'all targets met');
process.exit(missed.length ? 2 : 0);
