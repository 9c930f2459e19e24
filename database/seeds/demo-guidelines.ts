/**
 * Demo guideline library on top of the demo group: the safety rule in its 2025 version,
 * superseded by the 2026 revision that every segment and company must read (one company has
 * confirmed); a contract rule must-read for three chosen companies; a process manual to read at
 * will; and a notice still in draft. Published through the workflow engine as HQ's demo
 * administrator; receipts confirmed as the reporter who would. Idempotent by title.
 */
import type { Core } from '@strapi/strapi';
import { GUIDELINE_UID, ORG_UNIT_UID, USER_UID } from '../../src/kernel/uids';

interface DemoGuideline {
  title: string;
  documentNumber: string;
  category: 'policy-document' | 'management-rule' | 'process-manual' | 'work-notice';
  effectiveFrom: string;
  summary: string;
  body: string;
  mustRead?: { units?: string[] };
  /** The title of the guideline this one replaces. */
  replaces?: string;
  publish: boolean;
  /** Reporters who confirm the reading for their units. */
  readBy?: string[];
}

const GUIDELINES: DemoGuideline[] = [
  {
    title: '安全生产管理办法（2025年版）',
    documentNumber: '集团安〔2025〕5号',
    category: 'management-rule',
    effectiveFrom: '2025-03-01',
    summary: '明确集团安全生产责任体系、隐患排查治理和事故报告要求。',
    body: '第一条 为加强安全生产管理，落实企业安全生产主体责任，制定本办法。\n第二条 各单位主要负责人是本单位安全生产第一责任人。\n第三条 各单位每月开展隐患排查，重大隐患实行挂牌督办。',
    publish: true,
  },
  {
    title: '安全生产管理办法（2026年修订）',
    documentNumber: '集团安〔2026〕2号',
    category: 'management-rule',
    effectiveFrom: '2026-01-01',
    summary: '修订安全生产责任清单，新增新能源场站和港口作业的专项要求。',
    body: '第一条 为加强安全生产管理，落实企业安全生产主体责任，制定本办法。\n第二条 各单位主要负责人是本单位安全生产第一责任人，分管负责人对分管领域安全生产负直接领导责任。\n第三条 各单位每月开展隐患排查，重大隐患实行挂牌督办，整改情况纳入督办任务。\n第四条 新能源场站、港口装卸作业执行专项安全规程。',
    mustRead: {},
    replaces: '安全生产管理办法（2025年版）',
    publish: true,
    readBy: ['power.reporter'],
  },
  {
    title: '合同管理规定',
    documentNumber: '集团法〔2026〕7号',
    category: 'management-rule',
    effectiveFrom: '2026-04-01',
    summary: '规范内部协同业务合同的订立、审查和履约管理。',
    body: '第一条 集团内部单位之间的协同业务应签订书面合同。\n第二条 合同金额超过500万元的，报上级单位法务部门审查。\n第三条 合同履约情况按季度报送。',
    mustRead: { units: ['POWER', 'NEWENERGY', 'LOGISTICS'] },
    publish: true,
  },
  {
    title: '协同需求填报操作手册',
    documentNumber: '集团运〔2026〕11号',
    category: 'process-manual',
    effectiveFrom: '2026-02-15',
    summary: '协同需求从填报、提交、审核到对接落地的操作步骤。',
    body: '一、登录业务协同平台，进入“协同需求”。\n二、填写需求标题、类别、需求时间和预算。\n三、提交后由上级单位审核发布。\n四、对接完成后登记协同项目和效益。',
    publish: true,
  },
  {
    title: '关于开展2026年度对标管理工作的通知',
    documentNumber: '集团运〔2026〕15号',
    category: 'work-notice',
    effectiveFrom: '2026-06-01',
    summary: '部署“一利五率”指标对标工作。',
    body: '各单位：为推动“一利五率”指标持续改善，集团决定开展2026年度对标管理工作。',
    mustRead: {},
    publish: false,
  },
];

export const seedDemoGuidelines = async (strapi: Core.Strapi) => {
  const scope = strapi.plugin('synergy').service('scope');
  const workflow = strapi.plugin('synergy').service('workflow');
  const unitId = async (code: string) => (await strapi.db.query(ORG_UNIT_UID).findOne({ where: { code }, select: ['id'] }))?.id as number;
  const actorOf = async (username: string) => {
    const user = await strapi.db.query(USER_UID).findOne({ where: { username }, select: ['id'] });
    return user ? scope.forUser(user.id) : null;
  };
  const hq = await actorOf('hq.admin');
  if (!hq) return;
  const hqUnit = await unitId('HQ-OPS');
  for (const spec of GUIDELINES) {
    if (await strapi.db.query(GUIDELINE_UID).findOne({ where: { title: spec.title }, select: ['id'] })) continue;
    const previous = spec.replaces
      ? await strapi.db.query(GUIDELINE_UID).findOne({ where: { title: spec.replaces }, select: ['id'] })
      : null;
    const chosen = spec.mustRead?.units ? await Promise.all(spec.mustRead.units.map(unitId)) : [];
    const created = await strapi.documents(GUIDELINE_UID).create({
      data: {
        title: spec.title,
        documentNumber: spec.documentNumber,
        category: spec.category,
        effectiveFrom: spec.effectiveFrom,
        summary: spec.summary,
        body: spec.body,
        issuingUnit: hqUnit ? { set: [{ id: hqUnit }] } : undefined,
        mustRead: !!spec.mustRead,
        mustReadScope: spec.mustRead?.units ? 'chosen-units' : 'whole-group',
        mustReadUnits: { set: chosen.filter(Boolean).map((id) => ({ id })) },
        previousVersion: previous ? { set: [{ id: previous.id }] } : undefined,
      } as any,
    });
    if (!spec.publish) continue;
    await workflow.transition(GUIDELINE_UID, created.documentId, 'publish', null, hq);
    for (const username of spec.readBy ?? []) {
      const reader = await actorOf(username);
      if (reader) await (strapi.service(GUIDELINE_UID) as any).confirmRead(created.documentId, reader);
    }
  }
};
