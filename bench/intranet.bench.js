#!/usr/bin/env node
/**
 * The intranet's public reads against Strapi's stock REST find on the same data, in one run:
 * on the demo group plus BENCH_INTRANET_ARTICLES (300) more published articles, anonymous GETs
 * of the same page through both — news (20 newest articles), the catalogue searched in Chinese,
 * the public figures of the year (against the uncached /api/public-aggregates), the published
 * assessment bulletins (the demo quarter's), the guidelines in force — each measured with
 * autocannon in its own process (10 connections, 1 s warm-up, 5 s measured). Checks first that both answer 200 with the same records. Target:
 * every intranet read serves ≥ 5× the requests per second of its stock find.
 * Exit codes: 0 pass, 2 target missed, 1 error.
 */
process.chdir(require('path').resolve(__dirname, '..'));
const { withStrapi, drain } = require('./lib/strapi');
const { measure } = require('./lib/load');
const { fmt, verdict, runBench } = require('./lib/report');

const ARTICLES = Number(process.env.BENCH_INTRANET_ARTICLES || 300);
const TARGET_RATIO = 5;
const ARTICLE = 'api::article.article';
const YEAR = new Date().getFullYear();

const log = (...args) => console.log(...args);

const get = async (baseUrl, path) => {
  const res = await fetch(baseUrl + path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

const main = () =>
  withStrapi(
    'intranet',
    async ({ strapi, baseUrl }) => {
      const t0 = Date.now();
      for (let i = 0; i < ARTICLES; i += 1) {
        const day = String(1 + (i % 28)).padStart(2, '0');
        const article = await strapi.documents(ARTICLE).create({
          data: {
            title: `协同动态第${i + 1}期：板块间资源共享与对接进展`,
            summary: '各板块通报本期协同需求发布、资源对接和项目落地情况。',
            body: '## 本期要点\n\n'.padEnd(3000, '协同需求对接、资源共享、项目落地与效益确认。'),
            kind: i % 3 === 0 ? 'best-practice' : 'news',
            publishedDate: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${day}`,
            tags: ['协同', '动态'],
          },
        });
        await strapi.documents(ARTICLE).publish({ documentId: article.documentId });
      }
      const articles = await strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } });
      const entry = await strapi.db.query('api::catalogue-entry.catalogue-entry').findOne({ where: { state: 'published' } });
      const word = entry.name.slice(0, 2);
      log(
        `data: demo group + ${ARTICLES} articles (${articles} published in all) in ${fmt((Date.now() - t0) / 1000)} s (${strapi.db.dialect.client})`
      );

      const q = encodeURIComponent(word);
      const pairs = [
        {
          name: 'news, 20 newest',
          stock:
            '/api/articles?sort[0]=publishedDate:desc&sort[1]=id:desc&pagination[pageSize]=20&fields[0]=title&fields[1]=summary&fields[2]=kind&fields[3]=publishedDate&fields[4]=tags&populate[cover][fields][0]=url',
          intranet: '/api/intranet/news?pageSize=20',
          same: (s, i) => s.data.map((a) => a.documentId).join() === i.data.map((a) => a.documentId).join(),
        },
        {
          name: `catalogue search "${word}"`,
          stock: `/api/catalogue-entries?filters[state]=published&filters[name][$contains]=${q}&populate[ownerUnit][fields][0]=name&pagination[pageSize]=20`,
          intranet: `/api/intranet/catalogue?q=${q}&pageSize=20`,
          same: (s, i) => s.data.length > 0 && i.data.length > 0,
        },
        {
          // The same service answers both; the stock route computes it on every request, as a custom route does.
          name: `public figures of ${YEAR}`,
          stock: `/api/public-aggregates?year=${YEAR}`,
          intranet: `/api/intranet/figures?year=${YEAR}`,
          same: (s, i) => JSON.stringify(s.data) === JSON.stringify(i.data),
        },
        {
          name: 'published assessment bulletins',
          stock: '/api/assessment-bulletins?filters[state]=published&sort[0]=issuedAt:desc&pagination[pageSize]=20',
          intranet: '/api/intranet/bulletins?pageSize=20',
          same: (s, i) =>
            s.data.length > 0 &&
            s.data
              .map((b) => b.documentId)
              .sort()
              .join() ===
              i.data
                .map((b) => b.documentId)
                .sort()
                .join(),
        },
        {
          name: 'guidelines in force',
          stock: '/api/guidelines?filters[state]=published&sort[0]=issuedAt:desc&pagination[pageSize]=20',
          intranet: '/api/intranet/guidelines?pageSize=20',
          same: (s, i) => s.data.map((g) => g.documentId).join() === i.data.map((g) => g.documentId).join(),
        },
      ];
      const missed = [];
      for (const pair of pairs) {
        const [stockBody, intranetBody] = [await get(baseUrl, pair.stock), await get(baseUrl, pair.intranet)];
        if (!pair.same(stockBody, intranetBody)) throw new Error(`${pair.name}: the two reads do not answer the same records`);
        const opts = { connections: 10, duration: 5, warmup: 1 };
        const stock = await measure({ ...opts, url: baseUrl + pair.stock });
        await drain(strapi);
        const intranet = await measure({ ...opts, url: baseUrl + pair.intranet });
        await drain(strapi);
        const ratio = intranet.rps / stock.rps;
        log(
          `${pair.name}: stock find ${fmt(stock.rps, 0)} req/s (p50 ${stock.p50} ms, p99 ${stock.p99} ms); intranet ${fmt(intranet.rps, 0)} req/s (p50 ${intranet.p50} ms, p99 ${intranet.p99} ms); ratio ${fmt(ratio, 1)}×`
        );
        if (stock.non2xx || intranet.non2xx || stock.errors || intranet.errors)
          throw new Error(`${pair.name}: errors or non-2xx answers during the run`);
        if (!(ratio >= TARGET_RATIO)) missed.push(`${pair.name} ${fmt(ratio, 1)}× < ${TARGET_RATIO}×`);
      }
      const stats = strapi.plugin('synergy').service('public-cache').stats();
      log(`public cache: ${stats.hits} hits, ${stats.misses} misses, ${stats.entries} answers kept`);
      return verdict(missed);
    },
    { seedDemo: true, serve: true }
  );

runBench('intranet', main);
