/**
 * The intranet's reads: published news, the current catalogue with Chinese search, the guideline
 * library in force and the public figures, for anonymous pages and signed-in members alike. What
 * they read is public by its state alone (a published article, a published entry of the current
 * edition, a guideline in force), so these are internal queries with that filter as the whole
 * access rule, like the public figures. Every answer is kept ready by the plugin's public cache,
 * named by the types it is made of, so a write to any of them is seen on the next read.
 */
import type { Core } from '@strapi/strapi';
import { NotFoundError, bilingual, getService, words } from '../../../plugins/synergy/public';
import {
  ARTICLE_UID,
  BENEFIT_UID,
  BULLETIN_UID,
  DEMAND_UID,
  EDITION_UID,
  ENTRY_UID,
  GUIDELINE_UID,
  ORG_UNIT_UID,
  PROJECT_UID,
  SCHEME_UID,
} from '../../../kernel/uids';
import { prepareText, queryTerms, rankPrepared, type PreparedText, type TextFields } from '../../../kernel/text-search';
import { pageOf, type Paging } from '../rules/query';

/** The types each answer is made of: a write to one drops the answers made of it. */
export const SOURCES = {
  news: [ARTICLE_UID, 'plugin::upload.file', ORG_UNIT_UID],
  catalogue: [ENTRY_UID, EDITION_UID, ORG_UNIT_UID],
  guidelines: [GUIDELINE_UID],
  figures: [ORG_UNIT_UID, DEMAND_UID, PROJECT_UID, BENEFIT_UID],
  bulletins: [BULLETIN_UID, SCHEME_UID],
};

const BULLETIN_FIELDS = ['documentId', 'title', 'year', 'periodNumber', 'period', 'sheetVersion', 'issuedAt', 'correctionNote'];
const BULLETIN_POPULATE = {
  scheme: { select: ['code', 'name', 'subjectType', 'periodKind'] },
  corrects: { select: ['documentId', 'title'] },
};

/** A published bulletin as the intranet shows it: what it is, what it corrects, and (whole) its frozen ranking and figures. */
const bulletinView = (row: any, whole: boolean) => ({
  documentId: row.documentId,
  title: row.title,
  year: row.year,
  periodNumber: row.periodNumber ?? null,
  period: row.period ?? null,
  sheetVersion: row.sheetVersion ?? null,
  issuedAt: row.issuedAt ?? null,
  scheme: row.scheme
    ? { code: row.scheme.code, name: row.scheme.name, subjectType: row.scheme.subjectType, periodKind: row.scheme.periodKind }
    : null,
  corrects: row.corrects ? { documentId: row.corrects.documentId, title: row.corrects.title } : null,
  correctionNote: row.correctionNote ?? null,
  subjects: Array.isArray(row.ranking) ? row.ranking.length : 0,
  ...(whole ? { body: row.body ?? '', ranking: row.ranking ?? [], figures: row.figures ?? [] } : {}),
});

const NEWS_FIELDS = ['documentId', 'title', 'summary', 'kind', 'publishedDate', 'tags'];

interface CatalogueItem {
  documentId: string;
  name: string;
  description: string | null;
  entryType: string;
  subCategory: string | null;
  supplierClass: string | null;
  referencePrice: number | null;
  priceUnit: string | null;
  coverageRegions: unknown;
  supplier: { code: string; name: string } | null;
}

const CATALOGUE_TEXT: TextFields<CatalogueItem> = {
  fields: [
    ['name', 5],
    ['subCategory', 3],
    ['description', 1],
  ],
  label: (entry) => entry.name,
};

const articleView = (row: any) => ({
  documentId: row.documentId,
  title: row.title,
  summary: row.summary ?? null,
  kind: row.kind,
  publishedDate: row.publishedDate ?? null,
  tags: row.tags ?? [],
  cover: row.cover ? { url: row.cover.url, alternativeText: row.cover.alternativeText ?? null } : null,
  source: row.sourceUnit ? { code: row.sourceUnit.code, name: row.sourceUnit.name } : null,
});

const ARTICLE_POPULATE = { cover: { select: ['url', 'alternativeText'] }, sourceUnit: { select: ['code', 'name'] } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = () => getService(strapi, 'public-cache');

  /** The current catalogue: the latest published edition's published entries, each with its words. */
  const catalogueCorpus = () =>
    cache().remember('intranet:catalogue-corpus', SOURCES.catalogue, async () => {
      const edition = await strapi.db.query(EDITION_UID as any).findOne({
        where: { state: 'published' },
        orderBy: { code: 'desc' },
        select: ['id', 'code', 'title', 'validFrom', 'validTo'],
      });
      if (!edition) return { edition: null, corpus: [] as Array<{ item: CatalogueItem; text: PreparedText }> };
      const rows = await strapi.db.query(ENTRY_UID as any).findMany({
        where: { edition: { id: edition.id }, state: 'published' },
        select: [
          'documentId',
          'name',
          'description',
          'entryType',
          'subCategory',
          'supplierClass',
          'referencePrice',
          'priceUnit',
          'coverageRegions',
        ],
        populate: { ownerUnit: { select: ['code', 'name'] } },
        orderBy: [{ entryType: 'asc' }, { name: 'asc' }],
      });
      const corpus = rows.map(({ ownerUnit, referencePrice, ...row }: any) => {
        const item: CatalogueItem = {
          ...row,
          referencePrice: referencePrice === null || referencePrice === undefined ? null : Number(referencePrice),
          supplier: ownerUnit ? { code: ownerUnit.code, name: ownerUnit.name } : null,
        };
        return { item, text: prepareText(item, CATALOGUE_TEXT, words) };
      });
      return { edition: { code: edition.code, title: edition.title, validFrom: edition.validFrom, validTo: edition.validTo }, corpus };
    });

  return {
    /** Published articles, newest first, of one section or all. */
    news: (section: string | null, paging: Paging) =>
      cache().answer(`news:${section ?? '*'}:${paging.page}:${paging.pageSize}`, SOURCES.news, async () => {
        const where = { publishedAt: { $notNull: true }, ...(section ? { kind: section } : {}) };
        const [rows, total] = await Promise.all([
          strapi.db.query(ARTICLE_UID as any).findMany({
            where,
            select: NEWS_FIELDS,
            populate: ARTICLE_POPULATE,
            orderBy: [{ publishedDate: 'desc' }, { id: 'desc' }],
            offset: (paging.page - 1) * paging.pageSize,
            limit: paging.pageSize,
          }),
          strapi.db.query(ARTICLE_UID as any).count({ where }),
        ]);
        return {
          data: rows.map(articleView),
          meta: { pagination: { ...paging, pageCount: Math.ceil(total / paging.pageSize), total } },
        };
      }),

    /** One published article with its body. */
    article: (documentId: string) =>
      cache().answer(`article:${documentId}`, SOURCES.news, async () => {
        const row = await strapi.db.query(ARTICLE_UID as any).findOne({
          where: { documentId, publishedAt: { $notNull: true } },
          select: [...NEWS_FIELDS, 'body'],
          populate: ARTICLE_POPULATE,
        });
        if (!row) throw new NotFoundError(bilingual('Article not found', '资讯不存在或未发布'));
        return { data: { ...articleView(row), body: row.body ?? '' } };
      }),

    /** The current catalogue, searched by words (best first) or listed by type and name. */
    catalogue: (q: string | null, paging: Paging) =>
      cache().answer(`catalogue:${q ?? ''}:${paging.page}:${paging.pageSize}`, SOURCES.catalogue, async () => {
        const { edition, corpus } = await catalogueCorpus();
        const terms = q ? queryTerms(q, words) : [];
        const hits = q
          ? rankPrepared(corpus, terms, CATALOGUE_TEXT).map(({ item, matched }) => ({ ...item, matched }))
          : corpus.map(({ item }) => item);
        const page = pageOf(hits, paging);
        return { data: page.data, meta: { ...page.meta, edition, query: q, words: terms } };
      }),

    /** Guidelines in force: searched by words, or the newest first. */
    guidelines: (q: string | null, paging: Paging) =>
      cache().answer(`guidelines:${q ?? ''}:${paging.page}:${paging.pageSize}`, SOURCES.guidelines, async () => {
        if (q) {
          const found = await strapi.service(GUIDELINE_UID as any).search({ q, limit: 100 });
          const page = pageOf(found.data, paging);
          return { data: page.data, meta: { ...page.meta, query: q, words: found.meta.words } };
        }
        const rows = await strapi.db.query(GUIDELINE_UID as any).findMany({
          where: { state: 'published' },
          select: ['documentId', 'title', 'documentNumber', 'category', 'version', 'summary', 'effectiveFrom', 'issuedAt', 'mustRead'],
          orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
        });
        return pageOf(rows, paging);
      }),

    /** Published assessment bulletins (考核通报), newest first, each without its ranking. */
    bulletins: (paging: Paging) =>
      cache().answer(`bulletins:${paging.page}:${paging.pageSize}`, SOURCES.bulletins, async () => {
        const where = { state: 'published' };
        const [rows, total] = await Promise.all([
          strapi.db.query(BULLETIN_UID as any).findMany({
            where,
            select: [...BULLETIN_FIELDS, 'ranking'],
            populate: BULLETIN_POPULATE,
            orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
            offset: (paging.page - 1) * paging.pageSize,
            limit: paging.pageSize,
          }),
          strapi.db.query(BULLETIN_UID as any).count({ where }),
        ]);
        return {
          data: rows.map((row: any) => bulletinView(row, false)),
          meta: { pagination: { ...paging, pageCount: Math.ceil(total / paging.pageSize), total } },
        };
      }),

    /** One published bulletin with its text, its frozen ranking and quarterly figures; 404 for a draft or an unknown one. */
    bulletin: (documentId: string) =>
      cache().answer(`bulletin:${documentId}`, SOURCES.bulletins, async () => {
        const row = await strapi.db.query(BULLETIN_UID as any).findOne({
          where: { documentId, state: 'published' },
          select: [...BULLETIN_FIELDS, 'body', 'ranking', 'figures'],
          populate: BULLETIN_POPULATE,
        });
        if (!row) throw new NotFoundError(bilingual('Bulletin not found', '考核通报不存在或未发布'));
        return { data: bulletinView(row, true) };
      }),

    /** The public figures of a year (demands, projects and benefit by segment). */
    figures: (year: number) =>
      cache().answer(`figures:${year}`, SOURCES.figures, async () => ({
        data: await strapi.service('api::public-aggregate.public-aggregate' as any).figures(year),
      })),
  };
};
