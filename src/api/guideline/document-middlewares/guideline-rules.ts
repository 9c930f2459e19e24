/**
 * Document Service middleware of guidelines, for every door: only HQ writes the library, the
 * group owns every guideline (the issuing unit is its own field), the effective dates run
 * forwards, a must-read guideline for chosen units names them, a new version replaces a
 * published guideline and takes the next version number, and only a draft changes or goes away —
 * a published rule changes by a new version, or is repealed.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRelationChange, type Problem } from '../../../plugins/synergy/public';
import { GUIDELINE_UID, ORG_UNIT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { singleRef, whereRef } from '../../../kernel/relations';
import { refuseProblems } from '../../../kernel/writes';
import { effectiveDateProblems, mustReadProblems, previousVersionProblems } from '../rules/guideline';

const WRITES = new Set(['create', 'update', 'delete', 'clone']);

/** How many units a to-many relation holds after a write, from what it held before. */
const countAfter = (value: unknown, before: number): number => {
  if (value === undefined) return before;
  const change = readRelationChange(value);
  if (value === null || (typeof value === 'object' && !Array.isArray(value) && 'set' in (value as object)) || Array.isArray(value)) {
    return change.linked.length;
  }
  const disconnect = (value as any)?.disconnect;
  return Math.max(0, before + change.linked.length - (Array.isArray(disconnect) ? disconnect.length : 0));
};

const guidelineRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const groupUnitId = async (): Promise<number> => {
    const root = await strapi.db.query(ORG_UNIT_UID).findOne({ where: { level: 'group' }, select: ['id'] });
    if (!root) throw new errors.ApplicationError('The group unit does not exist yet (集团单位尚未建立)');
    return root.id;
  };

  /** The guideline a new version names, or undefined when the write does not name one. */
  const previousOf = async (value: unknown) => {
    const ref = singleRef(value);
    if (!ref) return undefined;
    return (
      (await strapi.db.query(GUIDELINE_UID).findOne({
        where: whereRef(ref),
        select: ['id', 'documentId', 'state', 'version'],
      })) ?? null
    );
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== GUIDELINE_UID || !WRITES.has(context.action)) return next();
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal' && scope.role !== 'hq') {
      throw new errors.PolicyError('Only HQ manages the guideline library (仅集团总部可管理工作指引库)');
    }
    const params = (context.params = { ...(context.params ?? {}) });
    const data = { ...(params.data ?? {}) };

    if (context.action === 'create') {
      const previous = await previousOf(data.previousVersion);
      const problems: Problem[] = [
        ...effectiveDateProblems(data.effectiveFrom, data.effectiveUntil),
        ...mustReadProblems(data, countAfter(data.mustReadUnits, 0)),
        ...previousVersionProblems(previous),
      ];
      refuseProblems(problems);
      const group = await groupUnitId();
      params.data = {
        ...data,
        version: previous ? (previous.version ?? 1) + 1 : 1,
        ownerUnit: { set: [{ id: group }] },
        ...(data.issuingUnit ? {} : { issuingUnit: { set: [{ id: group }] } }),
      };
      return next();
    }

    const stored = await strapi.db.query(GUIDELINE_UID).findOne({
      where: { documentId: params.documentId },
      select: ['id', 'documentId', 'state', 'effectiveFrom', 'effectiveUntil', 'mustRead', 'mustReadScope'],
      populate: { mustReadUnits: { select: ['id'] } },
    });
    if (!stored) return next();
    if (stored.state !== 'draft') {
      throw new errors.ValidationError(
        context.action === 'delete'
          ? 'Only a draft guideline can be deleted; repeal a published one (只能删除草稿；已发布的指引请废止)'
          : 'A published guideline is not edited in place: publish a new version of it (已发布的指引不能直接修改，请发布新版本)'
      );
    }
    if (context.action === 'delete') return next();

    const merged = { ...stored, ...data };
    const previous = 'previousVersion' in data ? await previousOf(data.previousVersion) : undefined;
    refuseProblems([
      ...effectiveDateProblems(merged.effectiveFrom, merged.effectiveUntil),
      ...mustReadProblems(merged, countAfter(data.mustReadUnits, stored.mustReadUnits?.length ?? 0)),
      ...previousVersionProblems(previous && { ...previous }, stored.documentId),
    ]);
    const rest = { ...data };
    if ('ownerUnit' in rest) rest.ownerUnit = { set: [{ id: await groupUnitId() }] };
    if (previous) rest.version = (previous.version ?? 1) + 1;
    params.data = rest;
    return next();
  };
};

export default guidelineRules;
