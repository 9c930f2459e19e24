/** What waits on whom for responsibility letters: approval by the unit's superiors, signing by HQ, a returned letter. */
import type { TodoSource } from '../../plugins/synergy/public';
import { LETTER_UID } from '../../kernel/uids';

const title = (record: Record<string, any>) => record.title;

export const letterTodoSources: TodoSource[] = [
  {
    id: 'letter-approval',
    kind: 'review',
    uid: LETTER_UID,
    label: { zh: '责任书审批', en: 'Responsibility letter to approve' },
    reason: {
      zh: '{from} 提交了经营目标责任书，{mine} 是其上级单位',
      en: '{from} submitted its responsibility letter; {mine} is above it',
    },
    states: ['submitted'],
    waitsOn: { action: 'approve' },
    title,
    actions: ['approve'],
  },
  {
    id: 'letter-signing',
    kind: 'review',
    uid: LETTER_UID,
    label: { zh: '责任书待签订', en: 'Responsibility letter to sign' },
    reason: {
      zh: '{from} 的经营目标责任书已批准，待集团总部签订',
      en: "{from}'s responsibility letter is approved and waits for HQ's signature",
    },
    states: ['approved'],
    waitsOn: { action: 'sign-letter' },
    title,
    actions: ['sign-letter'],
  },
  {
    id: 'letter-returned',
    kind: 'returned',
    uid: LETTER_UID,
    label: { zh: '责任书被退回', en: 'Responsibility letter returned' },
    reason: {
      zh: '经营目标责任书被退回，{mine} 修改后重新提交',
      en: 'The responsibility letter was returned; {mine} corrects and submits it again',
    },
    states: ['draft'],
    enteredBy: ['return', 'refuse-signing'],
    waitsOn: { action: 'submit' },
    fromActor: true,
    title,
  },
];
