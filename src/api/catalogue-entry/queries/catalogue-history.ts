/**
 * Set-based moves of many catalogue records at once (an edition's publication carries its entries
 * and the previous edition along): one UPDATE, one history insert and one scope-key refresh per
 * type, inside the transition's transaction — never a document call per record.
 */
import type { EffectContext } from '../../../plugins/synergy/public';

export const moveAll = async (
  uid: string,
  where: Record<string, unknown>,
  move: { action: string; from: string; to: string },
  context: EffectContext
): Promise<number> => {
  const rows = await strapi.db.query(uid as any).findMany({ where: { ...where, state: move.from }, select: ['id', 'documentId'] });
  if (rows.length === 0) return 0;
  const now = new Date();
  await strapi.db.query(uid as any).updateMany({
    where: { id: { $in: rows.map((r: any) => r.id) } },
    data: { state: move.to, updatedAt: now },
  });
  // The history row names the person who published the edition; the unit is on the edition's own row.
  await strapi
    .plugin('synergy')
    .service('workflow')
    .recordHistory(
      rows.map((r: any) => ({
        uid,
        documentId: r.documentId,
        action: move.action,
        from: move.from,
        to: move.to,
        actor: { ...context.actor, unitId: null },
        at: now,
        comment: `${context.transition.action} ${context.record.code ?? ''}`.trim(),
      }))
    );
  await strapi.plugin('synergy').service('scope-keys').refresh(uid);
  return rows.length;
};
