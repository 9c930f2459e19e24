/** Rules of an exemption request: one of the four reasons, a real justification, a demand. */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

/** The four reasons to buy outside the group, with their labels in the group's rules. */
export const EXEMPTION_REASONS: Record<string, string> = {
  'internal-cannot-supply': '内部市场无法提供',
  'insufficient-for-urgent-need': '数量或质量不能满足紧急需求',
  'beyond-internal-capability': '技术难度或质量标准超出内部能力',
  'high-risk-or-special': '风险较高或有特殊要求',
};

export const MIN_JUSTIFICATION_LENGTH = 20;

/**
 * `data` is the record as it will be after the write; `demandNamed` says whether it still
 * points at a demand; `storedStatus` is the state of an existing request (null on create).
 * Only drafts change: an approved exemption must not be re-pointed at another demand.
 */
export const exemptionProblems = (data: Record<string, unknown>, demandNamed: boolean, storedStatus: string | null): Problem[] => {
  if (storedStatus && storedStatus !== 'draft') {
    return [problemAt('state', `A ${storedStatus} exemption request cannot be changed`, '仅草稿状态的例外申请可修改')];
  }
  const problems: Problem[] = [];
  if (!demandNamed) problems.push(problemAt('demand', 'Name the demand this exemption is for', '须关联一条协同需求'));
  if (typeof data.reason !== 'string' || !(data.reason in EXEMPTION_REASONS)) {
    problems.push(problemAt('reason', 'Choose one of the four exemption reasons', '须选择四类例外原因之一'));
  }
  const justification = typeof data.justification === 'string' ? data.justification.trim() : '';
  if ([...justification].length < MIN_JUSTIFICATION_LENGTH) {
    problems.push(
      problemAt(
        'justification',
        `The justification needs at least ${MIN_JUSTIFICATION_LENGTH} characters`,
        `例外理由不少于${MIN_JUSTIFICATION_LENGTH}个字`
      )
    );
  }
  return problems;
};
