/** What waits on whom for disputes: an open or mediating dispute waits on its mediator unit (escalation moves it up). */
import type { TodoSource } from '../../plugins/synergy/public';
import { DISPUTE_UID } from '../../kernel/uids';

export const disputeTodoSources: TodoSource[] = [
  {
    id: 'dispute-mediation',
    kind: 'mediation',
    uid: DISPUTE_UID,
    label: { zh: '争议待调解', en: 'Dispute to mediate' },
    reason: {
      zh: '{from} 提起的协同争议由双方的共同上级调解；{mine} 是调解单位',
      en: '{from} raised a dispute that the parties’ common superior mediates; {mine} is the mediator',
    },
    states: ['open', 'mediating'],
    waitsOn: { action: 'mediate' },
    due: { attribute: 'dueAt', type: 'datetime' },
    title: (record) => record.subject,
    actions: ['mediate'],
  },
];
