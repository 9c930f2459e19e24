/**
 * Document Service middleware of catalogue entries, for every door: an entry belongs to an edition
 * that is still a draft (a published edition is frozen: no entry of it is created, changed or
 * removed), its fields are consistent (resourceKind exactly for resources, regions a list), and
 * outside HQ only a draft entry is changed (an approved one goes back with `revise`).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidError } from '../../../plugins/synergy/public';
import { editionRef, entryProblems, FROZEN_MESSAGE, isEditionOpen, type EditionRef } from '../rules/entry';
import { EDITION_UID, ENTRY_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

const WRITES = new Set(['create', 'update', 'delete', 'clone']);

const catalogueEntryRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const openEdition = async (ref: EditionRef | null | undefined) => {
    if (!ref) throw new errors.ValidationError('edition is required (须指定目录版本)', { field: 'edition' });
    const edition = await strapi.db.query(EDITION_UID).findOne({ where: ref, select: ['id', 'state'] });
    if (!edition) throw new errors.ValidationError('edition: no such edition (目录版本不存在)', { field: 'edition' });
    if (!isEditionOpen(edition.state)) throw new errors.ValidationError(FROZEN_MESSAGE);
  };

  const refuseProblems = (entry: Record<string, unknown>) => {
    const problems = entryProblems(entry);
    if (problems.length > 0) throw new InvalidError(problems);
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== ENTRY_UID || !WRITES.has(context.action)) return next();
    const params = context.params ?? {};
    const data = params.data ?? {};

    if (context.action === 'create') {
      await openEdition(editionRef(data.edition));
      refuseProblems(data);
      return next();
    }

    const stored = await strapi.db.query(ENTRY_UID).findOne({
      where: { documentId: params.documentId },
      select: ['id', 'state', 'entryType', 'resourceKind', 'coverageRegions'],
      populate: { edition: { select: ['id', 'state'] } },
    });
    if (!stored) return next();
    if (!isEditionOpen(stored.edition?.state)) throw new errors.ValidationError(FROZEN_MESSAGE);
    if (context.action === 'delete') return next();

    const ref = editionRef(data.edition);
    if (ref !== undefined) await openEdition(ref);
    const scope = await currentScope(strapi);
    // Any save counts, one that changes no field included: the edit view must not offer it.
    if (stored.state !== 'draft' && scope.role !== 'hq') {
      throw new errors.ValidationError(
        `Only a draft entry can be changed; this one is "${stored.state}" (只能修改草稿状态的条目，已审核条目请先退回修改)`
      );
    }
    refuseProblems({
      entryType: data.entryType !== undefined ? data.entryType : stored.entryType,
      resourceKind: data.resourceKind !== undefined ? data.resourceKind : stored.resourceKind,
      coverageRegions: data.coverageRegions !== undefined ? data.coverageRegions : stored.coverageRegions,
    });
    return next();
  };
};

export default catalogueEntryRules;
