/**
 * Document Service middleware for analysis report templates, every door: the sections are a list
 * of known kinds with valid options, and the indicators they name exist in the library (400 at
 * `sections.<n>.<field>` otherwise). Who writes (HQ) is the shared-type rule of the manifest.
 */
import type { Core } from '@strapi/strapi';
import { ANALYSIS_TEMPLATE_UID, INDICATOR_UID } from '../../../kernel/uids';
import { refuseProblems } from '../../../kernel/writes';
import { sectionProblems, unknownIndicatorProblems, type TemplateSection } from '../rules/sections';

const analysisTemplateRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: any, next: () => Promise<any>) => {
    if (context.uid !== ANALYSIS_TEMPLATE_UID || !['create', 'update'].includes(context.action)) return next();
    const data = (context.params?.data ?? {}) as Record<string, unknown>;
    if (context.action === 'create' || 'sections' in data) {
      refuseProblems(sectionProblems(data.sections));
      const codes = await strapi.db.query(INDICATOR_UID).findMany({ select: ['code'] });
      refuseProblems(unknownIndicatorProblems(data.sections as TemplateSection[], new Set(codes.map((i: any) => i.code))));
    }
    return next();
  };

export default analysisTemplateRules;
