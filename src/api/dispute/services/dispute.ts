import { factories } from '@strapi/strapi';
import { escalationTarget } from '../../synergy-project/rules/project';
import { disputeDueAt } from '../workflow';
import { DISPUTE_UID } from '../../../kernel/uids';

const UNRESOLVED = ['open', 'mediating'];

export default factories.createCoreService(DISPUTE_UID, ({ strapi }) => ({
  /**
   * Hands every dispute still unresolved at its due date to the next mediator up, back in "open",
   * with a new due date and a history entry. Idempotent: an escalated dispute is due again only
   * after another `disputeEscalationDays`; disputes HQ mediates have nowhere higher to go.
   * Returns the documentIds escalated.
   */
  async escalateOverdueDisputes(now: Date = new Date()): Promise<string[]> {
    const overdue = await strapi.db.query(DISPUTE_UID).findMany({
      where: { state: { $in: UNRESOLVED }, dueAt: { $lt: now } },
      select: ['id', 'documentId', 'state', 'escalationCount'],
      populate: { mediatorUnit: { select: ['id', 'path', 'name'] } },
    });
    const escalated: string[] = [];
    for (const dispute of overdue) {
      const target = dispute.mediatorUnit ? escalationTarget(dispute.mediatorUnit.path) : null;
      if (target === null) continue;
      await strapi.db.transaction(async () => {
        // The due-date condition makes a concurrent second run a no-op for this dispute.
        const { count } = await strapi.db.query(DISPUTE_UID).updateMany({
          where: { id: dispute.id, dueAt: { $lt: now }, state: { $in: UNRESOLVED } },
          data: { state: 'open', escalationCount: (dispute.escalationCount ?? 0) + 1, dueAt: disputeDueAt(now) },
        });
        if (count === 0) return;
        await strapi.db.query(DISPUTE_UID).update({ where: { id: dispute.id }, data: { mediatorUnit: target } });
        await strapi.plugin('synergy').service('scope-keys').refresh(DISPUTE_UID, dispute.documentId);
        await strapi
          .plugin('synergy')
          .service('workflow')
          .recordHistory([
            {
              uid: DISPUTE_UID,
              documentId: dispute.documentId,
              action: 'escalate',
              from: dispute.state,
              to: 'open',
              at: now,
              comment: `Unresolved when due, escalated from ${dispute.mediatorUnit.name} (超期未解决，自动上报上级单位)`,
            },
          ]);
        escalated.push(dispute.documentId);
      });
    }
    return escalated;
  },
}));
