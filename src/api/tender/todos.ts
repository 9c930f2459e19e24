/** What waits on whom for tenders: a tender that invites no catalogue supplier, submitted for the unit above to approve or reject. */
import type { TodoSource } from '../../plugins/synergy/public';
import { TENDER_UID } from '../../kernel/uids';

export const tenderTodoSources: TodoSource[] = [
  {
    id: 'tender-review',
    kind: 'review',
    uid: TENDER_UID,
    label: { zh: '招标未邀请目录供方审批', en: 'Tender without catalogue suppliers: review' },
    reason: {
      zh: '{from} 的招标未邀请目录规定的供方单位，待上级单位审批；{mine} 是其上级单位',
      en: '{from} tenders without inviting the catalogue’s suppliers and needs a unit above it to decide; {mine} is one of them',
    },
    states: ['submitted'],
    waitsOn: { action: 'approve' },
    sinceActions: ['submit'],
    title: (record, _context, language) => `${language === 'zh' ? '招标审批：' : 'Tender approval: '}${record.title ?? ''}`,
  },
];
