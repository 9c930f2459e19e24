/**
 * The org tree's rules: unique codes, levels that fit their parent, no cycles, and a
 * materialised path that the server keeps (a move re-paths the whole subtree in one statement).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { OrgLevel } from '../../../shared/contracts';
import { isOrgLevel, isSameOrAncestorPath, levelMismatch, levelRank, pathFor } from '../utils/org-path';
import { readRelationChange } from '../utils/relation-refs';
import { runInCurrentTransaction } from '../utils/knex';
import { MEMBERSHIP_UID, orgUnitUid } from '../utils/uids';

interface UnitRow {
  id: number;
  documentId: string;
  code: string;
  level: OrgLevel;
  path: string | null;
}

const UNIT_FIELDS = ['id', 'documentId', 'code', 'level', 'path'];

const createOrgTreeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const units = () => strapi.db.query(orgUnitUid(strapi) as any);

  const findUnit = (where: Record<string, unknown>): Promise<UnitRow | null> => units().findOne({ where, select: UNIT_FIELDS });

  /** The parent a write asks for: undefined when not sent, null when cleared. */
  const requestedParent = async (data: Record<string, any>): Promise<UnitRow | null | undefined> => {
    if (!('parent' in data)) return undefined;
    const change = readRelationChange(data.parent);
    if (change.linked.length === 0) return change.unlinks || data.parent === null ? null : undefined;
    if (change.linked.length > 1) throw new errors.ValidationError('A unit has one parent (只能有一个上级单位)');
    const ref = change.linked[0];
    const parent = await findUnit(ref.id !== undefined ? { id: ref.id } : { documentId: ref.documentId });
    if (!parent) throw new errors.ValidationError('parent: no such unit (上级单位不存在)');
    return parent;
  };

  const assertCodeFree = async (code: unknown, exceptId?: number) => {
    if (typeof code !== 'string' || code.trim() === '') return;
    const clash = await findUnit({ code, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw new errors.ValidationError(`Unit code "${code}" is already used (单位编码已存在)`, { field: 'code' });
  };

  const assertLevelFits = (level: OrgLevel, parent: UnitRow | null) => {
    const problem = levelMismatch(level, parent?.level ?? null);
    if (problem) throw new errors.ValidationError(problem, { field: 'level' });
  };

  /** Moves every unit under `oldPrefix` to `newPrefix` in one UPDATE. */
  const repathSubtree = async (oldPrefix: string, newPrefix: string) => {
    const table = strapi.getModel(orgUnitUid(strapi) as any).collectionName as string;
    const knex = strapi.db.connection;
    await runInCurrentTransaction(
      strapi,
      knex(table)
        .where('path', 'like', `${oldPrefix}%`)
        .update({ path: knex.raw('? || substr(path, ?)', [newPrefix, oldPrefix.length + 1]) })
    );
  };

  return {
    /** Checks a create and returns the parent to place the unit under. */
    async checkCreate(data: Record<string, any>) {
      if (!isOrgLevel(data.level)) throw new errors.ValidationError('level must be group, segment, company, enterprise or department');
      await assertCodeFree(data.code);
      const parent = (await requestedParent(data)) ?? null;
      assertLevelFits(data.level, parent);
      if (data.level === 'group' && (await findUnit({ level: 'group' }))) {
        throw new errors.ValidationError('The group already has its root unit (集团根节点已存在)');
      }
      return parent;
    },

    /** Checks an update; returns the unit before it and the parent it moves to (undefined: stays). */
    async checkUpdate(documentId: string, data: Record<string, any>) {
      const unit = await findUnit({ documentId });
      if (!unit) return null;
      const current = await units().findOne({ where: { id: unit.id }, populate: { parent: { select: UNIT_FIELDS } } });
      if ('code' in data) await assertCodeFree(data.code, unit.id);
      const parent = await requestedParent(data);
      const level: OrgLevel = data.level ?? unit.level;
      if (!isOrgLevel(level)) throw new errors.ValidationError('level must be group, segment, company, enterprise or department');
      const newParent = parent === undefined ? (current.parent as UnitRow | null) : parent;
      if (newParent && unit.path && newParent.path && isSameOrAncestorPath(unit.path, newParent.path)) {
        throw new errors.ValidationError('A unit cannot move under itself or its own subunit (不能移动到自身或下级单位之下)', {
          field: 'parent',
        });
      }
      assertLevelFits(level, newParent ?? null);
      if (level !== unit.level) {
        const children = await units().findMany({ where: { parent: { id: unit.id } }, select: ['level'] });
        if (children.some((c: { level: OrgLevel }) => levelRank(c.level) <= levelRank(level))) {
          throw new errors.ValidationError('Subunits would no longer fit this level (下级单位层级与新层级不匹配)', { field: 'level' });
        }
      }
      return { unit, newParent: parent === undefined ? undefined : parent };
    },

    /** Sets the path of a unit and, when it moved, of its whole subtree. */
    async placeUnit(unitId: number, oldPath: string | null, parent: UnitRow | null): Promise<string> {
      const newPath = pathFor(parent?.path ?? null, unitId);
      if (oldPath === newPath) return newPath;
      if (oldPath) await repathSubtree(oldPath, newPath);
      else await units().update({ where: { id: unitId }, data: { path: newPath } });
      return newPath;
    },

    /** A unit with subunits, members or owned records cannot be deleted. */
    async checkDelete(documentId: string, ownedUids: string[]) {
      const unit = await findUnit({ documentId });
      if (!unit) return;
      const children = await units().count({ where: { parent: { id: unit.id } } });
      if (children > 0) throw new errors.ValidationError('Move or delete its subunits first (请先处理下级单位)');
      const members = await strapi.db.query(MEMBERSHIP_UID).count({ where: { unit: { id: unit.id } } });
      if (members > 0) throw new errors.ValidationError('The unit still has members (该单位仍有成员)');
      for (const uid of ownedUids) {
        if ((await strapi.db.query(uid as any).count({ where: { ownerUnit: { id: unit.id } } })) > 0) {
          throw new errors.ValidationError('The unit still owns records (该单位仍有业务记录)');
        }
      }
    },
  };
};

export default createOrgTreeService;
