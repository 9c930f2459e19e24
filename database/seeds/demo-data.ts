/** The demo group: a believable state-owned group with four segments, twelve companies and their departments. */
export interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  level: 'group' | 'segment' | 'company' | 'enterprise' | 'department';
  parent?: string;
  region: string;
  contact?: { name: string; title: string; phone: string };
}

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'GROUP',
    name: '华瀚投资集团有限公司',
    shortName: '华瀚集团',
    level: 'group',
    region: '北京',
    contact: { name: '周明远', title: '战略协同部主任', phone: '010-66001001' },
  },
  {
    code: 'HQ-SYN',
    name: '集团战略协同部',
    shortName: '战略协同部',
    level: 'department',
    parent: 'GROUP',
    region: '北京',
    contact: { name: '李慧', title: '协同专员', phone: '010-66001002' },
  },
  {
    code: 'HQ-OPS',
    name: '集团运营管理部',
    shortName: '运营管理部',
    level: 'department',
    parent: 'GROUP',
    region: '北京',
    contact: { name: '王磊', title: '督办专员', phone: '010-66001003' },
  },

  {
    code: 'SEG-ENERGY',
    name: '能源板块',
    shortName: '能源板块',
    level: 'segment',
    parent: 'GROUP',
    region: '北京',
    contact: { name: '赵建国', title: '板块协同负责人', phone: '010-66002001' },
  },
  {
    code: 'SEG-TRANS',
    name: '交通物流板块',
    shortName: '交通板块',
    level: 'segment',
    parent: 'GROUP',
    region: '上海',
    contact: { name: '孙立新', title: '板块协同负责人', phone: '021-55002001' },
  },
  {
    code: 'SEG-FIN',
    name: '金融服务板块',
    shortName: '金融板块',
    level: 'segment',
    parent: 'GROUP',
    region: '北京',
    contact: { name: '钱文', title: '板块协同负责人', phone: '010-66003001' },
  },
  {
    code: 'SEG-TECH',
    name: '科技产业板块',
    shortName: '科技板块',
    level: 'segment',
    parent: 'GROUP',
    region: '深圳',
    contact: { name: '吴晓东', title: '板块协同负责人', phone: '0755-88004001' },
  },

  {
    code: 'POWER',
    name: '华瀚电力控股有限公司',
    shortName: '华瀚电力',
    level: 'company',
    parent: 'SEG-ENERGY',
    region: '北京',
    contact: { name: '郑海波', title: '市场部经理', phone: '010-66101001' },
  },
  {
    code: 'NEWENERGY',
    name: '华瀚新能源有限公司',
    shortName: '华瀚新能源',
    level: 'company',
    parent: 'SEG-ENERGY',
    region: '甘肃',
    contact: { name: '冯雪', title: '协同联络员', phone: '0931-8101001' },
  },
  {
    code: 'COAL',
    name: '华瀚煤业有限公司',
    shortName: '华瀚煤业',
    level: 'company',
    parent: 'SEG-ENERGY',
    region: '内蒙古',
    contact: { name: '陈刚', title: '协同联络员', phone: '0471-6101001' },
  },
  {
    code: 'LOGISTICS',
    name: '华瀚物流有限公司',
    shortName: '华瀚物流',
    level: 'company',
    parent: 'SEG-TRANS',
    region: '上海',
    contact: { name: '褚丽', title: '业务发展部经理', phone: '021-55101001' },
  },
  {
    code: 'PORT',
    name: '华瀚港口有限公司',
    shortName: '华瀚港口',
    level: 'company',
    parent: 'SEG-TRANS',
    region: '广西',
    contact: { name: '卫东', title: '协同联络员', phone: '0771-5101001' },
  },
  {
    code: 'SHIPPING',
    name: '华瀚航运有限公司',
    shortName: '华瀚航运',
    level: 'company',
    parent: 'SEG-TRANS',
    region: '天津',
    contact: { name: '蒋涛', title: '协同联络员', phone: '022-2101001' },
  },
  {
    code: 'CAPITAL',
    name: '华瀚资本控股有限公司',
    shortName: '华瀚资本',
    level: 'company',
    parent: 'SEG-FIN',
    region: '北京',
    contact: { name: '沈静', title: '协同联络员', phone: '010-66201001' },
  },
  {
    code: 'FINCO',
    name: '华瀚集团财务有限公司',
    shortName: '财务公司',
    level: 'company',
    parent: 'SEG-FIN',
    region: '北京',
    contact: { name: '韩冰', title: '信贷部经理', phone: '010-66201002' },
  },
  {
    code: 'LEASING',
    name: '华瀚融资租赁有限公司',
    shortName: '华瀚租赁',
    level: 'company',
    parent: 'SEG-FIN',
    region: '天津',
    contact: { name: '杨帆', title: '协同联络员', phone: '022-2201001' },
  },
  {
    code: 'SMART',
    name: '华瀚智能科技有限公司',
    shortName: '华瀚智能',
    level: 'company',
    parent: 'SEG-TECH',
    region: '深圳',
    contact: { name: '朱琳', title: '产品部经理', phone: '0755-88101001' },
  },
  {
    code: 'TESTING',
    name: '华瀚检测认证有限公司',
    shortName: '华瀚检测',
    level: 'company',
    parent: 'SEG-TECH',
    region: '江苏',
    contact: { name: '秦勇', title: '协同联络员', phone: '025-8101001' },
  },
  {
    code: 'DESIGN',
    name: '华瀚工程设计研究院有限公司',
    shortName: '华瀚设计院',
    level: 'company',
    parent: 'SEG-TECH',
    region: '湖北',
    contact: { name: '尤佳', title: '经营部经理', phone: '027-8101001' },
  },

  {
    code: 'POWER-QZ',
    name: '华瀚钦州发电有限公司',
    shortName: '钦州发电',
    level: 'enterprise',
    parent: 'POWER',
    region: '广西',
    contact: { name: '许强', title: '物资部主任', phone: '0777-3101001' },
  },
  {
    code: 'NEWENERGY-GS',
    name: '华瀚甘肃风电有限公司',
    shortName: '甘肃风电',
    level: 'enterprise',
    parent: 'NEWENERGY',
    region: '甘肃',
    contact: { name: '何静', title: '运维部主任', phone: '0931-8201001' },
  },
  {
    code: 'LOGISTICS-CQ',
    name: '华瀚物流重庆有限公司',
    shortName: '重庆物流',
    level: 'enterprise',
    parent: 'LOGISTICS',
    region: '重庆',
    contact: { name: '吕鹏', title: '业务经理', phone: '023-6101001' },
  },

  { code: 'POWER-MKT', name: '华瀚电力市场营销部', shortName: '电力营销部', level: 'department', parent: 'POWER', region: '北京' },
  { code: 'POWER-SUP', name: '华瀚电力物资采购部', shortName: '电力采购部', level: 'department', parent: 'POWER', region: '北京' },
  { code: 'LOGISTICS-OPS', name: '华瀚物流运营部', shortName: '物流运营部', level: 'department', parent: 'LOGISTICS', region: '上海' },
  { code: 'SMART-RD', name: '华瀚智能研发中心', shortName: '智能研发中心', level: 'department', parent: 'SMART', region: '深圳' },
  { code: 'FINCO-CREDIT', name: '财务公司信贷部', shortName: '信贷部', level: 'department', parent: 'FINCO', region: '北京' },
];

export interface DemoUser {
  username: string;
  name: string;
  unit: string;
  role: 'hq' | 'segment' | 'reporter' | 'employee';
  /** Also gets an admin UI account with this e-mail. */
  admin?: boolean;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'hq.admin', name: '周明远', unit: 'GROUP', role: 'hq', admin: true },
  { username: 'energy.manager', name: '赵建国', unit: 'SEG-ENERGY', role: 'segment', admin: true },
  { username: 'trans.manager', name: '孙立新', unit: 'SEG-TRANS', role: 'segment', admin: true },
  { username: 'power.reporter', name: '郑海波', unit: 'POWER', role: 'reporter', admin: true },
  { username: 'newenergy.reporter', name: '冯雪', unit: 'NEWENERGY', role: 'reporter', admin: true },
  { username: 'logistics.reporter', name: '褚丽', unit: 'LOGISTICS', role: 'reporter', admin: true },
  { username: 'smart.reporter', name: '朱琳', unit: 'SMART', role: 'reporter', admin: true },
  { username: 'power.employee', name: '刘洋', unit: 'POWER', role: 'employee' },
];

export interface DemoDemand {
  title: string;
  description: string;
  category: 'product' | 'engineering' | 'service' | 'resource';
  subCategory: string;
  quantity: number;
  quantityUnit: string;
  budget: number;
  region: string;
  unit: string;
  by: string;
  /** Actions taken after creation, each by a demo user: [action, username, comment?]. */
  path: Array<[string, string, string?]>;
}

const submitPublish = (reporter: string, reviewer: string): Array<[string, string, string?]> => [
  ['submit', reporter],
  ['publish', reviewer, '需求明确，同意发布。'],
];

export const DEMO_DEMANDS: DemoDemand[] = [
  {
    title: '钦州电厂锅炉检修服务',
    description: '2号机组A级检修，需具备电力检修资质的单位提供锅炉本体及辅机检修服务。',
    category: 'service',
    subCategory: '设备检修',
    quantity: 1,
    quantityUnit: '项',
    budget: 3200000,
    region: '广西',
    unit: 'POWER',
    by: 'power.reporter',
    path: [],
  },
  {
    title: '办公笔记本电脑集中采购',
    description: '采购轻薄办公笔记本电脑120台，要求国产操作系统适配。',
    category: 'product',
    subCategory: '信息化设备',
    quantity: 120,
    quantityUnit: '台',
    budget: 780000,
    region: '北京',
    unit: 'POWER',
    by: 'power.reporter',
    path: [['submit', 'power.reporter']],
  },
  {
    title: '风电场运维数据分析平台',
    description: '建设风电场设备运行数据分析平台，实现故障预警和发电量预测。',
    category: 'engineering',
    subCategory: '信息化建设',
    quantity: 1,
    quantityUnit: '套',
    budget: 1500000,
    region: '甘肃',
    unit: 'NEWENERGY',
    by: 'newenergy.reporter',
    path: submitPublish('newenergy.reporter', 'energy.manager'),
  },
  {
    title: '燃煤长协运输服务',
    description: '年度电煤铁海联运服务，约60万吨，钦州港接卸。',
    category: 'service',
    subCategory: '物流运输',
    quantity: 600000,
    quantityUnit: '吨',
    budget: 42000000,
    region: '广西',
    unit: 'POWER',
    by: 'power.reporter',
    path: [...submitPublish('power.reporter', 'energy.manager'), ['dock', 'power.reporter']],
  },
  {
    title: '冷链仓储设施共享',
    description: '重庆片区需要冷链仓储约5000平方米，期限两年。',
    category: 'resource',
    subCategory: '仓储设施',
    quantity: 5000,
    quantityUnit: '平方米',
    budget: 2400000,
    region: '重庆',
    unit: 'LOGISTICS',
    by: 'logistics.reporter',
    path: [...submitPublish('logistics.reporter', 'trans.manager'), ['dock', 'logistics.reporter'], ['agree', 'logistics.reporter']],
  },
  {
    title: '港口设备融资租赁',
    description: '岸桥起重机两台的融资租赁，期限五年。',
    category: 'resource',
    subCategory: '金融服务',
    quantity: 2,
    quantityUnit: '台',
    budget: 36000000,
    region: '广西',
    unit: 'LOGISTICS',
    by: 'logistics.reporter',
    path: [
      ...submitPublish('logistics.reporter', 'hq.admin'),
      ['dock', 'logistics.reporter'],
      ['agree', 'logistics.reporter'],
      ['land', 'logistics.reporter'],
    ],
  },
  {
    title: '智能巡检机器人试点',
    description: '在变电站开展智能巡检机器人试点应用，需科技板块提供设备及算法。',
    category: 'product',
    subCategory: '智能装备',
    quantity: 6,
    quantityUnit: '台',
    budget: 1800000,
    region: '北京',
    unit: 'POWER',
    by: 'power.reporter',
    path: [
      ...submitPublish('power.reporter', 'hq.admin'),
      ['dock', 'power.reporter'],
      ['agree', 'power.reporter'],
      ['land', 'power.reporter'],
      ['close', 'power.reporter'],
    ],
  },
  {
    title: '员工团体意外险',
    description: '为一线员工采购团体意外险，约800人。',
    category: 'service',
    subCategory: '保险服务',
    quantity: 800,
    quantityUnit: '人',
    budget: 160000,
    region: '甘肃',
    unit: 'NEWENERGY',
    by: 'newenergy.reporter',
    path: [
      ['submit', 'newenergy.reporter'],
      ['return', 'energy.manager', '请补充参保人员范围和保障额度。'],
    ],
  },
  {
    title: '研发中心办公场地',
    description: '深圳南山区租赁研发办公场地2000平方米。',
    category: 'resource',
    subCategory: '房产',
    quantity: 2000,
    quantityUnit: '平方米',
    budget: 4800000,
    region: '深圳',
    unit: 'SMART',
    by: 'smart.reporter',
    path: [
      ['submit', 'smart.reporter'],
      ['reject', 'hq.admin', '集团内暂无可用场地，建议按市场化方式解决。'],
    ],
  },
  {
    title: '光伏组件检测服务',
    description: '新建光伏电站组件到货抽检，约20MW。',
    category: 'service',
    subCategory: '检测认证',
    quantity: 20,
    quantityUnit: 'MW',
    budget: 350000,
    region: '甘肃',
    unit: 'NEWENERGY',
    by: 'newenergy.reporter',
    path: [...submitPublish('newenergy.reporter', 'energy.manager'), ['withdraw', 'newenergy.reporter', '项目延期，撤回需求。']],
  },
];
