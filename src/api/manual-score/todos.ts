/** What waits on an assessor: each manual score opened for it and not given yet. */
import type { TodoSource } from '../../plugins/synergy/public';
import { MANUAL_SCORE_UID } from '../../kernel/uids';

export const manualScoreTodoSources: TodoSource[] = [
  {
    id: 'assessment-scoring',
    kind: 'review',
    uid: MANUAL_SCORE_UID,
    label: { zh: '考核评分', en: 'Assessment score to give' },
    reason: {
      zh: '您是该考核项的评分人，请在评分范围内打分并填写评语',
      en: 'You are an assessor of this item: give a score within its range, with a comment',
    },
    waitsOnFilter: (context) =>
      context.caller.userId === null ? null : { assessor: { id: context.caller.userId }, itemKind: 'manual', scoredAt: { $null: true } },
    fromUnit: 'subjectUnit',
    title: (row, _context, language) =>
      language === 'zh' ? `${row.period} ${row.subjectName}：${row.itemName}` : `${row.period} ${row.subjectName}: ${row.itemName}`,
  },
];
