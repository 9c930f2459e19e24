/**
 * Lifecycle of a correction of a closed period's value: the value's unit (or HQ) drafts and
 * submits it with its reason; HQ approves or rejects it. Until HQ approves, the figures keep the
 * value as it stood. Approving makes the correction the value's next revision: the value takes the
 * corrected figure, its adjusted value is recomputed the way an exclusion's approval recomputes it
 * (rules/values.ts adjustedValue), and the unit's thresholds are judged again after the commit.
 * The approved corrections of a value, in revision order, are its history.
 */
import { ConflictError, bilingual, type Effect, type TransitionDef, type WorkflowDef } from '../../plugins/synergy/public';
import { INDICATOR_CORRECTION_UID, INDICATOR_VALUE_UID } from '../../kernel/uids';
import { adjustedValue } from '../indicator-value/rules/values';
import { valuePeriod } from '../indicator-value/queries/periods';

const UNIT: TransitionDef['who'] = {
  roles: ['reporter', 'hq'],
  unit: 'owner',
  refusal: "Only the value's unit or HQ files a correction (只有填报单位或集团总部可以提交更正)",
};
const HQ: TransitionDef['who'] = { roles: ['hq'], unit: 'any', refusal: 'Only HQ decides a correction (更正须由集团总部审批)' };

const loadCorrection = (documentId: string) =>
  strapi.db.query(INDICATOR_CORRECTION_UID).findOne({
    where: { documentId },
    populate: { value: { populate: { indicator: { select: ['id'] }, ownerUnit: { select: ['id'] } } } },
  });

/** The corrected figure becomes the value's next revision (inside the transition's transaction). */
export const applyCorrection: Effect = async ({ documentId }) => {
  const correction = await loadCorrection(documentId);
  const value = correction?.value;
  if (!value) throw new ConflictError(bilingual('The corrected value no longer exists', '被更正的指标值已不存在'), { code: 'value-gone' });
  if (Number(value.value) !== Number(correction.previousValue)) {
    throw new ConflictError(
      bilingual(
        `The value changed since this correction was filed (now ${value.value}): reject it and file a new one`,
        `该指标值在提交更正后已变化（现为 ${value.value}），请退回后重新提交更正`
      ),
      { code: 'value-changed' }
    );
  }
  const revision = (value.revision ?? 1) + 1;
  await strapi.db.query(INDICATOR_VALUE_UID).update({
    where: { id: value.id },
    data: {
      value: correction.correctedValue,
      adjustedValue: adjustedValue(correction.correctedValue, value.exclusion, value.exclusionState),
      revision,
    },
  });
  await strapi.db.query(INDICATOR_CORRECTION_UID).update({ where: { id: correction.id }, data: { revisionNo: revision } });
};

/** After the commit: the corrected figure may cross a threshold or come back within bounds. */
export const judgeThresholds: Effect = async ({ documentId }) => {
  const value = (await loadCorrection(documentId))?.value;
  if (!value?.ownerUnit || !value.indicator) return;
  await strapi.service('api::indicator.thresholds').checkUnit(value.ownerUnit.id, value.indicator.id, valuePeriod(value));
};

const correctionWorkflow: WorkflowDef = {
  uid: INDICATOR_CORRECTION_UID,
  initial: 'draft',
  states: ['draft', 'submitted', 'approved', 'rejected'],
  // A unit's figures: its unit, its subtree's readers above it and HQ read them.
  publicStates: [],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'submitted', who: UNIT, requires: ['value', 'correctedValue', 'reason'] },
    { action: 'approve', from: ['submitted'], to: 'approved', who: HQ },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      who: HQ,
      requiresComment: true,
      notify: { kind: 'rejected', to: [{ roles: ['reporter'] }], label: 'reason' },
    },
  ],
  effects: { approve: [applyCorrection] },
  afterCommit: { approve: [judgeThresholds] },
};

export default correctionWorkflow;
