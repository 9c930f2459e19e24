/**
 * The minutes templates a new installation starts with: one per meeting kind. Templates are
 * data — HQ edits them in the admin UI — so these are created only when the table is empty
 * (bootstrap), or when a template of the same name is missing (demo seed); never overwritten.
 */
import type { Core } from '@strapi/strapi';
import { TEMPLATE_UID } from '../../../kernel/uids';

const HEADER = `# {{title}}

- 会议类型：{{kind}}
- 会议时间：{{date}}
- 会议地点：{{location}}
- 组织单位：{{organiser}}
- 参会单位及人员：{{participants}}
`;

export const DEFAULT_MINUTES_TEMPLATES = [
  {
    name: '对接会纪要模板',
    kind: 'docking',
    body: `${HEADER}
## 一、会议议程

{{agenda}}

## 二、对接情况

（记录供需双方介绍的需求与资源、价格与合作条件，以及达成的共识和存在的分歧。）

## 三、会议议定事项

{{resolutions}}

## 四、后续安排

议定事项由责任单位按完成时限办理，并在督办系统中按期填报进展；组织单位跟踪督办，逾期事项按规定升级督办。
`,
  },
  {
    name: '经营分析会纪要模板',
    kind: 'operating',
    body: `${HEADER}
## 一、会议议程

{{agenda}}

## 二、经营情况通报

（对照年度目标通报利润总额、资产负债率、营业现金比率、净资产收益率、研发经费投入强度、全员劳动生产率等指标的完成情况。）

## 三、问题与原因分析

（列出未达进度的指标、原因及影响。）

## 四、会议决定事项

{{resolutions}}

## 五、工作要求

各责任单位对照决定事项制定措施，按期报送进展；运营管理部跟踪督办，并在下次经营分析会上通报落实情况。
`,
  },
  {
    name: '专题会纪要模板',
    kind: 'special',
    body: `${HEADER}
## 一、专题事项

{{agenda}}

## 二、讨论意见

（记录各参会单位的主要意见和建议。）

## 三、会议议定

{{resolutions}}
`,
  },
];

const ensureTemplates = async (strapi: Core.Strapi) => {
  let created = 0;
  for (const template of DEFAULT_MINUTES_TEMPLATES) {
    if (await strapi.db.query(TEMPLATE_UID).findOne({ where: { name: template.name }, select: ['id'] })) continue;
    await strapi.documents(TEMPLATE_UID as any).create({ data: template as any });
    created += 1;
  }
  return created;
};

/** Bootstrap: an installation without any template gets the defaults; one that has templates is left alone. */
export const ensureDefaultMinutesTemplates = async (strapi: Core.Strapi): Promise<number> =>
  (await strapi.db.query(TEMPLATE_UID).count()) > 0 ? 0 : ensureTemplates(strapi);

/** Demo seed: each default template that is missing by name. */
export const seedMinutesTemplates = ensureTemplates;
