/** Responsibility-letter fixtures: indicators of the library, HQ's template, and letter bodies as a client sends them. */
import type { Core } from '@strapi/strapi';

export const LETTER = 'api::responsibility-letter.responsibility-letter';
export const LETTER_VERSION = 'api::letter-version.letter-version';
export const LETTER_TEMPLATE = 'api::letter-template.letter-template';
export const INDICATOR = 'api::indicator.indicator';

/** Indicators by code (created once as internal code), with their ids and documentIds. */
export const ensureIndicators = async (strapi: Core.Strapi, codes: string[]) => {
  const byCode: Record<string, { id: number; documentId: string }> = {};
  for (const code of codes) {
    const existing = await strapi.db.query(INDICATOR as any).findOne({ where: { code } });
    const row =
      existing ??
      (await strapi.documents(INDICATOR as any).create({
        data: { code, name: `指标${code}`, unit: '万元', kind: 'base-item', direction: 'higher-better', aggregation: 'sum' } as any,
      }));
    byCode[code] = { id: row.id, documentId: row.documentId };
  }
  return byCode;
};

/** An item as a client sends it: indicator by documentId. */
export const letterItem = (indicatorDocumentId: string, fields: Record<string, unknown> = {}) => ({
  indicator: indicatorDocumentId,
  target: 1000,
  weight: 25,
  scoringRule: 'linear-score',
  floor: 800,
  ceiling: 1000,
  ...fields,
});

/** HQ's template with `codes` as its default items, 100 in weight in all. */
export const makeTemplate = async (strapi: Core.Strapi, name: string, indicators: Record<string, { id: number }>, codes: string[]) => {
  const weight = Math.round((100 / codes.length) * 100) / 100;
  return strapi.documents(LETTER_TEMPLATE as any).create({
    data: {
      name,
      preamble: '为确保完成集团下达的年度经营目标，甲乙双方签订本责任书。',
      items: codes.map((code, index) => ({
        indicator: { set: [{ id: indicators[code].id }] },
        target: 1000 + index,
        weight: index === codes.length - 1 ? Math.round((100 - weight * (codes.length - 1)) * 100) / 100 : weight,
        scoringRule: 'linear-score',
        floor: 800,
        ceiling: 1000 + index,
      })),
    } as any,
  });
};
