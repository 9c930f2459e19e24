/** Rules on a resource's fields that the schema cannot express. */
import { problemAt, type Problem } from '../../../plugins/synergy/public';
import { amountProblems } from '../../synergy-demand/rules/validation';

/** `data` is the record as it will be after the write (stored values merged with the change). */
export const resourceProblems = (data: Record<string, unknown>): Problem[] => {
  const problems = amountProblems(data, [
    ['quantity', '数量'],
    ['referencePrice', '参考价格'],
  ]);
  const from = data.availableFrom ? String(data.availableFrom).slice(0, 10) : null;
  const to = data.availableTo ? String(data.availableTo).slice(0, 10) : null;
  if (from && to && to < from) {
    problems.push(problemAt('availableTo', `availableTo ${to} is before availableFrom ${from}`, '可用截止日期不能早于起始日期'));
  }
  return problems;
};
