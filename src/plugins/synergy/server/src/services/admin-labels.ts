/**
 * Chinese field labels in the content manager, written into its stored view configuration on
 * every boot. The dictionary is the source of truth: a label changed through "Configure the view"
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
    },
    readOnly: ['status', 'reviewComment', 'closeOutcome', 'mustEntry'],
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
  [MEMBERSHIP_UID]: {
    labels: { unit: '单位', role: '角色', user: '内网用户', adminUser: '后台用户' },
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
  /** Writes only the configurations that differ from the dictionary. */
  async apply() {
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    for (const [uid, spec] of Object.entries(ADMIN_LABELS)) {
      const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
      if (!model) continue;
      const { uid: _uid, ...config } = await contentTypes.findConfiguration({ uid });
      const next = applyLabels(config, Object.keys(model.attributes), spec);
      if (next) await contentTypes.updateConfiguration({ uid }, next);
    }
  },
});

export default createAdminLabelsService;
