/**
 * 经营分析报告 (seed 002, business analysis reports from templates): HQ keeps the templates (which
 * sections, in which order, with which options and commentary prompts); an analyst generates a
 * unit's report for a period as a frozen snapshot of the figures the cockpit's query services
 * give with the analyst's scope, writes a commentary per section and finalises it; the report is
 * exported as .xlsx and as PDF with its Chinese text and charts. A report is read only within the
 * subtree of the unit that prepared it (a company never reads the group's report).
 */
import type { ModuleManifest } from '../../plugins/synergy/public';
import { ANALYSIS_REPORT_UID, ANALYSIS_TEMPLATE_UID } from '../../kernel/uids';
import analysisTemplateRules from '../../api/analysis-template/document-middlewares/analysis-template-rules';
import analysisReportRules from '../../api/analysis-report/document-middlewares/analysis-report-rules';
import analysisReportWorkflow from '../../api/analysis-report/workflow';
import { analysisReportAdminRoutes } from '../../api/analysis-report/admin-routes';
import { ensureDefaultAnalysisTemplate } from '../../api/analysis-template/queries/default-templates';

const analysis: ModuleManifest = {
  name: 'analysis',
  contentTypes: [ANALYSIS_TEMPLATE_UID, ANALYSIS_REPORT_UID],
  // HQ keeps the templates; every member may read them.
  sharedTypes: [{ uid: ANALYSIS_TEMPLATE_UID, read: 'signed-in', write: [] }],
  workflows: [analysisReportWorkflow],
  // A report holds the figures of its unit's whole subtree: units below the preparing unit never read it.
  readRestrictions: [{ uid: ANALYSIS_REPORT_UID, subtreeOnly: true }],
  adminRoutes: analysisReportAdminRoutes,
  grants: [
    // The service checks who (HQ and reporters generate, 403 with the reason for others); the read filter decides what is read.
    { action: `${ANALYSIS_REPORT_UID}.options`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${ANALYSIS_REPORT_UID}.generate`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${ANALYSIS_REPORT_UID}.commentary`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${ANALYSIS_REPORT_UID}.snapshot`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${ANALYSIS_REPORT_UID}.xlsx`, roles: ['hq', 'segment', 'reporter'] },
    { action: `${ANALYSIS_REPORT_UID}.pdf`, roles: ['hq', 'segment', 'reporter'] },
  ],
  documentMiddlewares: [analysisTemplateRules, analysisReportRules],
  bootstrap: async ({ strapi }) => {
    await ensureDefaultAnalysisTemplate(strapi);
  },
};

export default analysis;
