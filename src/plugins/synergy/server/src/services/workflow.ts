/**
 * The workflow engine: a registry of transition tables, and the one way a lifecycle `state`
 * changes — a conditional UPDATE inside a transaction with its history row and effects.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AllowedAction, HistoryEntry, HistoryRecord } from '../../../shared/contracts';
import { allowedTransitions, callerOf, decideTransition, workflowProblems, type WorkflowDef } from '../utils/transitions';
import { planRecordLoad, type Populate } from '../utils/transition-relations';
import { ConflictError, InvalidError, NotFoundError, bilingual, problemAt } from '../utils/errors';
import { TRANSITION_UID, orgUnitUid } from '../utils/uids';
import { getService } from '../utils/get-service';
import type { Scope } from './scope';
import { createTransitionNotices } from './transition-notices';

const toAllowedAction = (t: WorkflowDef['transitions'][number]): AllowedAction => ({
  action: t.action,
  to: t.to,
  requiresComment: !!t.requiresComment,
  requires: t.requires ?? [],
});

const createWorkflowService = ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = new Map<string, WorkflowDef>();
  /** Per type, the relations its rules read (planned at registration). */
  const loads = new Map<string, Populate>();
  const notices = createTransitionNotices(strapi);

  const definition = (uid: string): WorkflowDef => {
    const def = registry.get(uid);
    if (!def) throw new errors.NotFoundError(`${uid} has no workflow`);
    return def;
  };

  /**
   * The record as the scope may see it, with the relations its table's rules read (owner unit,
   * the units and people `who` names, required relations); 404 when out of scope.
   */
  const loadRecord = async (uid: string, documentId: string, scope: Scope) => {
    const def = definition(uid);
    const readFilter = getService(strapi, 'scope').readFilter(scope, uid);
    const record = await strapi.db.query(uid as any).findOne({
      where: readFilter ? { $and: [{ documentId }, readFilter] } : { documentId },
      populate: loads.get(uid) as any,
    });
    if (!record) throw new NotFoundError(bilingual('Record not found', '记录不存在或无权查看'));
    return { def, record: record as Record<string, any> & { state: string } };
  };

  /**
   * Appends history rows inside the current transaction. Rows without an actor unit go in one
   * insert; the query engine's createMany does not write relations, so rows with one are created singly.
   */
  const recordHistory = async (records: HistoryRecord[]) => {
    const now = new Date();
    const rows = records.map((r) => ({
      targetUid: r.uid,
      targetDocumentId: r.documentId,
      action: r.action,
      fromState: r.from,
      toState: r.to,
      actorKind: r.actor?.kind ?? 'system',
      actorId: r.actor?.id ?? null,
      actorName: r.actor?.name ?? 'system',
      actorUnit: r.actor?.unitId ?? null,
      at: r.at ?? now,
      comment: r.comment || null,
    }));
    const withoutUnit = rows.filter((row) => row.actorUnit === null).map(({ actorUnit, ...row }) => row);
    if (withoutUnit.length > 0) await strapi.db.query(TRANSITION_UID).createMany({ data: withoutUnit });
    for (const row of rows.filter((r) => r.actorUnit !== null)) await strapi.db.query(TRANSITION_UID).create({ data: row });
  };

  return {
    recordHistory,

    register(def: WorkflowDef) {
      const attributesOf = (uid: string) => (strapi.getModel(uid as any)?.attributes as any) ?? undefined;
      const plan = planRecordLoad(def, attributesOf, orgUnitUid(strapi));
      const problems = [...workflowProblems(def), ...plan.problems, ...notices.plan(def, attributesOf)];
      if (problems.length > 0) throw new Error(`Workflow for ${def.uid} is unsound: ${problems.join('; ')}`);
      registry.set(def.uid, def);
      loads.set(def.uid, plan.populate);
    },

    has: (uid: string) => registry.has(uid),
    get: (uid: string) => registry.get(uid),
    publicStates: (uid: string): string[] => registry.get(uid)?.publicStates ?? [],

    /** The uid of a registered type from its REST collection name (pluralName). */
    uidForCollection(collection: string): string | null {
      for (const uid of registry.keys()) {
        if ((strapi.getModel(uid as any)?.info as any)?.pluralName === collection) return uid;
      }
      return null;
    },

    async allowedActions(uid: string, documentId: string, scope: Scope) {
      const { def, record } = await loadRecord(uid, documentId, scope);
      const actions = allowedTransitions(def, record, callerOf(scope)).map(toAllowedAction);
      return { status: record.state as string, actions };
    },

    async transition(uid: string, documentId: string, action: string, comment: string | null, scope: Scope) {
      const { def, record } = await loadRecord(uid, documentId, scope);
      const caller = callerOf(scope);
      const decision = decideTransition(def, record, action, comment, caller);
      if (!decision.ok) {
        switch (decision.reason) {
          case 'unknown-action':
            throw new InvalidError(
              [
                problemAt(
                  'action',
                  `Unknown action "${action}"; actions of this type: ${decision.known.join(', ')}`,
                  `未知操作"${action}"；此类记录的操作：${decision.known.join('、')}`
                ),
              ],
              { code: 'unknown-action', facts: { known: decision.known } }
            );
          case 'not-in-state':
            throw new ConflictError(bilingual(`"${action}" is not allowed in state "${record.state}"`, '当前状态不允许此操作'), {
              code: 'transition-not-allowed',
              facts: { status: record.state, allowed: decision.allowed },
            });
          case 'forbidden':
            throw new errors.PolicyError(decision.message);
          case 'comment-required':
            throw new InvalidError([problemAt('comment', `"${action}" needs a comment`, '请填写意见')], { code: 'comment-required' });
          case 'missing-fields':
            throw new InvalidError(
              decision.fields.map((field) => problemAt(field, `Fill in ${field} before "${action}"`, `请先填写必填项：${field}`)),
              { code: 'required-fields-missing', facts: { fields: decision.fields } }
            );
        }
      }
      const t = decision.transition;
      const now = new Date();
      const actor = { ...scope.actor, unitId: scope.unit?.id ?? null };
      const effectContext = { uid, documentId, record: { ...record, state: t.to }, transition: t, comment, actor };
      await strapi.db.transaction(async () => {
        // The conditional update is what makes two concurrent transitions safe: one wins, one gets 0 rows.
        const { count } = await strapi.db.query(uid as any).updateMany({
          where: { documentId, state: record.state },
          data: { state: t.to, updatedAt: now },
        });
        if (count === 0) {
          const fresh = await strapi.db.query(uid as any).findOne({ where: { documentId }, select: ['state'] });
          const allowed = fresh ? allowedTransitions(def, { ...record, state: fresh.state }, caller).map((a) => a.action) : [];
          throw new ConflictError(
            bilingual(`The record changed meanwhile; it is now "${fresh?.state}"`, `记录已被他人处理，当前状态为"${fresh?.state}"`),
            { code: 'record-changed', facts: { status: fresh?.state, allowed } }
          );
        }
        await getService(strapi, 'scope-keys').refresh(uid, documentId);
        await recordHistory([
          {
            uid,
            documentId,
            action: t.action,
            from: record.state,
            to: t.to,
            actor,
            at: now,
            comment,
          },
        ]);
        for (const effect of def.effects?.[t.action] ?? []) await effect(effectContext);
      });
      for (const effect of def.afterCommit?.[t.action] ?? []) {
        try {
          await effect(effectContext);
        } catch (error) {
          strapi.log.error(
            `${uid} ${documentId}: "${t.action}" is done, but an after-commit effect failed: ${(error as Error).stack ?? error}`
          );
        }
      }
      if (t.notify) {
        await notices
          .send({ uid, documentId, transition: t, comment, actor, actorUnitName: scope.unit?.name ?? null, at: now })
          .catch((error) =>
            strapi.log.error(`${uid} ${documentId}: "${t.action}" is done, but its notice failed: ${(error as Error).stack ?? error}`)
          );
      }
      return strapi.db.query(uid as any).findOne({ where: { documentId }, populate: { ownerUnit: true } });
    },

    async history(uid: string, documentId: string, scope: Scope): Promise<HistoryEntry[]> {
      await loadRecord(uid, documentId, scope);
      const rows = await strapi.db.query(TRANSITION_UID).findMany({
        where: { targetUid: uid, targetDocumentId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        populate: { actorUnit: { select: ['id', 'code', 'name'] } },
      });
      return rows.map((row: any) => ({
        action: row.action,
        from: row.fromState,
        to: row.toState,
        actor: row.actorKind === 'system' ? null : { kind: row.actorKind, id: row.actorId, name: row.actorName },
        actorUnit: row.actorUnit ? { id: row.actorUnit.id, code: row.actorUnit.code, name: row.actorUnit.name } : null,
        at: new Date(row.at).toISOString(),
        comment: row.comment ?? null,
      }));
    },
  };
};

export default createWorkflowService;
