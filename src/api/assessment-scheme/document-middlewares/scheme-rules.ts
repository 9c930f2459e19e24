/**
 * Document Service middleware of assessment schemes, for every door: the rules must be sound
 * (the scoring service's validation: kinds, sources and conditions by name, weights of target and
 * manual items adding up to 100 …: 400); a scheme code is created once and changed by revising
 * (409); a scheme that sheets have used is frozen — no update, no delete (409). Version, frozen
 * state and previous version are the server's (the revise route sets them as internal code).
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, getService, problemAt, type Problem } from '../../../plugins/synergy/public';
import { SCHEME_UID, USER_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { refuseProblems } from '../../../kernel/writes';
import { itemRulesOf, schemeRulesOf } from '../rules/scheme';

const WRITES = new Set(['create', 'update', 'delete', 'clone']);
const SERVER_KEPT = ['version', 'frozen', 'frozenAt', 'previousVersion'];

export const frozenConflict = (scheme: { name?: string; version?: number }) =>
  new ConflictError(
    {
      en: `The scheme "${scheme.name}" (version ${scheme.version}) is in use and frozen: revise it to make a new version`,
      zh: `考核方案「${scheme.name}」第${scheme.version}版已被考核表使用，已冻结；如需修改请修订为新版本`,
    },
    { code: 'scheme-frozen' }
  );

const schemeRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const load = (documentId: string) => strapi.db.query(SCHEME_UID).findOne({ where: { documentId }, populate: { items: true } });

  /** The intranet users a list of ids names that do not exist (assessors, people assessed). */
  const unknownUsers = async (ids: unknown[]): Promise<unknown[]> => {
    const wanted = ids.filter((id) => Number.isInteger(id) && (id as number) > 0 && (id as number) <= 2147483647) as number[];
    const found = wanted.length ? await strapi.db.query(USER_UID).findMany({ where: { id: { $in: wanted } }, select: ['id'] }) : [];
    const known = new Set(found.map((u: any) => u.id));
    return ids.filter((id) => !known.has(id as number));
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== SCHEME_UID || !WRITES.has(context.action)) return next();
    const scope = await currentScope(strapi);
    const params = (context.params = { ...(context.params ?? {}) });
    const data: Record<string, any> = { ...(params.data ?? {}) };
    if (scope.door !== 'internal') for (const field of SERVER_KEPT) delete data[field];

    const stored = context.action === 'create' ? null : params.documentId ? await load(params.documentId) : null;
    if (stored?.frozen) throw frozenConflict(stored);
    if (context.action === 'delete') return next();

    if (context.action === 'create' && scope.door !== 'internal' && typeof data.code === 'string') {
      const existing = await strapi.db.query(SCHEME_UID).findOne({ where: { code: data.code }, select: ['id'] });
      if (existing) {
        throw new ConflictError(
          {
            en: `A scheme with the code ${data.code} exists: revise it to make a new version`,
            zh: `编码为 ${data.code} 的考核方案已存在；如需新版本请修订该方案`,
          },
          { code: 'scheme-code-taken' }
        );
      }
    }

    const items = (data.items === undefined ? (stored?.items ?? []) : Array.isArray(data.items) ? data.items : []).map((i: any) =>
      itemRulesOf(i ?? {})
    );
    const merged = { ...(stored ?? {}), ...data };
    const problems: Problem[] = getService(strapi, 'scoring').schemeProblems({ ...schemeRulesOf(merged), items });
    for (const [index, item] of items.entries()) {
      if (!Array.isArray(item.assessorIds) || item.assessorIds.length === 0) continue;
      const unknown = await unknownUsers(item.assessorIds);
      if (unknown.length) {
        problems.push(
          problemAt(
            ['items', String(index), 'assessorIds'],
            `No intranet user with the id ${unknown.join(', ')}`,
            `评分人不存在：${unknown.join('、')}`
          )
        );
      }
    }
    if (merged.subjectPersonIds !== undefined && merged.subjectPersonIds !== null) {
      const ids = merged.subjectPersonIds;
      const unknown = Array.isArray(ids) ? await unknownUsers(ids) : [ids];
      if (unknown.length) {
        problems.push(
          problemAt(
            'subjectPersonIds',
            `People assessed are a list of intranet user ids; unknown: ${JSON.stringify(unknown)}`,
            `考核个人须为内网用户ID列表；不存在：${JSON.stringify(unknown)}`
          )
        );
      }
    }
    refuseProblems(problems);
    params.data = data;
    return next();
  };
};

export default schemeRules;
