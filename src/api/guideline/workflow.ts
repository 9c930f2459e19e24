/**
 * Lifecycle of a guideline: draft → published (HQ) → repealed (HQ, with a reason); a published
 * guideline is replaced by publishing its new version, which moves the old one to `superseded`
 * in the same transaction, with its own history row. Published, superseded and repealed
 * guidelines are readable without signing in (intranet pages keep the old rule as history).
 */
import { errors } from '@strapi/utils';
import type { Effect, TransitionDef, WorkflowDef } from '../../plugins/synergy/public';
import { GUIDELINE_UID } from '../../kernel/uids';
import { PUBLIC_GUIDELINE_STATES, effectiveDateProblems, previousVersionProblems } from './rules/guideline';
import { refuseProblems } from '../../kernel/writes';

const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any' };

/** Publishing a new version replaces the old one, which must still be in force (a second new version of it is refused). */
const supersedePrevious: Effect = async ({ documentId, actor }) => {
  const guideline = await strapi.db.query(GUIDELINE_UID).findOne({
    where: { documentId },
    select: ['id', 'title', 'effectiveFrom', 'effectiveUntil'],
    populate: { previousVersion: { select: ['id', 'documentId', 'state', 'version'] } },
  });
  if (!guideline) throw new errors.NotFoundError('Guideline not found (指引不存在)');
  refuseProblems(effectiveDateProblems(guideline.effectiveFrom, guideline.effectiveUntil));
  const now = new Date();
  await strapi.db.query(GUIDELINE_UID).update({ where: { id: guideline.id }, data: { issuedAt: now } });
  const previous = guideline.previousVersion;
  if (!previous) return;
  refuseProblems(previousVersionProblems(previous));
  await strapi.db.query(GUIDELINE_UID).update({ where: { id: previous.id }, data: { state: 'superseded', updatedAt: now } });
  await strapi
    .plugin('synergy')
    .service('workflow')
    .recordHistory([
      {
        uid: GUIDELINE_UID,
        documentId: previous.documentId,
        action: 'supersede',
        from: 'published',
        to: 'superseded',
        actor,
        at: now,
        comment: `由新版本「${guideline.title}」替代 (replaced by its new version)`,
      },
    ]);
  await strapi.plugin('synergy').service('scope-keys').refresh(GUIDELINE_UID, previous.documentId);
};

const guidelineWorkflow: WorkflowDef = {
  uid: GUIDELINE_UID,
  initial: 'draft',
  states: ['draft', 'published', 'superseded', 'repealed'],
  publicStates: PUBLIC_GUIDELINE_STATES,
  publicToAnonymous: true,
  transitions: [
    { action: 'publish', from: ['draft'], to: 'published', who: HQ, requires: ['title', 'category', 'effectiveFrom'] },
    { action: 'repeal', from: ['published'], to: 'repealed', who: HQ, requiresComment: true },
  ],
  effects: {
    publish: [supersedePrevious],
  },
};

export default guidelineWorkflow;
