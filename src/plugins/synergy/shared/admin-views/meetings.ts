/** Meetings, their resolutions and minutes templates. */
import { STATE_LABEL } from './common';
import type { AdminView } from './types';

export const MEETING_VIEWS: Record<string, AdminView> = {
  'api::meeting.meeting': {
    labels: {
      title: ['会议名称', 'Meeting'],
      kind: ['会议类型', 'Kind'],
      startsAt: ['会议时间', 'Starts at'],
      location: ['会议地点', 'Location'],
      participatingUnits: ['参会单位', 'Participating units'],
      participants: ['参会人员', 'Participants'],
      agenda: ['会议议程', 'Agenda'],
      minutesTemplate: ['纪要模板', 'Minutes template'],
      minutes: ['会议纪要', 'Minutes'],
      resolutions: ['会议决议', 'Resolutions'],
      minutesPublishedAt: ['纪要发布时间', 'Minutes published at'],
      state: STATE_LABEL,
      ownerUnit: ['组织单位', 'Organising unit'],
    },
    list: ['title', 'state', 'kind', 'startsAt', 'ownerUnit', 'location'],
    sort: ['startsAt', 'DESC'],
    readOnly: ['minutesPublishedAt'],
    hidden: ['state'],
  },
  'meeting.resolution': {
    labels: {
      title: ['决议事项', 'Resolution'],
      description: ['具体要求', 'Requirements'],
      category: ['任务类别', 'Task category'],
      ownerUnit: ['责任单位', 'Responsible unit'],
      ownerPerson: ['责任人', 'Responsible person'],
      dueDate: ['完成时限', 'Due date'],
      taskDocumentId: ['督办任务编号', 'Task document ID'],
    },
    readOnly: ['taskDocumentId'],
  },
  'api::minutes-template.minutes-template': {
    labels: { name: ['模板名称', 'Template'], kind: ['适用会议类型', 'Meeting kind'], body: ['模板正文', 'Body'] },
    list: ['name', 'kind', 'updatedAt'],
    mainField: 'name',
  },
};
