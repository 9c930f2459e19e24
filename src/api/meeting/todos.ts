/** What waits on whom for meetings: a meeting held whose minutes its organiser has not yet published. */
import type { TodoSource } from '../../plugins/synergy/public';
import { MEETING_UID } from '../../kernel/uids';

export const meetingTodoSources: TodoSource[] = [
  {
    id: 'meeting-minutes',
    kind: 'minutes',
    uid: MEETING_UID,
    label: { zh: '会议纪要待发布', en: 'Minutes to publish' },
    reason: {
      zh: '会议已召开，纪要尚未发布（发布后决议转为督办任务）；{mine} 是会议组织单位',
      en: 'The meeting was held and its minutes are not published yet (publishing turns its resolutions into tasks); {mine} organised it',
    },
    states: ['held'],
    waitsOn: { action: 'publish-minutes' },
    sinceActions: ['hold'],
    title: (record) => record.title,
    actions: ['publish-minutes'],
  },
];
