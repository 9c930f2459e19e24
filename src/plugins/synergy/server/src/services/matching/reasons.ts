/**
 * Why a candidate ranked where it did, in words a person reads, in both languages: a band
 * (强 / 中 / 弱 匹配) from the text score, the demand's words the offer holds (whole words, a
 * near-term as the demand's word it stands for), and what each part of the score added.
 */
import type { QuerySlot } from './bm25';
import type { QueryTerm } from './dictionary';
import { FACTORS, totalWeight, type Factor, type ScoreParts } from './scoring';
import type { CategoryFit, MatchBand, MatchingConfig, Offer, Reasons, RegionFit, ScoreFactor, SupplierClass } from './types';

type Text = { zh: string; en: string };

export const bandOf = (textScore: number, config: MatchingConfig): MatchBand =>
  textScore >= config.bands.strong ? 'strong' : textScore >= config.bands.medium ? 'medium' : 'weak';

const BAND_LABELS: Record<MatchBand, Text> = {
  strong: { zh: '强匹配', en: 'strong match' },
  medium: { zh: '中匹配', en: 'medium match' },
  weak: { zh: '弱匹配', en: 'weak match' },
};

const CATEGORY_NOTES: Record<CategoryFit, Text> = {
  exact: { zh: '类别与子类均相同', en: 'same category and sub-category' },
  type: { zh: '类别相同', en: 'same category' },
  none: { zh: '类别不同', en: 'other category' },
};

const REGION_NOTES: Record<RegionFit, Text> = {
  covered: { zh: '覆盖需求地区', en: "covers the demand's region" },
  nationwide: { zh: '全国范围服务', en: 'serves the whole country' },
  unknown: { zh: '地区未说明', en: 'region not stated' },
  'not-covered': { zh: '不覆盖需求地区', en: "does not cover the demand's region" },
};

const CLASS_NOTES: Record<SupplierClass | 'none', Text> = {
  must: { zh: '目录须选择条目', en: 'catalogue entry, must be chosen' },
  priority: { zh: '目录优先选择条目', en: 'catalogue entry, to be preferred' },
  encouraged: { zh: '目录鼓励选择条目', en: 'catalogue entry, encouraged' },
  none: { zh: '非目录资源', en: 'not a catalogue entry' },
};

/** What the demand's words say about one offer: found, found in other words, found in part, missing. */
export const termsFound = (found: Array<{ slot: QuerySlot; term: QueryTerm | null }>) => {
  const matched: string[] = [];
  const near: Array<{ term: string; via: string }> = [];
  const partial: Array<{ term: string; found: string }> = [];
  const missing: string[] = [];
  const whole = new Set<string>();
  for (const { slot, term } of found) {
    if (slot.own.kind !== 'word') continue;
    if (term) {
      whole.add(slot.own.text);
      matched.push(slot.own.text);
      if (term.standsFor) near.push({ term: slot.own.text, via: term.via ?? term.text });
    }
  }
  for (const { slot, term } of found) {
    if (slot.own.kind !== 'part' || !term) continue;
    const of = slot.own.of ?? slot.own.text;
    if (!whole.has(of) && !partial.some((p) => p.term === of)) partial.push({ term: of, found: term.via ?? term.text });
  }
  for (const { slot, term } of found) {
    if (slot.own.kind === 'word' && !term) missing.push(slot.own.text);
  }
  const words = found.filter(({ slot }) => slot.own.kind === 'word').length;
  return { matched, near, partial, missing, coverage: words > 0 ? matched.length / words : 0 };
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The title's core word (see tokenizer's `titleCore`) and whether the offer holds it, itself or in other words. */
const coreOf = (found: Array<{ slot: QuerySlot; term: QueryTerm | null }>): Reasons['coreTerm'] => {
  const core = found.find(({ slot }) => slot.own.core);
  return core ? { term: core.slot.own.text, found: core.term !== null } : null;
};

const coreNote = (core: Reasons['coreTerm'], named: string | null): Text =>
  !core
    ? { zh: '', en: '' }
    : core.found
      ? { zh: `；含核心词“${core.term}”`, en: `; holds the core word “${core.term}”` }
      : named
        ? {
            zh: `；缺核心词“${core.term}”，但需求点名了本条目的“${named}”`,
            en: `; lacks the core word “${core.term}”, but the demand names this entry's “${named}”`,
          }
        : { zh: `；缺核心词“${core.term}”`, en: `; lacks the core word “${core.term}”` };

const factorNote = (
  factor: Factor,
  parts: ScoreParts,
  offer: Offer,
  config: MatchingConfig,
  matched: string[],
  words: number,
  core: Reasons['coreTerm'],
  named: string | null
): Text => {
  switch (factor) {
    case 'text':
      return {
        zh: `文本相关度 ${percent(parts.textScore)}（需求 ${words} 个词语中找到 ${matched.length} 个${matched.length ? `：${matched.slice(0, 6).join('、')}` : ''}${coreNote(core, named).zh}）`,
        en: `text relevance ${percent(parts.textScore)} (${matched.length} of the demand's ${words} words found${matched.length ? `: ${matched.slice(0, 6).join(', ')}` : ''}${coreNote(core, named).en})`,
      };
    case 'category':
      return CATEGORY_NOTES[parts.category];
    case 'region':
      return REGION_NOTES[parts.region];
    case 'supplierClass':
      return CLASS_NOTES[offer.supplierClass ?? 'none'];
    default:
      return offer.rating === null
        ? { zh: '供方暂无评价', en: 'supplier not rated' }
        : { zh: `供方评价 ${offer.rating}/${config.ratingScale}`, en: `supplier rated ${offer.rating} of ${config.ratingScale}` };
  }
};

const round = (value: number) => Number(value.toFixed(4));

export const explain = (
  parts: ScoreParts,
  offer: Offer,
  found: Array<{ slot: QuerySlot; term: QueryTerm | null }>,
  config: MatchingConfig,
  /** Of a must entry: the domain word of its title that the demand's title names (see the must rule), if any. */
  named: string | null = null
): Reasons => {
  const terms = termsFound(found);
  const band = bandOf(parts.textScore, config);
  const total = totalWeight(config);
  const words = terms.matched.length + terms.missing.length;
  const core = coreOf(found);
  const factors: ScoreFactor[] = FACTORS.map((factor) => ({
    factor,
    value: round(parts.values[factor]),
    points: round(total > 0 ? (config.weights[factor] * parts.values[factor]) / total : 0),
    note: factorNote(factor, parts, offer, config, terms.matched, words, core, named),
  }));
  const others = factors.filter((f) => f.factor !== 'text' && f.factor !== 'rating' && f.value > 0);
  return {
    band,
    bandLabel: BAND_LABELS[band],
    matchedTerms: terms.matched,
    nearTerms: terms.near,
    partialTerms: terms.partial,
    missingTerms: terms.missing,
    coreTerm: core,
    category: parts.category,
    region: parts.region,
    supplierClass: offer.supplierClass,
    rating: offer.rating,
    textScore: round(parts.textScore),
    coverage: round(terms.coverage),
    factors,
    summary: {
      zh: [`${BAND_LABELS[band].zh} ${percent(parts.score)}`, factors[0].note.zh, ...others.map((f) => f.note.zh)].join('；'),
      en: [`${BAND_LABELS[band].en} ${percent(parts.score)}`, factors[0].note.en, ...others.map((f) => f.note.en)].join('; '),
    },
  };
};
