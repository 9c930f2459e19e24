/**
 * Catalogue editions: the core service, and opening the next edition as a copy of the current
 * published one — its entries copied set-based (one insert per table), approved and owned by the
 * same supplier units, so units revise only what changes.
 */
import { randomBytes } from 'crypto';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EDITION_CODE, editionDefaults } from '../../catalogue-entry/rules/entry';
import { EDITION_UID, ENTRY_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';

/** Entry fields a copy keeps; state, edition and keys are the copy's own. */
const COPIED_FIELDS = [
  'name',
  'description',
  'entryType',
  'resourceKind',
  'subCategory',
  'supplierClass',
  'referencePrice',
  'priceUnit',
  'coverageRegions',
  'leadTimeDays',
] as const;

/** A document id in the shape Strapi gives them (24 lowercase letters and digits, starting with a letter). */
const newDocumentId = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(23);
  return alphabet[bytes[0] % 26] + Array.from(bytes.subarray(1), (b) => alphabet[b % 36]).join('') + alphabet[randomBytes(1)[0] % 36];
};

export default factories.createCoreService(EDITION_UID, ({ strapi }) => {
  const inTransaction = (query: any) =>
    strapi.db.inTransaction() ? strapi.db.transaction(({ trx }: any) => query.transacting(trx)) : query;

  /** One row per copy in each link table (edition, owner unit), written with one insert each. */
  const linkAll = async (attribute: 'edition' | 'ownerUnit', pairs: Array<[number, number]>) => {
    const link = (strapi.db.metadata.get(ENTRY_UID) as any).attributes[attribute].joinTable;
    const rows = pairs.map(([entryId, targetId]) => ({
      [link.joinColumn.name]: entryId,
      [link.inverseJoinColumn.name]: targetId,
      ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}),
      ...(link.inverseOrderColumnName ? { [link.inverseOrderColumnName]: 1 } : {}),
    }));
    if (rows.length > 0) await inTransaction(strapi.db.connection(link.name).insert(rows));
  };

  const copyEntries = async (fromEditionId: number, toEditionId: number) => {
    const sources = await strapi.db.query(ENTRY_UID).findMany({
      where: { edition: { id: fromEditionId }, state: 'published' },
      populate: { ownerUnit: { select: ['id'] } },
    });
    if (sources.length === 0) return;
    const now = new Date();
    const copies = sources.map((source: any) => ({
      documentId: newDocumentId(),
      ownerUnitId: source.ownerUnit?.id as number,
      fields: Object.fromEntries(COPIED_FIELDS.map((f) => [f, source[f]])),
    }));
    await strapi.db.query(ENTRY_UID).createMany({
      data: copies.map((c) => ({
        ...c.fields,
        documentId: c.documentId,
        state: 'approved',
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    });
    const created = await strapi.db.query(ENTRY_UID).findMany({
      where: { documentId: { $in: copies.map((c) => c.documentId) } },
      select: ['id', 'documentId'],
    });
    const idOf = new Map<string, number>(created.map((row: any) => [row.documentId, row.id]));
    await linkAll(
      'edition',
      copies.map((c) => [idOf.get(c.documentId)!, toEditionId])
    );
    await linkAll(
      'ownerUnit',
      copies.map((c) => [idOf.get(c.documentId)!, c.ownerUnitId])
    );
    await strapi.plugin('synergy').service('scope-keys').refresh(ENTRY_UID);
  };

  return {
    async openNext(sourceDocumentId: string, code: string) {
      const scope = await currentScope(strapi);
      if (scope.door !== 'internal' && scope.role !== 'hq') {
        throw new errors.PolicyError('Only HQ opens a new edition (仅集团总部可新建目录版本)');
      }
      if (!EDITION_CODE.test(code))
        throw new errors.ValidationError(`"${code}" is not an edition code like 2026-H2 (版本编码格式应为 2026-H2)`);
      const source = await strapi.db.query(EDITION_UID).findOne({ where: { documentId: sourceDocumentId }, select: ['id', 'state'] });
      if (!source) throw new errors.NotFoundError('No such edition (目录版本不存在)');
      if (source.state !== 'published') {
        throw new errors.ValidationError('Only the current published edition can be copied (只能以当前已发布版本为底稿)');
      }
      return strapi.db.transaction(async () => {
        const created: any = await strapi.documents(EDITION_UID as any).create({ data: { code, ...editionDefaults(code) } as any });
        await copyEntries(source.id, created.id);
        return created;
      });
    },
  };
});
