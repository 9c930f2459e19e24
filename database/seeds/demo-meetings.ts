/**
 * Demo meetings on top of the demo group: HQ's operating meeting with its minutes published (so
 * its resolutions are supervised tasks of the companies), a docking meeting held and waiting for
 * its minutes, and a special meeting still being planned, its minutes drafted from a template.
 * Dates are relative to today, so the tasks are current whenever the demo starts. Every state is
 * reached through the workflow engine as the demo user who would act. Idempotent by title.
 */
import type { Core } from '@strapi/strapi';
import { seedMinutesTemplates } from '../../src/api/minutes-template/queries/default-templates';
import { MEETING_UID, ORG_UNIT_UID, TEMPLATE_UID, USER_UID } from '../../src/kernel/uids';

const DAY = 24 * 3600 * 1000;

interface DemoResolution {
  title: string;
  description: string;
  category: string;
  unit: string;
  person: string;
  dueInDays: number;
}

interface DemoMeeting {
  title: string;
  kind: 'docking' | 'operating' | 'special';
  organiser: string;
  /** The demo user who organises it and takes its steps. */
  by: string;
  startsInDays: number;
  location: string;
  participatingUnits: string[];
  participants: string[];
  agenda: string;
  template: string;
  steps: string[];
  resolutions: DemoResolution[];
}

const MEETINGS: DemoMeeting[] = [
  {
    title: '2026年三季度经营分析会',
    kind: 'operating',
    organiser: 'HQ-OPS',
    by: 'hq.admin',
    startsInDays: -6,
    location: '集团总部 12 楼第一会议室',
    participatingUnits: ['POWER', 'NEWENERGY', 'LOGISTICS'],
    participants: ['power.reporter', 'newenergy.reporter', 'logistics.reporter'],
    agenda: '1. 运营管理部通报三季度“一利五率”指标完成情况\n2. 各板块汇报经营短板及改进措施\n3. 研究部署四季度重点工作',
    template: '经营分析会纪要模板',
    steps: ['hold', 'publish-minutes'],
    resolutions: [
      {
        title: '压降应收账款和存货占用',
        description: '四季度末“两金”占用较三季度末下降8%，按月报送压降进度。',
        category: '经营指标',
        unit: 'POWER',
        person: 'power.reporter',
        dueInDays: 60,
      },
      {
        title: '提升风电场设备可利用率',
        description: '制定风机故障专项治理方案，设备可利用率提升至97%以上。',
        category: '经营指标',
        unit: 'NEWENERGY',
        person: 'newenergy.reporter',
        dueInDays: 45,
      },
      {
        title: '加快电煤运输结算回款',
        description: '与华瀚电力对账，完成三季度电煤运费结算和回款。',
        category: '协同',
        unit: 'LOGISTICS',
        person: 'logistics.reporter',
        dueInDays: 20,
      },
    ],
  },
  {
    title: '电煤铁海联运供需对接会',
    kind: 'docking',
    organiser: 'POWER',
    by: 'power.reporter',
    startsInDays: -2,
    location: '华瀚电力 3 楼会议室',
    participatingUnits: ['LOGISTICS', 'PORT'],
    participants: ['logistics.reporter'],
    agenda: '1. 华瀚电力通报明年电煤需求\n2. 华瀚物流、华瀚港口介绍运力与接卸能力\n3. 商定长协运输框架',
    template: '对接会纪要模板',
    steps: ['hold'],
    resolutions: [
      {
        title: '签订明年电煤长协运输框架协议',
        description: '明确运量、运价机制和压港责任。',
        category: '协同',
        unit: 'LOGISTICS',
        person: 'logistics.reporter',
        dueInDays: 30,
      },
    ],
  },
  {
    title: '智能巡检机器人推广应用专题会',
    kind: 'special',
    organiser: 'SMART',
    by: 'smart.reporter',
    startsInDays: 5,
    location: '视频会议',
    participatingUnits: ['POWER', 'NEWENERGY'],
    participants: ['power.reporter', 'newenergy.reporter'],
    agenda: '1. 通报变电站试点成效\n2. 研究在风电场推广的技术方案和费用分摊',
    template: '专题会纪要模板',
    steps: [],
    resolutions: [],
  },
];

export const seedDemoMeetings = async (strapi: Core.Strapi) => {
  await seedMinutesTemplates(strapi);
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const unitId = async (code: string) => (await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code }, select: ['id'] })).id as number;
  const userId = async (username: string) =>
    (await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] })).id as number;
  const today = new Date();

  for (const spec of MEETINGS) {
    if (await strapi.db.query(MEETING_UID).findOne({ where: { title: spec.title }, select: ['id'] })) continue;
    const template = await strapi.db.query(TEMPLATE_UID).findOne({ where: { name: spec.template }, select: ['id'] });
    const startsAt = new Date(today.getTime() + spec.startsInDays * DAY);
    startsAt.setUTCHours(1, 30, 0, 0); // 09:30 in Beijing
    const resolutions = [];
    for (const r of spec.resolutions) {
      const dueDate = new Date(today.getTime() + r.dueInDays * DAY).toISOString().slice(0, 10);
      resolutions.push({
        title: r.title,
        description: r.description,
        category: r.category,
        ownerUnit: await unitId(r.unit),
        ownerPerson: await userId(r.person),
        dueDate,
      });
    }
    const created = await strapi.documents(MEETING_UID).create({
      data: {
        title: spec.title,
        kind: spec.kind,
        startsAt,
        location: spec.location,
        agenda: spec.agenda,
        ownerUnit: { set: [{ id: await unitId(spec.organiser) }] },
        participatingUnits: { set: await Promise.all(spec.participatingUnits.map(async (code) => ({ id: await unitId(code) }))) },
        participants: { set: await Promise.all(spec.participants.map(async (username) => ({ id: await userId(username) }))) },
        minutesTemplate: template?.id,
        resolutions,
      } as any,
    });
    const actor = await scope.forUser(await userId(spec.by));
    for (const action of spec.steps) await workflow.transition(MEETING_UID, created.documentId, action, null, actor);
  }
};
