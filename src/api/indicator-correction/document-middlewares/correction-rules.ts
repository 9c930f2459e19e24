/**
 * Document Service middleware for corrections of closed-period values, every door (runs after the
 * unit scope admitted the link to the value): the rules of rules/corrections.ts on the record as
 * the write leaves it; one open correction per value (409); a filed correction is neither edited
 * nor deleted (409). The server keeps the figure standing when it was filed (`previousValue`) and
 * puts the correction under the value's unit, whoever files it.
 */
import type { Core } from '@strapi/strapi';
import { ConflictError, bilingual } from '../../../plugins/synergy/public';
import { INDICATOR_CORRECTION_UID, INDICATOR_VALUE_UID } from '../../../kernel/uids';
import { singleRef, whereRef } from '../../../kernel/relations';
import { refuseProblems } from '../../../kernel/writes';
import { periodLabel } from '../../indicator/rules/periods';
import { closedPeriodCovering, valuePeriod } from '../../indicator-value/queries/periods';
import { correctionProblems, isEditable } from '../rules/corrections';

const OPEN_STATES = ['draft', 'submitted'];

const refuseFiled = () => {
  throw new ConflictError(
    bilingual(
      'This correction is filed: it is no longer changed or deleted; file a new correction instead',
      '该更正已提交，不能再修改或删除；如需调整请另行提交更正'
    ),
    { code: 'correction-filed' }
  );
};

const correctionRules = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadValue = (where: Record<string, unknown>) =>
    strapi.db.query(INDICATOR_VALUE_UID).findOne({
      where,
      select: ['id', 'documentId', 'value', 'year', 'periodKind', 'periodNumber'],
      populate: { ownerUnit: { select: ['id'] } },
    });

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== INDICATOR_CORRECTION_UID || !['create', 'update', 'delete'].includes(context.action)) return next();
    const params = context.params ?? {};
    const stored = params.documentId
      ? await strapi.db.query(INDICATOR_CORRECTION_UID).findOne({
          where: { documentId: params.documentId },
          populate: { value: { select: ['id'] } },
        })
      : null;
    if (stored && !isEditable(stored.state)) refuseFiled();
    if (context.action === 'delete') return next();

    const data = (params.data ?? {}) as Record<string, any>;
    delete data.previousValue;
    delete data.revisionNo;
    const ref = singleRef(data.value);
    const value =
      ref === undefined ? (stored?.value ? await loadValue({ id: stored.value.id }) : null) : ref ? await loadValue(whereRef(ref)) : null;
    const period = value ? valuePeriod(value) : null;
    const closed = period ? await closedPeriodCovering(strapi, period) : null;
    const pick = (field: string) => (field in data ? data[field] : stored?.[field]);
    refuseProblems(
      correctionProblems({
        value: value && period ? { value: value.value, periodLabel: periodLabel(period), closed: !!closed } : null,
        correctedValue: pick('correctedValue'),
        reason: pick('reason'),
      })
    );

    const open = await strapi.db.query(INDICATOR_CORRECTION_UID).findOne({
      where: { value: { id: value.id }, state: { $in: OPEN_STATES }, ...(stored ? { id: { $ne: stored.id } } : {}) },
      select: ['documentId', 'state'],
    });
    if (open) {
      throw new ConflictError(
        bilingual('This value already has a correction in progress: finish that one first', '该指标值已有处理中的更正，请先完成该更正'),
        { code: 'correction-open', facts: { documentId: open.documentId } }
      );
    }
    data.previousValue = value.value;
    if (value.ownerUnit) data.ownerUnit = { set: [{ id: value.ownerUnit.id }] };
    params.data = data;
    return next();
  };
};

export default correctionRules;
