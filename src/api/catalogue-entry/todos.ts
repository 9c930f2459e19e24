/** What waits on whom for catalogue entries: submissions HQ approves, entries returned to their supplier unit. */
import type { TodoSource } from '../../plugins/synergy/public';
import { ENTRY_UID } from '../../kernel/uids';

export const catalogueEntryTodoSources: TodoSource[] = [
  {
    id: 'catalogue-entry-review',
    kind: 'review',
    uid: ENTRY_UID,
    label: { zh: '目录条目审核', en: 'Catalogue entry review' },
    reason: {
      zh: '{from} 提交了内部市场目录条目，由集团总部审核；{mine} 负责目录审核',
      en: '{from} submitted this catalogue entry; HQ reviews the internal-market catalogue, and {mine} is HQ',
    },
    states: ['submitted'],
    waitsOn: { action: 'approve' },
    sinceActions: ['submit'],
    title: (record) => record.name,
    actions: ['approve'],
  },
  {
    id: 'catalogue-entry-returned',
    kind: 'returned',
    uid: ENTRY_UID,
    label: { zh: '目录条目被退回', en: 'Catalogue entry returned' },
    reason: {
      zh: '{from} 退回了本单位的目录条目，请按意见修改后重新提交；{mine} 是其供应单位',
      en: '{from} returned this catalogue entry: correct it as commented and submit it again; {mine} supplies it',
    },
    states: ['draft'],
    enteredBy: ['return'],
    waitsOn: { action: 'submit' },
    fromActor: true,
    title: (record) => record.name,
  },
];
