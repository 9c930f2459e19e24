/** Demo resources, exemption requests and intranet articles of the demo group. */

/** Actions taken after creation, each by a demo user: [action, username, comment?]. */
export type DemoPath = Array<[string, string, string?]>;

export interface DemoResource {
  title: string;
  description: string;
  /** Seed 001, 3.2.1 ④: tangible (physical or financial), intangible and human resources. */
  resourceType: 'tangible-physical' | 'tangible-financial' | 'intangible' | 'human';
  quantity: number;
  quantityUnit: string;
  region: string;
  /** Days from today when the resource becomes available, and for how many days. */
  availableInDays: number;
  availableForDays: number;
  terms: string;
  referencePrice: number;
  priceUnit: string;
  contactPerson: string;
  unit: string;
  path: DemoPath;
}

const publishBy = (reporter: string, reviewer: string): DemoPath => [
  ['submit', reporter],
  ['publish', reviewer, '资源信息完整，同意发布。'],
];

export const DEMO_RESOURCES: DemoResource[] = [
  {
    title: '钦州电厂闲置检修设备',
    description: '2号机组改造后闲置的大型起重设备、检修平台及专用工器具一批，状态良好。',
    resourceType: 'tangible-physical',
    quantity: 36,
    quantityUnit: '台套',
    region: '广西',
    availableInDays: 0,
    availableForDays: 365,
    terms: '可租赁或内部调拨，按评估净值作价。',
    referencePrice: 850000,
    priceUnit: '元(评估净值)',
    contactPerson: '许强',
    unit: 'POWER',
    path: publishBy('power.reporter', 'energy.manager'),
  },
  {
    title: '重庆冷链仓库富余库容',
    description: '重庆两路寸滩片区冷链仓库富余库容约3000平方米，温区-18℃至4℃。',
    resourceType: 'tangible-physical',
    quantity: 3000,
    quantityUnit: '平方米',
    region: '重庆',
    availableInDays: 30,
    availableForDays: 730,
    terms: '集团内单位按市场价九折，最短租期六个月。',
    referencePrice: 68,
    priceUnit: '元/平方米·月',
    contactPerson: '吕鹏',
    unit: 'LOGISTICS',
    path: [...publishBy('logistics.reporter', 'trans.manager'), ['dock', 'logistics.reporter']],
  },
  {
    title: '深圳数据中心富余算力与机柜',
    description: '华瀚智能深圳数据中心富余标准机柜120个、GPU算力约200PFLOPS，可提供托管和云服务。',
    resourceType: 'intangible',
    quantity: 120,
    quantityUnit: '个机柜',
    region: '深圳',
    availableInDays: 0,
    availableForDays: 1095,
    terms: '按需签订服务协议，提供等保三级环境。',
    referencePrice: 5200,
    priceUnit: '元/机柜·月',
    contactPerson: '朱琳',
    unit: 'SMART',
    path: publishBy('smart.reporter', 'hq.admin'),
  },
  {
    title: '西南干线物流客户渠道共享',
    description: '物流公司在西南地区的大宗商品客户渠道，可为集团内煤炭、电力企业提供客户对接。',
    resourceType: 'intangible',
    quantity: 180,
    quantityUnit: '家客户',
    region: '重庆',
    availableInDays: 0,
    availableForDays: 365,
    terms: '渠道共享按撮合成交额的1%计收服务费。',
    referencePrice: 1,
    priceUnit: '%成交额',
    contactPerson: '褚丽',
    unit: 'LOGISTICS',
    path: [...publishBy('logistics.reporter', 'trans.manager'), ['dock', 'logistics.reporter'], ['agree', 'logistics.reporter']],
  },
  {
    title: '风电场运维技术团队',
    description: '甘肃风电场运维团队12人，具备风机大部件更换和叶片检修能力，可对外支援。',
    resourceType: 'human',
    quantity: 12,
    quantityUnit: '人',
    region: '甘肃',
    availableInDays: 15,
    availableForDays: 180,
    terms: '按人天结算，差旅由需求方承担。',
    referencePrice: 1800,
    priceUnit: '元/人·天',
    contactPerson: '何静',
    unit: 'NEWENERGY',
    path: [['submit', 'newenergy.reporter']],
  },
  {
    title: '电力营销大客户渠道',
    description: '华瀚电力在京津冀地区的工商业大客户渠道，可协同推广综合能源服务。',
    resourceType: 'intangible',
    quantity: 260,
    quantityUnit: '家客户',
    region: '北京',
    availableInDays: 0,
    availableForDays: 365,
    terms: '联合营销，收益按贡献分成。',
    referencePrice: 0,
    priceUnit: '按分成',
    contactPerson: '郑海波',
    unit: 'POWER',
    path: [],
  },
  {
    title: '变电站巡检算法授权',
    description: '华瀚智能自研的变电站表计识别和缺陷检测算法，可授权集团内单位使用。',
    resourceType: 'intangible',
    quantity: 10,
    quantityUnit: '套授权',
    region: '深圳',
    availableInDays: 0,
    availableForDays: 730,
    terms: '按站点授权，含一年升级维护。',
    referencePrice: 60000,
    priceUnit: '元/站·年',
    contactPerson: '朱琳',
    unit: 'SMART',
    path: [
      ...publishBy('smart.reporter', 'hq.admin'),
      ['dock', 'smart.reporter'],
      ['agree', 'smart.reporter'],
      ['land', 'smart.reporter'],
      ['close', 'smart.reporter'],
    ],
  },
  {
    title: '供应链金融授信额度',
    description: '财务公司为集团内上下游企业提供应收账款保理授信额度。',
    resourceType: 'tangible-financial',
    quantity: 5,
    quantityUnit: '亿元',
    region: '北京',
    availableInDays: 0,
    availableForDays: 365,
    terms: '利率按同期LPR下浮，需核心企业确权。',
    referencePrice: 3.2,
    priceUnit: '%年化',
    contactPerson: '韩冰',
    unit: 'FINCO',
    path: [
      ['submit', 'hq.admin'],
      ['return', 'hq.admin', '请补充单户授信上限和准入条件。'],
    ],
  },
  {
    title: '集团资金池闲置归集资金',
    description: '财务公司归集的成员单位阶段性闲置资金，可通过集团内委托贷款支持成员单位项目建设。',
    resourceType: 'tangible-financial',
    quantity: 3,
    quantityUnit: '亿元',
    region: '北京',
    availableInDays: 0,
    availableForDays: 180,
    terms: '按集团资金管理办法办理，利率参照同期LPR。',
    referencePrice: 3.0,
    priceUnit: '%年化',
    contactPerson: '韩冰',
    unit: 'FINCO',
    path: [],
  },
];

export interface DemoExemption {
  /** Title of the demo demand it is for. */
  demand: string;
  catalogueEntryName: string;
  reason: 'internal-cannot-supply' | 'insufficient-for-urgent-need' | 'beyond-internal-capability' | 'high-risk-or-special';
  justification: string;
  path: DemoPath;
}

export const DEMO_EXEMPTIONS: DemoExemption[] = [
  {
    demand: '风电场运维数据分析平台',
    catalogueEntryName: '工业大数据平台建设',
    reason: 'beyond-internal-capability',
    justification: '平台需接入三家主机厂的私有数据协议并实现故障预警模型，集团内信息化单位暂无风机数据建模经验，技术难度超出内部能力。',
    path: [
      ['submit', 'newenergy.reporter'],
      ['approve', 'energy.manager', '经板块技术评审，内部暂无同类能力，同意外部采购，后续组织内部单位参与联合开发。'],
    ],
  },
  {
    demand: '办公笔记本电脑集中采购',
    catalogueEntryName: '信息化终端设备',
    reason: 'insufficient-for-urgent-need',
    justification: '新员工批量入职，需在两周内到货120台，内部供应单位现有库存仅40台且排产周期一个月，数量无法满足紧急需求。',
    path: [['submit', 'power.reporter']],
  },
];

export interface DemoArticle {
  title: string;
  kind: 'news' | 'best-practice' | 'policy' | 'guideline' | 'notice';
  summary: string;
  body: string;
  daysAgo: number;
  tags: string[];
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: '集团召开2026年上半年业务协同对接会',
    kind: 'news',
    summary: '四大板块30余家单位参会，现场达成协同意向12项，意向金额约8.6亿元。',
    body: '## 会议概况\n\n集团战略协同部组织召开上半年业务协同对接会，能源、交通物流、金融服务、科技产业四大板块共30余家单位参会。\n\n## 对接成果\n\n- 现场发布协同需求46项、协同资源28项；\n- 达成协同意向12项，意向金额约8.6亿元；\n- 燃煤长协运输、冷链仓储共享等项目进入对接阶段。',
    daysAgo: 12,
    tags: ['对接会', '协同'],
  },
  {
    title: '能源板块与交通物流板块签署电煤运输协同协议',
    kind: 'news',
    summary: '华瀚电力与华瀚物流就钦州电厂年度电煤铁海联运达成协议。',
    body: '华瀚电力与华瀚物流签署年度电煤铁海联运协同协议，约定运量60万吨，采用市场化协商定价。\n\n双方将建立月度调度机制，保障迎峰度夏期间电煤供应。',
    daysAgo: 6,
    tags: ['能源', '物流', '协议'],
  },
  {
    title: '最佳实践：港口设备融资租赁的内部协同',
    kind: 'best-practice',
    summary: '华瀚物流与华瀚租赁以融资租赁方式解决岸桥设备购置，融资成本下降约40个基点。',
    body: '## 背景\n\n华瀚港口需新增岸桥起重机两台，资金需求3600万元。\n\n## 做法\n\n1. 通过协同平台发布需求，华瀚租赁三天内响应；\n2. 双方按市场化原则协商定价，由板块协同负责人见证；\n3. 项目落地后按季度报送协同效益。\n\n## 成效\n\n融资成本较外部报价下降约40个基点，审批周期缩短一半。',
    daysAgo: 20,
    tags: ['最佳实践', '融资租赁'],
  },
  {
    title: '最佳实践：闲置检修设备内部调拨',
    kind: 'best-practice',
    summary: '钦州电厂闲置检修设备在集团内调拨，盘活资产约85万元。',
    body: '钦州电厂将机组改造后闲置的起重设备和检修平台在协同平台发布，甘肃风电场按评估净值调拨使用，盘活存量资产约85万元，避免重复购置。',
    daysAgo: 30,
    tags: ['最佳实践', '闲置资产'],
  },
  {
    title: '集团内部市场采购管理办法',
    kind: 'policy',
    summary: '内部市场目录分为须选择、优先选择、鼓励选择三类，目录内业务原则上在集团内部采购。',
    body: '## 第一章 总则\n\n为发挥集团整体优势，规范内部市场交易，制定本办法。\n\n## 第二章 目录分类\n\n内部市场目录按供应单位分为三类：\n\n- **须选择**：目录内业务必须向内部供应单位采购；\n- **优先选择**：同等条件下优先选择内部供应单位；\n- **鼓励选择**：鼓励各单位在比选中邀请内部供应单位参与。\n\n## 第三章 例外采购\n\n对“须选择”“优先选择”类业务确需外部采购的，须提出例外申请，并说明以下四类原因之一：内部市场无法提供；数量或质量不能满足紧急需求；技术难度或质量标准超出内部能力；风险较高或有特殊要求。例外申请经上级单位批准后方可外部采购。\n\n## 第四章 定价与争议\n\n内部交易原则上按市场化方式协商定价；协商不成的，由共同上级单位协调。',
    daysAgo: 60,
    tags: ['制度', '内部市场', '例外采购'],
  },
  {
    title: '协同需求填报指引',
    kind: 'guideline',
    summary: '说明协同需求的填报要素、审核流程和常见退回原因。',
    body: '## 填报要素\n\n标题、类别及子类别、数量和计量单位、预算、地区、需求日期、业务类型、联系人，必要时上传技术规格书等附件。\n\n## 审核流程\n\n草稿 → 提交 → 板块或集团审核发布 → 对接 → 达成协议 → 落地 → 关闭。\n\n## 常见退回原因\n\n- 需求描述不清，缺少技术参数；\n- 预算依据不足；\n- 需求日期早于审核和对接所需时间。',
    daysAgo: 45,
    tags: ['指引', '需求填报'],
  },
  {
    title: '协同资源发布指引',
    kind: 'guideline',
    summary: '闲置资产、富余产能、客户渠道、金融、技术和人才资源的发布要点。',
    body: '发布协同资源时，请写明资源类型、可用数量、可用期间、合作条件和参考价格。\n\n资源发布后进入集团协同资源池，由战略协同部组织匹配对接。',
    daysAgo: 40,
    tags: ['指引', '协同资源'],
  },
  {
    title: '关于报送2026年第三季度协同效益的通知',
    kind: 'notice',
    summary: '请各单位于季度结束后10个工作日内报送协同项目效益。',
    body: '各单位：\n\n请于季度结束后10个工作日内，通过协同平台报送本季度协同项目效益（收入、成本节约、利润），并经项目各方确认。\n\n集团战略协同部',
    daysAgo: 3,
    tags: ['通知', '协同效益'],
  },
];
