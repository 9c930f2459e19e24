/**
 * The analysis report template a new installation starts with: every section, 一利五率 first.
 * Templates are data — HQ edits them — so it is created only when the table is empty (bootstrap).
 */
import type { Core } from '@strapi/strapi';
import { ANALYSIS_TEMPLATE_UID, INDICATOR_UID } from '../../../kernel/uids';
import type { TemplateSection } from '../rules/sections';

export const DEFAULT_ANALYSIS_TEMPLATE: { name: string; description: string; sections: TemplateSection[] } = {
  name: '季度经营分析报告',
  description: '一利五率完成情况、协同与督办工作、指标预警和考核排名，每节附分析意见。',
  sections: [
    {
      kind: 'plan',
      indicators: ['TOTAL_PROFIT', 'DEBT_RATIO', 'ROE', 'RD_INTENSITY', 'LABOUR_PRODUCTIVITY', 'OCF_RATIO'],
      prompt: '一利五率完成情况如何？未达目标的指标原因是什么，下一步措施是什么？',
    },
    { kind: 'synergy', prompt: '协同需求推进、项目落地和效益确认情况如何？有哪些堵点？' },
    { kind: 'supervision', prompt: '督办任务是否按期落实？逾期事项的原因和整改安排是什么？' },
    { kind: 'breaches', prompt: '预警、告警指标的成因分析及应对措施。' },
    { kind: 'assessment', limit: 20, prompt: '考核排名反映出哪些优势与短板？' },
  ],
};

export const ensureDefaultAnalysisTemplate = async (strapi: Core.Strapi): Promise<number> => {
  if ((await strapi.db.query(ANALYSIS_TEMPLATE_UID).count()) > 0) return 0;
  // Only indicators the library holds (HQ may have removed one of the defaults).
  const known = new Set((await strapi.db.query(INDICATOR_UID).findMany({ select: ['code'] })).map((i: any) => i.code));
  const sections = DEFAULT_ANALYSIS_TEMPLATE.sections.map((section) => {
    if (!section.indicators) return section;
    const { indicators, ...rest } = section;
    const kept = indicators.filter((code) => known.has(code));
    return kept.length > 0 ? { ...rest, indicators: kept } : rest;
  });
  await strapi.documents(ANALYSIS_TEMPLATE_UID).create({ data: { ...DEFAULT_ANALYSIS_TEMPLATE, sections } as any });
  return 1;
};
