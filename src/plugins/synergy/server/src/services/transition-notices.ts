/**
 * The workflow engine's notices: after a transition that declares `notify` has committed, the
 * people it names are told through the notifier — in-app and by e-mail, once per transition and
 * person (the dedupe key), whichever door the transition came through. The person who acted is
 * not told about its own action. What to load and whom to tell is planned from the declarations
 * (utils/transition-notices.ts) when the table is registered.
 */
import type { Core } from '@strapi/strapi';
import type { TransitionDef, WorkflowDef } from '../../../shared/contracts';
import {
  chineseName,
  noticeAddressees,
  noticeKey,
  noticeLabel,
  noticeText,
  planNoticeLoad,
  type NoticeLoadPlan,
} from '../utils/transition-notices';
import type { AttributesOf } from '../utils/transition-relations';
import { getService } from '../utils/get-service';
import { orgUnitUid } from '../utils/uids';

export interface TakenTransition {
  uid: string;
  documentId: string;
  transition: TransitionDef;
  comment: string | null;
  actor: { kind: string; id: number | null; name: string };
  actorUnitName: string | null;
  at: Date;
}

export const createTransitionNotices = (strapi: Core.Strapi) => {
  const plans = new Map<string, NoticeLoadPlan>();

  /** The intranet user who acted, if any: it is not told about its own action. */
  const actingPerson = async (actor: TakenTransition['actor']): Promise<number | null> => {
    if (actor.id === null) return null;
    if (actor.kind === 'user') return actor.id;
    if (actor.kind === 'admin') return getService(strapi, 'notifier').recipientOfAdmin(actor.id);
    return null;
  };

  return {
    /** Plans what the type's notices read; returns the problems of its declarations. */
    plan(def: WorkflowDef, attributesOf: AttributesOf): string[] {
      const plan = planNoticeLoad(def, attributesOf, orgUnitUid(strapi));
      plans.set(def.uid, plan);
      return plan.problems;
    },

    /** Tells the people the transition's notice names; returns how many notifications were new. */
    async send(taken: TakenTransition): Promise<number> {
      const notice = taken.transition.notify;
      const plan = plans.get(taken.uid);
      if (!notice || !plan) return 0;
      const record = await strapi.db.query(taken.uid as any).findOne({
        where: { documentId: taken.documentId },
        select: plan.select,
        populate: plan.populate as any,
      });
      const addressees = record ? noticeAddressees(notice, record) : null;
      if (!addressees) return 0;
      const notifier = getService(strapi, 'notifier');
      const people =
        'people' in addressees
          ? addressees.people
          : [...(await notifier.recipientsOfUnits(addressees.units, addressees.roles)).values()].flat();
      const actor = await actingPerson(taken.actor);
      const recipients = [...new Set(people)].filter((id) => id !== actor);
      if (recipients.length === 0) return 0;
      const text = noticeText({
        kind: notice.kind,
        typeName: chineseName((strapi.getModel(taken.uid as any)?.info as any)?.displayName),
        label: noticeLabel(notice, record),
        actorName: taken.actor.name,
        actorUnitName: taken.actorUnitName,
        comment: taken.comment,
        toState: taken.transition.to,
      });
      const { inserted } = await notifier.send(
        recipients.map((recipientId) => ({
          recipientId,
          kind: notice.kind,
          title: text.title.slice(0, 255),
          body: text.body,
          subject: { uid: taken.uid, documentId: taken.documentId },
          dedupeKey: noticeKey(taken.uid, taken.documentId, taken.transition.action, taken.at, recipientId),
        }))
      );
      return inserted;
    },
  };
};
