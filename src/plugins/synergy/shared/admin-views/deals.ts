/** Agreements and what follows them: projects, benefits, disputes, internal suppliers. */
import { STATE_LABEL } from './common';
import type { AdminView } from './types';

export const DEALS_VIEWS: Record<string, AdminView> = {
  'api::synergy-project.synergy-project': {
    labels: {
      title: ['项目名称', 'Project name'],
      demand: ['来源需求', 'Source demand'],
      supplierUnits: ['供方单位', 'Supplier units'],
      businessType: ['业务类型', 'Business type'],
      pricingBasis: ['定价方式', 'Pricing basis'],
      directivePrice: ['指令价格(元)', 'Directive price (CNY)'],
      directivePriceSetBy: ['定价单位', 'Price set by'],
      contractAmount: ['合同金额(元)', 'Contract amount (CNY)'],
      startDate: ['开始日期', 'Start date'],
      endDate: ['结束日期', 'End date'],
      milestones: ['里程碑', 'Milestones'],
      state: STATE_LABEL,
      ownerUnit: ['需方单位', 'Buyer unit'],
    },
    list: ['title', 'state', 'ownerUnit', 'pricingBasis', 'contractAmount', 'startDate', 'endDate'],
    sort: ['updatedAt', 'DESC'],
    hidden: ['state'],
  },
  'synergy.milestone': {
    labels: { name: ['名称', 'Name'], dueDate: ['计划日期', 'Due date'], done: ['已完成', 'Done'] },
  },
  'api::benefit-record.benefit-record': {
    labels: {
      project: ['协同项目', 'Project'],
      period: ['期间', 'Period'],
      amount: ['效益金额(元)', 'Amount (CNY)'],
      kind: ['效益类型', 'Kind'],
      shares: ['分摊比例', 'Shares'],
      confirmations: ['确认记录', 'Confirmations'],
      state: STATE_LABEL,
      ownerUnit: ['登记单位', 'Recording unit'],
    },
    list: ['project', 'period', 'kind', 'amount', 'state', 'ownerUnit'],
    sort: ['updatedAt', 'DESC'],
    // Who confirmed, and when, is the workflow panel's history (确认 by each party); not raw JSON.
    hidden: ['state', 'confirmations'],
  },
  'synergy.benefit-share': {
    labels: { unit: ['单位', 'Unit'], percent: ['比例(%)', 'Share (%)'] },
  },
  'api::dispute.dispute': {
    labels: {
      project: ['协同项目', 'Project'],
      subject: ['争议事项', 'Subject'],
      description: ['争议描述', 'Description'],
      respondentUnit: ['争议对方', 'Respondent unit'],
      mediatorUnit: ['调解单位', 'Mediating unit'],
      outcome: ['调解结果', 'Outcome'],
      escalationCount: ['上报次数', 'Escalations'],
      dueAt: ['调解期限', 'Mediation due'],
      state: STATE_LABEL,
      ownerUnit: ['提起单位', 'Raising unit'],
    },
    list: ['subject', 'state', 'project', 'ownerUnit', 'respondentUnit', 'mediatorUnit', 'dueAt'],
    sort: ['updatedAt', 'DESC'],
    readOnly: ['mediatorUnit', 'outcome', 'escalationCount', 'dueAt'],
    hidden: ['state'],
    mainField: 'subject',
  },
  'api::internal-supplier.internal-supplier': {
    labels: {
      entryType: ['类别', 'Category'],
      subCategory: ['子类别', 'Subcategory'],
      description: ['供应范围', 'Scope of supply'],
      supplierClass: ['供应商分级', 'Supplier class'],
      rating: ['评价得分', 'Rating'],
      state: STATE_LABEL,
      ownerUnit: ['申请单位', 'Applying unit'],
    },
    list: ['ownerUnit', 'state', 'entryType', 'subCategory', 'supplierClass', 'rating'],
    readOnly: ['rating'],
    hidden: ['state'],
    mainField: 'subCategory',
  },
  'api::supplier-class-change.supplier-class-change': {
    labels: {
      supplier: ['内部供应商', 'Internal supplier'],
      fromClass: ['原分级', 'From class'],
      toClass: ['新分级', 'To class'],
      reason: ['调整理由', 'Reason'],
      ownerUnit: ['调整单位', 'Deciding unit'],
    },
    list: ['supplier', 'fromClass', 'toClass', 'ownerUnit', 'createdAt'],
    sort: ['createdAt', 'DESC'],
    readOnly: ['fromClass'],
  },
  'api::supplier-evaluation.supplier-evaluation': {
    labels: {
      project: ['协同项目', 'Project'],
      supplierUnit: ['被评价供方', 'Supplier evaluated'],
      quality: ['质量', 'Quality'],
      delivery: ['交付', 'Delivery'],
      service: ['服务', 'Service'],
      comment: ['评价意见', 'Comment'],
      ownerUnit: ['评价单位', 'Evaluating unit'],
    },
    list: ['project', 'supplierUnit', 'quality', 'delivery', 'service', 'ownerUnit', 'createdAt'],
    sort: ['createdAt', 'DESC'],
  },
};
