/**
 * What a report's sections are made from, for one unit and period, with the generating caller's
 * scope: the cockpit's answer (demands by stage, benefit, tasks and landing rate, indicator
 * achievement — the same service that feeds GET /api/cockpit and the cockpit page, which also
 * refuses a unit outside the caller's subtree), the unit's synergy projects (the same owned-rows
 * helpers and read filter the cockpit's figures use), and the latest published assessment bulletin.
 */
import type { Core } from '@strapi/strapi';
import type { Scope } from '../../../plugins/synergy/public';
import { BULLETIN_UID, PROJECT_UID } from '../../../kernel/uids';
import { ownedRows, readableBy } from '../../../kernel/owned-records';
import { loadTree } from '../../indicator/queries/values';
import type { Period } from '../../indicator/rules/periods';
import type { Gathered } from '../rules/snapshot';

/** Synergy projects created in the year, owned in the subtree of `path`, readable by the scope: count and contract amount by state. */
export const projectFiguresOfYear = async (
  strapi: Core.Strapi,
  scope: Scope,
  year: number,
  path: string
): Promise<Gathered['projects']> => {
  const knex = strapi.db.connection;
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const rows = await readableBy(strapi, ownedRows(strapi, PROJECT_UID, 'p', path), PROJECT_UID, 'p', scope)
    .whereIn(
      'p.id',
      (strapi.db as any)
        .queryBuilder(PROJECT_UID)
        .select('id')
        .where({ createdAt: { $gte: from, $lt: to } })
        .getKnexQuery()
    )
    .groupBy('p.state')
    .select('p.state as state', knex.raw('COUNT(*) as count'), knex.raw('COALESCE(SUM(p.contract_amount), 0) as amount'));
  const states: string[] = strapi.plugin('synergy').service('workflow').get(PROJECT_UID).states;
  const byState = Object.fromEntries(states.map((s) => [s, { count: 0, amount: 0 }]));
  for (const row of rows) {
    if (!(row.state in byState)) continue;
    byState[row.state] = { count: Number(row.count), amount: Math.round(Number(row.amount) * 100) / 100 };
  }
  const values = Object.values(byState);
  return {
    byState,
    total: values.reduce((n, p) => n + p.count, 0),
    amount: Math.round(values.reduce((n, p) => n + p.amount * 100, 0)) / 100,
  };
};

/** The latest published bulletin (of the scheme with this code, when given). */
export const latestBulletin = async (strapi: Core.Strapi, schemeCode?: string): Promise<Gathered['bulletin']> => {
  const [bulletin] = await strapi.db.query(BULLETIN_UID).findMany({
    where: { state: 'published', ...(schemeCode ? { scheme: { code: schemeCode } } : {}) },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    limit: 1,
    populate: { scheme: { select: ['code'] } },
  });
  if (!bulletin) return null;
  return {
    documentId: bulletin.documentId,
    title: bulletin.title,
    period: bulletin.period ?? null,
    scheme: bulletin.scheme?.code ?? null,
    issuedAt: bulletin.issuedAt ? new Date(bulletin.issuedAt).toISOString() : null,
    ranking: Array.isArray(bulletin.ranking) ? bulletin.ranking : [],
  };
};

export const gather = async (
  strapi: Core.Strapi,
  scope: Scope,
  query: { unit?: string; year: number; period: Period },
  schemeCode?: string
): Promise<Gathered> => {
  const cockpit = (await strapi.service('api::cockpit.cockpit').cockpit(scope, query)).data;
  const tree = await loadTree(strapi);
  const node = tree.find((u) => u.documentId === cockpit.unit.documentId)!;
  const subtree = tree.filter((u) => u.path.startsWith(node.path));
  const [projects, bulletin] = await Promise.all([
    projectFiguresOfYear(strapi, scope, query.year, node.path),
    latestBulletin(strapi, schemeCode),
  ]);
  return {
    cockpit,
    projects,
    bulletin,
    subtreeCodes: new Set(subtree.map((u) => u.code)),
    isRoot: node.parentId === null,
  };
};
