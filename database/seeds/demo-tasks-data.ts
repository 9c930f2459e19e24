/**
 * Demo supervised tasks (督办任务) of the demo group, in the practice of seeds 002 and 004: business
 * targets broken down, safety hazards, synergy procurement, reform, projects, meeting resolutions,
 * rectification orders and indicator breaches. Dates are days relative to the day the demo is
 * seeded (`assigned` days ago, `due` days from today), so lights and counts look alive whenever it runs.
 */
export type DemoTaskState = 'assigned' | 'in_progress' | 'submitted' | 'accepted' | 'cancelled';

export interface DemoTask {
  title: string;
  category: string;
  source: 'leadership' | 'meeting' | 'indicator' | 'rectification' | 'demand';
  owner: string;
  supervisor: string;
  /** Owner person: a demo employee's user name (their name). */
  person: string;
  level?: 'group';
  assigned: number;
  due: number;
  state: DemoTaskState;
  /** Progress reports, oldest first: percent and what was done. */
  reports: Array<[number, string]>;
  /** Submitted this many days after (+) or before (−) the due date. */
  submitted?: number;
  /** Urged (催办) by its supervising unit when seeded. */
  urge?: string;
  /** Why the supervising unit cancelled it. */
  cancelled?: string;
  description: string;
}

/** Demo employees who own tasks: user name (their name), e-mail name, unit. */
export const DEMO_TASK_OWNERS: Array<[name: string, mail: string, unit: string]> = [
  ['高志峰', 'gaofeng', 'POWER'],
  ['孙浩然', 'sunhaoran', 'POWER-MKT'],
  ['黄志强', 'huangzhiqiang', 'POWER-SUP'],
  ['林国栋', 'linguodong', 'POWER-QZ'],
  ['唐振华', 'tangzhenhua', 'NEWENERGY'],
  ['罗文斌', 'luowenbin', 'NEWENERGY-GS'],
  ['董建平', 'dongjianping', 'COAL'],
  ['宋佳琪', 'songjiaqi', 'LOGISTICS'],
  ['田晓峰', 'tianxiaofeng', 'LOGISTICS-OPS'],
  ['邓红梅', 'denghongmei', 'LOGISTICS-CQ'],
  ['曹永胜', 'caoyongsheng', 'PORT'],
  ['袁立伟', 'yuanliwei', 'SHIPPING'],
  ['彭思远', 'pengsiyuan', 'CAPITAL'],
  ['谢文静', 'xiewenjing', 'FINCO'],
  ['郭晓东', 'guoxiaodong', 'FINCO-CREDIT'],
  ['梁少华', 'liangshaohua', 'LEASING'],
  ['杜宇航', 'duyuhang', 'SMART'],
  ['蒋欣怡', 'jiangxinyi', 'SMART-RD'],
  ['范立群', 'fanliqun', 'TESTING'],
  ['方志远', 'fangzhiyuan', 'DESIGN'],
  ['程雅婷', 'chengyating', 'HQ-SYN'],
  ['沈国庆', 'shenguoqing', 'HQ-OPS'],
  ['石晓磊', 'shilei', 'SEG-ENERGY'],
  ['严文斌', 'yanbin', 'SEG-TRANS'],
];

const T = (
  title: string,
  category: string,
  source: DemoTask['source'],
  owner: string,
  supervisor: string,
  person: string,
  assigned: number,
  due: number,
  state: DemoTaskState,
  reports: DemoTask['reports'],
  description: string,
  extra: Partial<DemoTask> = {}
): DemoTask => ({ title, category, source, owner, supervisor, person, assigned, due, state, reports, description, ...extra });

export const DEMO_TASKS: DemoTask[] = [
  T(
    '年度经营目标分解落实',
    '经营目标',
    'leadership',
    'POWER',
    'SEG-ENERGY',
    '高志峰',
    120,
    -25,
    'accepted',
    [
      [30, '完成利润、营收指标向各电厂分解'],
      [70, '签订所属单位经营业绩责任书'],
      [100, '分解方案经总经理办公会审议通过'],
    ],
    '将集团下达的年度利润总额、营业收入目标分解到所属各电厂和部门，签订责任书。',
    { submitted: -3 }
  ),
  T(
    '四季度利润总额攻坚',
    '经营目标',
    'leadership',
    'COAL',
    'SEG-ENERGY',
    '董建平',
    50,
    38,
    'in_progress',
    [
      [20, '制定增产增效措施清单 18 项'],
      [35, '10 月利润完成进度目标的 104%'],
    ],
    '围绕四季度利润目标，落实增产保供和降本增效措施。'
  ),
  T(
    '两金压降专项行动',
    '经营目标',
    'indicator',
    'FINCO',
    'SEG-FIN',
    '谢文静',
    70,
    -6,
    'in_progress',
    [
      [40, '梳理逾期应收款项 32 笔'],
      [60, '已回收 1.2 亿元，尚有 3 笔进入诉讼'],
    ],
    '应收账款和存货压降至年初目标以内。'
  ),
  T(
    '营业收入月度对标分析',
    '经营目标',
    'leadership',
    'LOGISTICS',
    'SEG-TRANS',
    '宋佳琪',
    40,
    2,
    'in_progress',
    [[30, '完成与行业前三企业的对标数据收集']],
    '按月对标行业先进，分析营业收入差距并提出措施。'
  ),
  T(
    '新能源装机目标推进',
    '经营目标',
    'leadership',
    'NEWENERGY',
    'SEG-ENERGY',
    '唐振华',
    90,
    20,
    'in_progress',
    [
      [25, '完成年度新增装机项目排查'],
      [50, '三个风电项目取得核准'],
      [65, '两个光伏项目开工'],
    ],
    '年度新增新能源装机 80 万千瓦。'
  ),
  T(
    '全员劳动生产率提升方案',
    '经营目标',
    'indicator',
    'CAPITAL',
    'SEG-FIN',
    '彭思远',
    30,
    45,
    'assigned',
    [],
    '针对全员劳动生产率低于阈值，制定提升方案并报板块审核。'
  ),

  T(
    '安全生产隐患整改',
    '安全生产',
    'rectification',
    'POWER-QZ',
    'POWER',
    '林国栋',
    60,
    -12,
    'accepted',
    [
      [40, '完成 2 号锅炉承压部件隐患整改'],
      [100, '全部 11 项隐患整改完毕并复查'],
    ],
    '对安全检查发现的 11 项隐患逐项整改，形成闭环。',
    { submitted: -1 }
  ),
  T(
    '输煤栈桥消防隐患整改',
    '安全生产',
    'rectification',
    'POWER-QZ',
    'POWER',
    '林国栋',
    35,
    -4,
    'in_progress',
    [[50, '喷淋系统改造完成一半']],
    '输煤栈桥消防喷淋系统改造和电缆防火封堵。',
    { urge: '请本周内完成喷淋系统改造并报送验收资料。' }
  ),
  T(
    '风机叶片巡检隐患排查',
    '安全生产',
    'leadership',
    'NEWENERGY-GS',
    'NEWENERGY',
    '罗文斌',
    45,
    3,
    'in_progress',
    [[40, '完成 1–40 号风机叶片巡检']],
    '冬季前完成全部 96 台风机叶片巡检和隐患排查。'
  ),
  T(
    '港区危化品堆场安全专项检查',
    '安全生产',
    'leadership',
    'PORT',
    'SEG-TRANS',
    '曹永胜',
    25,
    30,
    'in_progress',
    [[30, '完成检查方案和检查表']],
    '对钦州港区危化品堆场开展安全专项检查。'
  ),
  T(
    '冬季安全生产大检查',
    '安全生产',
    'leadership',
    'COAL',
    'SEG-ENERGY',
    '董建平',
    10,
    25,
    'assigned',
    [],
    '开展冬季“四防”安全生产大检查，重点检查井下通风和防火。'
  ),
  T(
    '船舶防台风应急预案修订',
    '安全生产',
    'rectification',
    'SHIPPING',
    'SEG-TRANS',
    '袁立伟',
    80,
    -30,
    'accepted',
    [
      [60, '完成预案修订稿'],
      [100, '预案经评审发布'],
    ],
    '根据台风季复盘修订船舶防台应急预案。',
    { submitted: 3 }
  ),

  T(
    '协同采购目录对接',
    '协同采购',
    'demand',
    'POWER-SUP',
    'POWER',
    '黄志强',
    60,
    -16,
    'in_progress',
    [
      [30, '梳理 2026 年物资采购计划'],
      [60, '与内部市场目录完成 60% 品类对接'],
    ],
    '将本部物资采购计划与集团内部市场目录逐项对接，能内采的全部内采。'
  ),
  T(
    '电煤长协运输协同采购落地',
    '协同采购',
    'demand',
    'LOGISTICS-OPS',
    'LOGISTICS',
    '田晓峰',
    45,
    -15,
    'submitted',
    [
      [50, '运输方案与电力公司确认'],
      [100, '长协运输合同签订'],
    ],
    '落实电力公司电煤长协运输需求，签订年度运输合同。',
    { submitted: -1 }
  ),
  T(
    '巡检机器人集中采购对接',
    '协同采购',
    'demand',
    'SMART',
    'SEG-TECH',
    '杜宇航',
    30,
    15,
    'in_progress',
    [[50, '完成样机现场测试']],
    '配合能源板块变电站巡检机器人集中采购，完成技术对接和报价。'
  ),
  T(
    '办公设备集中采购',
    '协同采购',
    'leadership',
    'HQ-SYN',
    'GROUP',
    '程雅婷',
    20,
    40,
    'assigned',
    [],
    '汇总集团本部及各板块办公设备需求，组织集中采购。'
  ),
  T(
    '内部供应商年度评价',
    '协同采购',
    'leadership',
    'TESTING',
    'SEG-TECH',
    '范立群',
    55,
    -2,
    'submitted',
    [
      [60, '完成 12 家内部供应商打分'],
      [100, '评价报告上报'],
    ],
    '对年度内部供应商开展质量、交付、服务评价。',
    { submitted: 0 }
  ),
  T(
    '检测认证服务内部采购落实',
    '协同采购',
    'demand',
    'NEWENERGY',
    'SEG-ENERGY',
    '唐振华',
    40,
    1,
    'assigned',
    [],
    '风电设备检测认证服务优先选用集团内部检测公司。'
  ),

  T(
    '国企改革深化提升行动年度任务',
    '改革攻坚',
    'leadership',
    'SEG-ENERGY',
    'GROUP',
    '石晓磊',
    150,
    35,
    'in_progress',
    [
      [40, '完成 32 项改革任务中的 13 项'],
      [55, '完成 18 项，其余按计划推进'],
    ],
    '落实国企改革深化提升行动能源板块年度任务清单。',
    { level: 'group' }
  ),
  T(
    '经理层任期制和契约化管理',
    '改革攻坚',
    'leadership',
    'SEG-TRANS',
    'GROUP',
    '严文斌',
    100,
    -8,
    'in_progress',
    [[80, '所属 3 家公司完成契约签订，1 家未完成']],
    '板块所属企业经理层全面签订任期制和契约化管理契约。',
    { level: 'group' }
  ),
  T(
    '三项制度改革落地',
    '改革攻坚',
    'leadership',
    'DESIGN',
    'SEG-TECH',
    '方志远',
    90,
    -40,
    'accepted',
    [
      [50, '完成岗位体系重建'],
      [100, '绩效考核办法印发实施'],
    ],
    '推进劳动、人事、分配三项制度改革。',
    { submitted: -5 }
  ),
  T(
    '混合所有制改革方案报批',
    '改革攻坚',
    'leadership',
    'LEASING',
    'SEG-FIN',
    '梁少华',
    60,
    8,
    'in_progress',
    [[30, '完成审计评估机构选聘']],
    '编制混改方案并履行报批程序。'
  ),
  T('专业化整合重组', '改革攻坚', 'leadership', 'CAPITAL', 'GROUP', '彭思远', 30, 60, 'cancelled', [], '金融板块专业化整合重组前期工作。', {
    level: 'group',
    cancelled: '集团统一部署暂缓，待明年专题研究（领导指示）',
  }),

  T(
    '甘肃风电二期并网',
    '项目建设',
    'leadership',
    'NEWENERGY-GS',
    'NEWENERGY',
    '罗文斌',
    200,
    50,
    'in_progress',
    [
      [20, '风机基础施工完成'],
      [45, '完成 20 台风机吊装'],
      [60, '升压站主体完工'],
    ],
    '甘肃风电二期 10 万千瓦项目年底前具备并网条件。'
  ),
  T(
    '钦州港铁路专用线建设',
    '项目建设',
    'leadership',
    'PORT',
    'SEG-TRANS',
    '曹永胜',
    180,
    -18,
    'in_progress',
    [
      [70, '路基和桥涵完工'],
      [85, '铺轨完成，待接触网施工'],
    ],
    '钦州港铁路专用线按期建成，打通铁海联运。',
    { urge: '请说明延期原因并报送赶工计划。' }
  ),
  T(
    '智能运维平台上线',
    '项目建设',
    'leadership',
    'SMART-RD',
    'SMART',
    '蒋欣怡',
    75,
    -18,
    'in_progress',
    [
      [50, '完成平台开发'],
      [80, '在两座变电站试运行'],
    ],
    '智能运维平台在能源板块试点单位上线运行。'
  ),
  T(
    '重庆物流园区一期',
    '项目建设',
    'leadership',
    'LOGISTICS-CQ',
    'LOGISTICS',
    '邓红梅',
    120,
    25,
    'in_progress',
    [
      [40, '仓库主体结构封顶'],
      [60, '冷链库设备安装'],
    ],
    '重庆物流园区一期工程竣工验收。'
  ),
  T(
    '设计院BIM协同平台建设',
    '项目建设',
    'leadership',
    'DESIGN',
    'SEG-TECH',
    '方志远',
    40,
    70,
    'assigned',
    [],
    '建设覆盖全院的 BIM 协同设计平台。'
  ),

  T(
    '落实集团三季度经营分析会决议',
    '会议决议',
    'meeting',
    'HQ-OPS',
    'GROUP',
    '沈国庆',
    55,
    -20,
    'accepted',
    [[100, '8 项决议事项全部分解到责任单位']],
    '三季度经营分析会确定的 8 项决议事项分解落实。',
    { submitted: -2 }
  ),
  T(
    '能源板块协同推进会纪要事项',
    '会议决议',
    'meeting',
    'POWER-MKT',
    'POWER',
    '孙浩然',
    30,
    12,
    'in_progress',
    [[20, '与新能源公司建立月度协调机制']],
    '落实板块协同推进会关于售电与新能源协同营销的纪要事项。'
  ),
  T(
    '金融服务支持实体产业专题会议事项',
    '会议决议',
    'meeting',
    'FINCO-CREDIT',
    'FINCO',
    '郭晓东',
    25,
    2,
    'in_progress',
    [[30, '完成 4 家成员单位授信需求摸排']],
    '为成员单位提供供应链金融支持，落实专题会议事项。',
    { urge: '会议事项即将到期，请加快授信审批。' }
  ),
  T(
    '港航协同对接会决议落实',
    '会议决议',
    'meeting',
    'SHIPPING',
    'SEG-TRANS',
    '袁立伟',
    20,
    18,
    'assigned',
    [],
    '落实港航协同对接会关于航线共享的决议。',
    { urge: '请尽快启动并报送工作方案。' }
  ),

  T(
    '内部审计发现问题整改',
    '整改落实',
    'rectification',
    'LEASING',
    'SEG-FIN',
    '梁少华',
    90,
    -35,
    'accepted',
    [
      [50, '完成 6 项问题整改'],
      [100, '12 项问题全部整改并通过复核'],
    ],
    '对内部审计发现的 12 项问题限期整改。',
    { submitted: -4 }
  ),
  T(
    '巡察反馈问题整改',
    '整改落实',
    'rectification',
    'COAL',
    'SEG-ENERGY',
    '董建平',
    70,
    -1,
    'in_progress',
    [
      [60, '完成 9 项'],
      [90, '剩余 1 项待制度发布'],
    ],
    '集团巡察反馈问题逐项整改销号。'
  ),
  T(
    '合同管理专项整改',
    '整改落实',
    'rectification',
    'LOGISTICS',
    'SEG-TRANS',
    '宋佳琪',
    60,
    -45,
    'accepted',
    [[100, '合同台账补录完成，修订合同管理办法']],
    '合同管理专项检查发现问题整改。',
    { submitted: 5 }
  ),
  T(
    '财务内控缺陷整改',
    '整改落实',
    'rectification',
    'CAPITAL',
    'SEG-FIN',
    '彭思远',
    15,
    30,
    'in_progress',
    [[10, '制定整改方案']],
    '年度内控评价发现的财务内控缺陷整改。',
    { urge: '请按整改方案节点报送进展。' }
  ),
  T(
    '安全培训记录补全',
    '整改落实',
    'rectification',
    'TESTING',
    'SEG-TECH',
    '范立群',
    40,
    -3,
    'cancelled',
    [],
    '补全三级安全教育培训记录。',
    { cancelled: '并入年度安全培训计划统一整改' }
  ),

  T(
    '资产负债率超阈值预警处置',
    '经营目标',
    'indicator',
    'LEASING',
    'SEG-FIN',
    '梁少华',
    20,
    10,
    'in_progress',
    [[40, '制定降杠杆方案，压降有息负债']],
    '资产负债率超过预警阈值，制定并落实降杠杆措施。'
  ),
  T(
    '营业现金比率低于阈值整改',
    '经营目标',
    'indicator',
    'SHIPPING',
    'SEG-TRANS',
    '袁立伟',
    35,
    -7,
    'in_progress',
    [[50, '加快运费回款，回收 6,800 万元']],
    '营业现金比率低于阈值，加快回款、控制支出。'
  ),
  T(
    '钦州电厂锅炉检修服务对接',
    '协同采购',
    'demand',
    'POWER-QZ',
    'POWER',
    '林国栋',
    20,
    22,
    'in_progress',
    [[30, '与设计院完成检修方案技术交流']],
    '锅炉检修服务优先由集团内部单位承接。'
  ),
  T(
    '研发费用加计扣除政策落实',
    '改革攻坚',
    'leadership',
    'SMART',
    'SEG-TECH',
    '杜宇航',
    60,
    -28,
    'accepted',
    [[100, '完成加计扣除申报，享受优惠 860 万元']],
    '用足研发费用加计扣除政策。',
    { submitted: -2 }
  ),
  T(
    '客户资源共享清单编制',
    '协同采购',
    'leadership',
    'HQ-SYN',
    'GROUP',
    '程雅婷',
    45,
    -5,
    'submitted',
    [
      [60, '收集各板块重点客户 326 家'],
      [100, '共享清单编制完成'],
    ],
    '编制集团客户资源共享清单，推动交叉营销。',
    { submitted: 2 }
  ),
];
