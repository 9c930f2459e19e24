/** What waits on whom for corrections of closed periods: a filed correction waits for HQ's decision. */
import type { TodoSource } from '../../plugins/synergy/public';
import { INDICATOR_CORRECTION_UID } from '../../kernel/uids';

export const correctionTodoSources: TodoSource[] = [
  {
    id: 'indicator-correction-review',
    kind: 'review',
    uid: INDICATOR_CORRECTION_UID,
    label: { zh: '已关账数据更正审批', en: 'Correction of a closed period' },
    reason: {
      zh: '{from} 申请更正已关账期间的指标值，待集团总部审批',
      en: '{from} asks to correct a value of a closed period and needs HQ to decide',
    },
    states: ['submitted'],
    waitsOn: { action: 'approve' },
    sinceActions: ['submit'],
    title: (record, _context, language) =>
      `${language === 'zh' ? '数据更正：' : 'Correction: '}${record.previousValue ?? ''} → ${record.correctedValue ?? ''}`,
  },
];
