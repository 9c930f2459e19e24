/**
 * Document Service middleware for benefit records, every door: a record belongs to a signed
 * project and is recorded by one of its parties; the period is "2026", "2026-H1" or "2026-Q1";
 * the amount is positive; the shares go to the project's parties and add up to exactly 100 %.
 * Once submitted a record no longer changes (the parties confirm what they saw).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readRelationChange } from '../../../plugins/synergy/public';
import { periodYear, shareProblem, type ShareInput } from '../rules/benefits';
import { SIGNED_STATES, loadParties, partyIds, projectOf } from '../../synergy-project/queries/parties';
import { BENEFIT_UID } from '../../../kernel/uids';
import { currentScope } from '../../../kernel/scope';
import { loadUnit, ownerAfterWrite } from '../../../kernel/relations';

const benefitGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const sharesOf = async (shares: any[]): Promise<ShareInput[]> => {
    const result: ShareInput[] = [];
    for (const share of shares) {
      const ref = readRelationChange(share?.unit).linked[0];
      const unit = ref ? await loadUnit(strapi, ref) : null;
      result.push({ unitId: unit?.id ?? null, percent: share?.percent });
    }
    return result;
  };

  return async (context: any, next: () => Promise<any>) => {
    if (context.uid !== BENEFIT_UID || !['create', 'update'].includes(context.action)) return next();
    const params = context.params ?? {};
    const data = (params.data ?? {}) as Record<string, any>;
    const scope = await currentScope(strapi);
    if (scope.door !== 'internal') delete data.confirmations;

    const before = params.documentId
      ? await strapi.db.query(BENEFIT_UID).findOne({
          where: { documentId: params.documentId },
          populate: { project: { select: ['id'] }, shares: { populate: { unit: { select: ['id'] } } } },
        })
      : null;
    if (before && before.state !== 'draft' && scope.door !== 'internal') {
      throw new errors.ValidationError('A submitted benefit record cannot be changed (已提交的效益记录不能修改)');
    }

    const project =
      'project' in data || !before?.project
        ? await projectOf(strapi, data.project)
        : (await loadParties(strapi, { id: before.project.id }))!;
    if (!SIGNED_STATES.includes(project.state)) {
      throw new errors.ValidationError('Benefits are recorded on signed projects only (效益只能登记在已签约或已完成的项目上)');
    }
    const owner = await ownerAfterWrite(strapi, BENEFIT_UID, params);
    const parties = partyIds(project);
    if (!owner || !parties.includes(owner.id)) {
      throw new errors.PolicyError('Only a party of the project may record its benefit (只有项目参与方可以登记效益)');
    }

    const period = 'period' in data ? data.period : before?.period;
    if (periodYear(period) === null) {
      throw new errors.ValidationError('period must look like 2026, 2026-H1 or 2026-Q1 (期间格式应为2026、2026-H1或2026-Q1)');
    }
    const amount = 'amount' in data ? data.amount : before?.amount;
    if (amount === null || amount === undefined || !(Number(amount) > 0)) {
      throw new errors.ValidationError('amount must be greater than 0 (效益金额须大于0)');
    }
    const shares =
      'shares' in data
        ? await sharesOf(Array.isArray(data.shares) ? data.shares : [])
        : (before?.shares ?? []).map((s: any) => ({ unitId: s.unit?.id ?? null, percent: s.percent }));
    const problem = shareProblem(shares, parties);
    if (problem) throw new errors.ValidationError(problem);
    return next();
  };
};

export default benefitGuard;
