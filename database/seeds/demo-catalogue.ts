/**
 * The demo internal-market catalogue: edition 2026-H1 with entries of every type and class from
 * the demo companies, taken through the workflow (submitted by the supplier, approved by HQ, the
 * edition published), and 2026-H2 opened as its copy. Idempotent by edition code.
 */
import type { Core } from '@strapi/strapi';
import { EDITION_UID, ENTRY_UID } from '../../src/kernel/uids';

type Entry = [
  unit: string,
  name: string,
  type: string,
  kind: string | null,
  subCategory: string,
  supplierClass: string,
  price: number,
  priceUnit: string,
  regions: string[],
  leadTimeDays: number,
  description: string,
];

const ALL = ['全国'];
const NORTH = ['北京', '天津', '河北', '内蒙古'];
const SOUTH = ['广西', '广东', '海南'];
const EAST = ['上海', '江苏', '浙江'];

export const DEMO_CATALOGUE: Entry[] = [
  [
    'TESTING',
    '压力容器定期检验',
    'service',
    null,
    '检验检测',
    'must',
    3800,
    '元/台',
    ALL,
    10,
    '按 TSG 21 规程开展压力容器定期检验，出具检验报告',
  ],
  ['TESTING', '管道焊缝无损检测', 'service', null, '检验检测', 'must', 260, '元/道口', ALL, 5, '射线、超声、磁粉、渗透检测'],
  ['TESTING', '电气设备预防性试验', 'service', null, '检验检测', 'priority', 1500, '元/台', NORTH, 7, '变压器、开关柜、电缆预防性试验'],
  ['TESTING', '环境监测', 'service', null, '环保', 'priority', 12000, '元/次', ALL, 15, '废气、废水、噪声监测及报告'],
  ['TESTING', '计量器具检定校准', 'service', null, '计量', 'encouraged', 180, '元/件', EAST, 5, '压力表、温度计、流量计检定'],
  ['TESTING', 'CMA 检测资质', 'resource', 'intangible', '资质', 'encouraged', 0, '元/项', ALL, 0, '可为集团内单位项目提供资质支持'],
  ['SMART', '智能巡检机器人', 'product', null, '智能装备', 'priority', 285000, '元/台', ALL, 60, '变电站、管廊轮式巡检机器人，含后台系统'],
  ['SMART', '工业视频监控系统', 'product', null, '智能装备', 'priority', 3200, '元/路', ALL, 30, 'AI 识别安全帽、烟火、越界'],
  ['SMART', '能耗在线监测平台', 'product', null, '软件', 'encouraged', 180000, '元/套', ALL, 45, '企业能耗采集、分析、对标'],
  ['SMART', '办公计算机及外设', 'product', null, '信息设备', 'must', 5600, '元/台', ALL, 15, '国产化办公终端集中供应'],
  ['SMART', '数据中心运维服务', 'service', null, '信息技术', 'priority', 45000, '元/月', ['深圳', '北京', '上海'], 7, '机房 7×24 小时运维'],
  ['SMART', '软件研发工程师', 'resource', 'human', '人才', 'encouraged', 2200, '元/人·天', ALL, 10, 'Java、前端、数据工程师驻场开发'],
  ['SMART', '智慧工地系统集成', 'engineering', null, '系统集成', 'priority', 650000, '元/项', ALL, 90, '门禁、视频、环境监测一体化'],
  ['LOGISTICS', '大宗物资公路运输', 'service', null, '运输', 'must', 0.45, '元/吨·公里', ALL, 3, '煤炭、钢材、设备整车运输'],
  ['LOGISTICS', '仓储服务', 'service', null, '仓储', 'priority', 28, '元/平方米·月', EAST, 5, '常温库、危化品库'],
  ['LOGISTICS', '大件设备运输', 'service', null, '运输', 'priority', 85000, '元/车次', ALL, 15, '变压器、风机叶片等超限运输'],
  ['LOGISTICS', '多式联运方案设计', 'service', null, '物流咨询', 'encouraged', 30000, '元/项', ALL, 20, '公铁水联运方案与报价'],
  [
    'LOGISTICS',
    '闲置仓库',
    'resource',
    'tangible',
    '场地',
    'encouraged',
    22,
    '元/平方米·月',
    ['上海', '重庆'],
    10,
    '可短租的标准仓库约 8000 平方米',
  ],
  ['PORT', '港口装卸作业', 'service', null, '港口', 'must', 18, '元/吨', SOUTH, 2, '散货、件杂货装卸'],
  ['PORT', '港区堆场', 'resource', 'tangible', '场地', 'priority', 6, '元/平方米·月', ['广西'], 5, '钦州港区临时堆场'],
  ['SHIPPING', '沿海散货运输', 'service', null, '航运', 'must', 38, '元/吨', ['天津', '上海', '广西', '广东'], 10, '北煤南运等沿海航线'],
  ['SHIPPING', '船员劳务', 'resource', 'human', '人才', 'encouraged', 1200, '元/人·天', ALL, 15, '持证船员派遣'],
  ['FINCO', '集团内部贷款', 'service', null, '金融', 'must', 3.1, '%/年', ALL, 10, '成员单位流动资金贷款，利率参考 LPR'],
  ['FINCO', '票据贴现', 'service', null, '金融', 'priority', 1.9, '%/年', ALL, 3, '商业汇票贴现'],
  ['FINCO', '资金归集与结算', 'service', null, '金融', 'must', 0, '元/笔', ALL, 1, '资金池与跨行结算'],
  ['LEASING', '设备融资租赁', 'service', null, '金融', 'priority', 4.2, '%/年', ALL, 20, '发电、港口、运输设备直租与回租'],
  ['CAPITAL', '产业基金投资咨询', 'service', null, '投资', 'encouraged', 200000, '元/项', ALL, 30, '项目估值与投资方案'],
  ['DESIGN', '火电厂技改工程设计', 'engineering', null, '工程设计', 'must', 1200000, '元/项', ALL, 60, '锅炉、汽机、环保设施技改设计'],
  ['DESIGN', '光伏电站勘察设计', 'engineering', null, '工程设计', 'must', 0.08, '元/瓦', ALL, 45, '集中式、分布式光伏勘察设计'],
  ['DESIGN', '工程造价咨询', 'service', null, '咨询', 'priority', 0.5, '%/造价', ALL, 20, '概算、预算、结算审核'],
  ['DESIGN', '工程监理', 'engineering', null, '监理', 'priority', 1.2, '%/造价', ALL, 15, '电力、市政工程监理'],
  [
    'DESIGN',
    '设计专利与标准图集',
    'resource',
    'intangible',
    '知识产权',
    'encouraged',
    50000,
    '元/项',
    ALL,
    10,
    '风电基础、升压站标准化设计成果',
  ],
  ['POWER', '电力供应（直供电）', 'product', null, '能源', 'must', 0.42, '元/千瓦时', ['广西', '北京'], 30, '园区直供电与售电服务'],
  ['POWER', '锅炉检修服务', 'service', null, '检修', 'priority', 680000, '元/次', SOUTH, 30, '燃煤锅炉 A/B 级检修'],
  ['POWER', '电力工程施工', 'engineering', null, '施工', 'priority', 2500000, '元/项', ALL, 90, '升压站、送出线路施工'],
  ['POWER', '运行值班人员', 'resource', 'human', '人才', 'encouraged', 900, '元/人·天', ALL, 15, '持证集控运行值班员外派'],
  [
    'NEWENERGY',
    '风电运维服务',
    'service',
    null,
    '运维',
    'priority',
    120,
    '元/千瓦·年',
    ['甘肃', '内蒙古', '新疆'],
    15,
    '风机定检、故障处理',
  ],
  ['NEWENERGY', '分布式光伏 EPC', 'engineering', null, '工程总承包', 'priority', 3.2, '元/瓦', ALL, 60, '厂房屋顶光伏设计施工一体化'],
  ['NEWENERGY', '绿证与碳资产', 'resource', 'intangible', '碳资产', 'encouraged', 50, '元/张', ALL, 5, '绿色电力证书交易'],
  ['COAL', '动力煤', 'product', null, '燃料', 'must', 720, '元/吨', NORTH, 10, '5500 大卡动力煤长协供应'],
  ['COAL', '煤矿安全培训', 'service', null, '培训', 'encouraged', 800, '元/人', NORTH, 10, '煤矿安全生产培训'],
  ['COAL', '矿区闲置土地', 'resource', 'tangible', '土地', 'encouraged', 3, '元/平方米·月', ['内蒙古'], 30, '可用于光伏的复垦土地'],
];

export const seedDemoCatalogue = async (strapi: Core.Strapi, unitIds: Map<string, number>, userIds: Map<string, number>) => {
  if (await strapi.db.query(EDITION_UID).findOne({ where: { code: '2026-H1' }, select: ['id'] })) return;
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const hq = await scope.forUser(userIds.get('hq.admin')!);
  const reporters = new Map<string, number>([
    ['POWER', userIds.get('power.reporter')!],
    ['NEWENERGY', userIds.get('newenergy.reporter')!],
    ['LOGISTICS', userIds.get('logistics.reporter')!],
    ['SMART', userIds.get('smart.reporter')!],
  ]);

  const edition: any = await strapi.documents(EDITION_UID as any).create({
    data: {
      code: '2026-H1',
      title: '2026年上半年内部市场目录',
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
      notes: '由各成员单位申报、集团战略协同部审核汇编',
    } as any,
  });
  for (const [
    unit,
    name,
    entryType,
    resourceKind,
    subCategory,
    supplierClass,
    referencePrice,
    priceUnit,
    coverageRegions,
    leadTimeDays,
    description,
  ] of DEMO_CATALOGUE) {
    const entry: any = await strapi.documents(ENTRY_UID as any).create({
      data: {
        name,
        description,
        entryType,
        resourceKind,
        subCategory,
        supplierClass,
        referencePrice,
        priceUnit,
        coverageRegions,
        leadTimeDays,
        edition: { set: [{ id: edition.id }] },
        ownerUnit: { set: [{ id: unitIds.get(unit)! }] },
      } as any,
    });
    // Units without a demo reporter have their entries entered by HQ on their behalf.
    const submitter = reporters.has(unit) ? await scope.forUser(reporters.get(unit)!) : hq;
    await workflow.transition(ENTRY_UID, entry.documentId, 'submit', null, submitter);
    await workflow.transition(ENTRY_UID, entry.documentId, 'approve', '符合集团内部市场准入条件', hq);
  }
  await workflow.transition(EDITION_UID, edition.documentId, 'publish', '2026年上半年目录发布', hq);
  await strapi.service(EDITION_UID as any).openNext(edition.documentId, '2026-H2');
  strapi.log.info(`Demo catalogue ready: 2026-H1 published with ${DEMO_CATALOGUE.length} entries, 2026-H2 opened as its copy.`);
};
