/**
 * Chinese field labels in the content manager (content types and components), written into its
 * stored view configuration on every boot. The dictionary is the source of truth: a label changed through "Configure the view"
 * is put back on the next boot. Types or attributes that do not exist are skipped, so a later
 * type only needs its entry here.
 */
import type { Core } from '@strapi/strapi';
import { MEMBERSHIP_UID, ORG_UNIT_UID } from '../utils/uids';

interface TypeLabels {
  labels: Record<string, string>;
  /** Attributes shown but never edited in the form (the server owns them). */
  readOnly?: string[];
  /** Attributes left out of the edit form. */
  hidden?: string[];
  mainField?: string;
}

/** Timestamps and authors every type has. */
const COMMON_LABELS: Record<string, string> = {
  createdAt: '创建时间',
  updatedAt: '更新时间',
  createdBy: '创建人',
  updatedBy: '更新人',
};

export const ADMIN_LABELS: Record<string, TypeLabels> = {
  [ORG_UNIT_UID]: {
    labels: {
      name: '名称',
      shortName: '简称',
      code: '编码',
      level: '层级',
      parent: '上级单位',
      children: '下级单位',
      path: '路径',
      region: '地区',
      contacts: '协同联系人',
    },
    readOnly: ['path'],
    mainField: 'name',
  },
  'api::synergy-demand.synergy-demand': {
    labels: {
      title: '标题',
      description: '描述',
      category: '类别',
      subCategory: '子类别',
      quantity: '数量',
      quantityUnit: '计量单位',
      budget: '预算(元)',
      region: '地区',
      neededBy: '需求日期',
      businessType: '业务类型',
      contactPerson: '联系人',
      status: '状态',
      reviewComment: '审核意见',
      ownerUnit: '所属单位',
      linkedDemands: '关联需求',
      attachments: '附件',
      closeOutcome: '关闭方式',
      mustEntry: '匹配到的须选择条目',
      mustEntryCheckedAt: '须选择条目核对时间',
    },
    readOnly: ['status', 'reviewComment', 'closeOutcome', 'mustEntry', 'mustEntryCheckedAt'],
    // Strapi 5's content manager treats `status` as its own draft/published field and blanks
    // the value in the edit view, where it would read "请选择". The workflow panel shows it.
    hidden: ['status'],
  },
  'api::synergy-resource.synergy-resource': {
    labels: {
      title: '标题',
      description: '描述',
      resourceType: '资源类型',
      quantity: '数量',
      quantityUnit: '计量单位',
      region: '地区',
      availableFrom: '可用起始日期',
      availableTo: '可用截止日期',
      terms: '合作条件',
      referencePrice: '参考价格(元)',
      priceUnit: '计价单位',
      contactPerson: '联系人',
      attachments: '附件',
      status: '状态',
      reviewComment: '审核意见',
      ownerUnit: '所属单位',
    },
    readOnly: ['status', 'reviewComment'],
    hidden: ['status'],
  },
  'api::exemption-request.exemption-request': {
    labels: {
      demand: '协同需求',
      catalogueEntry: '例外的目录条目',
      catalogueEntryName: '目录条目',
      reason: '例外原因',
      justification: '例外理由',
      status: '状态',
      reviewComment: '审核意见',
      ownerUnit: '所属单位',
    },
    readOnly: ['status', 'reviewComment'],
    hidden: ['status'],
    mainField: 'catalogueEntryName',
  },
  'api::article.article': {
    labels: {
      title: '标题',
      summary: '摘要',
      body: '正文',
      kind: '栏目',
      publishedDate: '发布日期',
      cover: '封面',
      tags: '标签',
    },
  },
  'api::catalogue-edition.catalogue-edition': {
    labels: { code: '版本编码', title: '标题', validFrom: '生效日期', validTo: '截止日期', notes: '说明', status: '状态', ownerUnit: '所属单位' },
    readOnly: ['status'],
    hidden: ['status'],
    mainField: 'code',
  },
  'api::catalogue-entry.catalogue-entry': {
    labels: {
      name: '名称',
      description: '描述',
      entryType: '类型',
      resourceKind: '资源类别',
      subCategory: '子类别',
      supplierClass: '类别等级',
      referencePrice: '参考价格',
      priceUnit: '计价单位',
      coverageRegions: '覆盖区域',
      leadTimeDays: '供货周期(天)',
      edition: '目录版本',
      status: '状态',
      ownerUnit: '供应单位',
    },
    readOnly: ['status'],
    hidden: ['status'],
    mainField: 'name',
  },
  'api::synergy-project.synergy-project': {
    labels: {
      title: '项目名称',
      demand: '来源需求',
      supplierUnits: '供方单位',
      businessType: '业务类型',
      pricingBasis: '定价方式',
      directivePrice: '指令价格(元)',
      directivePriceSetBy: '定价单位',
      contractAmount: '合同金额(元)',
      startDate: '开始日期',
      endDate: '结束日期',
      milestones: '里程碑',
      status: '状态',
      ownerUnit: '需方单位',
    },
    readOnly: ['status'],
    hidden: ['status'],
  },
  'api::benefit-record.benefit-record': {
    labels: { project: '协同项目', period: '期间', amount: '效益金额(元)', kind: '效益类型', shares: '分摊比例', confirmations: '确认记录', status: '状态', ownerUnit: '登记单位' },
    readOnly: ['status', 'confirmations'],
    hidden: ['status'],
  },
  'api::dispute.dispute': {
    labels: {
      project: '协同项目',
      subject: '争议事项',
      description: '争议描述',
      respondentUnit: '争议对方',
      mediatorUnit: '调解单位',
      outcome: '调解结果',
      escalationCount: '上报次数',
      dueAt: '调解期限',
      status: '状态',
      ownerUnit: '提起单位',
    },
    readOnly: ['status', 'mediatorUnit', 'outcome', 'escalationCount', 'dueAt'],
    hidden: ['status'],
  },
  'api::internal-supplier.internal-supplier': {
    labels: { entryType: '类别', subCategory: '子类别', description: '供应范围', supplierClass: '供应商分级', rating: '评价得分', status: '状态', ownerUnit: '申请单位' },
    readOnly: ['status', 'rating'],
    hidden: ['status'],
  },
  'api::supplier-class-change.supplier-class-change': {
    labels: { supplier: '内部供应商', fromClass: '原分级', toClass: '新分级', reason: '调整理由', ownerUnit: '调整单位' },
    readOnly: ['fromClass'],
  },
  'api::supplier-evaluation.supplier-evaluation': {
    labels: { project: '协同项目', supplierUnit: '被评价供方', quality: '质量', delivery: '交付', service: '服务', comment: '评价意见', ownerUnit: '评价单位' },
  },
  'api::task.task': {
    labels: {
      title: '任务名称',
      description: '任务要求',
      source: '任务来源',
      sourceUid: '来源类型',
      sourceDocumentId: '来源记录',
      level: '督办层级',
      category: '任务类别',
      ownerPerson: '承办人',
      supervisingUnit: '督办单位',
      assignedOn: '交办日期',
      dueDate: '完成时限',
      milestones: '预期节点',
      progress: '完成进度(%)',
      light: '红绿灯',
      lastReportAt: '最近填报',
      lastRemindedAt: '最近提醒',
      urgeCount: '催办次数',
      lastUrgedOn: '最近催办日',
      reminderCount: '提醒次数',
      submittedOn: '提交验收日',
      acceptedAt: '验收时间',
      escalatedAt: '升级督办时间',
      deductedAt: '考核扣分时间',
      status: '状态',
      ownerUnit: '承办单位',
    },
    readOnly: ['status', 'progress', 'light', 'lastReportAt', 'lastRemindedAt', 'urgeCount', 'lastUrgedOn', 'reminderCount', 'submittedOn', 'acceptedAt', 'escalatedAt', 'deductedAt', 'sourceUid', 'sourceDocumentId'],
    hidden: ['status'],
  },
  'api::progress-report.progress-report': {
    labels: { task: '督办任务', percent: '完成百分比', text: '进展情况', attachments: '附件', reporter: '填报人', reporterName: '填报人姓名', supervisingUnit: '督办单位', ownerUnit: '承办单位' },
    readOnly: ['reporter', 'reporterName', 'supervisingUnit'],
  },
  'api::assessment-deduction.assessment-deduction': {
    labels: { reason: '扣分原因', task: '督办任务', points: '扣分', period: '考核期间', note: '说明', recordedAt: '记录时间', ownerUnit: '被扣分单位' },
  },
  'api::meeting.meeting': {
    labels: {
      title: '会议名称', kind: '会议类型', startsAt: '会议时间', location: '会议地点', participatingUnits: '参会单位', participants: '参会人员',
      agenda: '会议议程', minutesTemplate: '纪要模板', minutes: '会议纪要', resolutions: '会议决议', minutesPublishedAt: '纪要发布时间', status: '状态', ownerUnit: '组织单位',
    },
    readOnly: ['status', 'minutesPublishedAt'],
    hidden: ['status'],
  },
  'meeting.resolution': {
    labels: { title: '决议事项', description: '具体要求', category: '任务类别', ownerUnit: '责任单位', ownerPerson: '责任人', dueDate: '完成时限', taskDocumentId: '督办任务编号' },
    readOnly: ['taskDocumentId'],
  },
  'api::minutes-template.minutes-template': {
    labels: { name: '模板名称', kind: '适用会议类型', body: '模板正文' },
    mainField: 'name',
  },
  'api::notification.notification': {
    labels: {
      recipient: '收件人',
      kind: '通知类型',
      title: '标题',
      body: '内容',
      subjectUid: '关联类型',
      subjectDocumentId: '关联记录',
      readAt: '已读时间',
      dedupeKey: '去重键',
      emailStatus: '邮件状态',
      emailAttempts: '邮件尝试次数',
      emailClaim: '邮件发送批次',
      emailedAt: '邮件时间',
      emailError: '邮件错误',
    },
    // Written by the system only (the notifier); HQ reads them.
    readOnly: ['recipient', 'kind', 'title', 'body', 'subjectUid', 'subjectDocumentId', 'readAt', 'dedupeKey', 'emailStatus', 'emailAttempts', 'emailedAt', 'emailError'],
    hidden: ['emailClaim'],
    mainField: 'title',
  },
  [MEMBERSHIP_UID]: {
    labels: { unit: '单位', role: '角色', user: '内网用户', adminUser: '后台用户' },
  },
  'plugin::users-permissions.user': {
    labels: { username: '登录名', fullName: '姓名', email: '电子邮箱', password: '密码', confirmed: '已确认', blocked: '已停用', role: '角色' },
  },
};

type Configuration = {
  settings: Record<string, any>;
  metadatas: Record<string, { edit?: Record<string, any>; list?: Record<string, any> }>;
  layouts: Record<string, any>;
};

/** The configuration with the dictionary applied, or null when it already matches. */
export const applyLabels = (config: Configuration, attributes: string[], spec: TypeLabels): Configuration | null => {
  let changed = false;
  const metadatas = { ...config.metadatas };
  const set = (section: Record<string, any>, key: string, value: unknown) => {
    if (section[key] === value) return section;
    changed = true;
    return { ...section, [key]: value };
  };

  for (const [attribute, label] of Object.entries({ ...COMMON_LABELS, ...spec.labels })) {
    if (!attributes.includes(attribute) || !metadatas[attribute]) continue;
    const { edit = {}, list = {} } = metadatas[attribute];
    let nextEdit = set(edit, 'label', label);
    if (spec.readOnly?.includes(attribute)) nextEdit = set(nextEdit, 'editable', false);
    if (spec.hidden?.includes(attribute)) nextEdit = set(nextEdit, 'visible', false);
    metadatas[attribute] = { ...metadatas[attribute], edit: nextEdit, list: set(list, 'label', label) };
  }

  let settings = config.settings;
  if (spec.mainField && attributes.includes(spec.mainField)) settings = set(settings, 'mainField', spec.mainField);

  return changed ? { ...config, settings, metadatas } : null;
};

const createAdminLabelsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Writes only the configurations that differ from the dictionary (content types and components). */
  async apply() {
    const contentManager = strapi.plugin('content-manager');
    for (const [uid, spec] of Object.entries(ADMIN_LABELS)) {
      const isComponent = !(uid in strapi.contentTypes);
      const model = isComponent ? strapi.components[uid as keyof typeof strapi.components] : strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
      if (!model) continue;
      const service = contentManager.service(isComponent ? 'components' : 'content-types');
      const { uid: _uid, category: _category, ...config } = await service.findConfiguration({ uid });
      const next = applyLabels(config, Object.keys(model.attributes), spec);
      if (next) await service.updateConfiguration({ uid }, next);
    }
  },
});

export default createAdminLabelsService;
