/**
 * The sections an analysis report template may list, pure: their kinds, titles, the options each
 * kind takes, and what is wrong with a template's `sections` (problems at `sections.<n>.<field>`,
 * in English and Chinese). A report is generated section by section in the template's order.
 */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export const SECTION_KINDS = ['plan', 'synergy', 'supervision', 'breaches', 'assessment'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const SECTION_TITLES: Record<SectionKind, { zh: string; en: string }> = {
  plan: { zh: '计划完成情况（一利五率）', en: 'Plan completion (一利五率)' },
  synergy: { zh: '协同工作概况', en: 'Synergy summary' },
  supervision: { zh: '督办工作概况', en: 'Supervision summary' },
  breaches: { zh: '指标预警', en: 'Indicator breaches' },
  assessment: { zh: '考核排名', en: 'Assessment ranking' },
};

/** A section as a template stores it. */
export interface TemplateSection {
  kind: SectionKind;
  /** The question the analyst answers in the section's commentary. */
  prompt?: string;
  /** plan, breaches: the indicator codes to show (all that apply at the unit's level when absent). */
  indicators?: string[];
  /** assessment: the scheme whose latest published bulletin is shown (any scheme's latest when absent). */
  scheme?: string;
  /** assessment: at most this many ranking rows (all when absent). */
  limit?: number;
}

const OPTIONS: Record<SectionKind, string[]> = {
  plan: ['indicators'],
  synergy: [],
  supervision: [],
  breaches: ['indicators'],
  assessment: ['scheme', 'limit'],
};

export const MAX_SECTIONS = 20;
export const MAX_PROMPT = 1000;
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** What is wrong with a template's sections; none when it is a list of 1–20 known sections with valid options. */
export const sectionProblems = (sections: unknown): Problem[] => {
  if (!Array.isArray(sections) || sections.length === 0 || sections.length > MAX_SECTIONS) {
    return [
      problemAt(
        'sections',
        `sections is a list of 1 to ${MAX_SECTIONS} sections, each { kind, prompt, … }; kinds: ${SECTION_KINDS.join(', ')}`,
        `章节应为 1 至 ${MAX_SECTIONS} 个章节的列表，每个章节形如 { kind, prompt, … }，kind 可为 ${SECTION_KINDS.join('、')}`
      ),
    ];
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  sections.forEach((section, index) => {
    const at = (field?: string) => (field ? ['sections', String(index), field] : ['sections', String(index)]);
    const n = index + 1;
    if (!isPlainObject(section)) {
      problems.push(problemAt(at(), `Section ${n} is not an object { kind, … }`, `第 ${n} 个章节格式不正确，应为 { kind, … }`));
      return;
    }
    const kind = section.kind as SectionKind;
    if (typeof section.kind !== 'string' || !SECTION_KINDS.includes(kind)) {
      problems.push(
        problemAt(
          at('kind'),
          `Section ${n}: kind must be one of ${SECTION_KINDS.join(', ')}`,
          `第 ${n} 个章节的类型须为 ${SECTION_KINDS.join('、')} 之一`
        )
      );
      return;
    }
    if (seen.has(kind)) {
      problems.push(problemAt(at('kind'), `Section ${n}: ${kind} is listed twice`, `第 ${n} 个章节：${SECTION_TITLES[kind].zh}重复`));
    }
    seen.add(kind);
    for (const key of Object.keys(section)) {
      if (key !== 'kind' && key !== 'prompt' && !OPTIONS[kind].includes(key)) {
        const allowed = ['prompt', ...OPTIONS[kind]].join(', ');
        problems.push(
          problemAt(
            at(key),
            `Section ${n} (${kind}) takes no option ${key}; it takes ${allowed}`,
            `第 ${n} 个章节（${SECTION_TITLES[kind].zh}）不支持选项 ${key}，可用选项：${allowed}`
          )
        );
      }
    }
    if (section.prompt !== undefined && (typeof section.prompt !== 'string' || section.prompt.length > MAX_PROMPT)) {
      problems.push(
        problemAt(
          at('prompt'),
          `Section ${n}: the prompt is a text of at most ${MAX_PROMPT} characters`,
          `第 ${n} 个章节的分析提示须为不超过 ${MAX_PROMPT} 字的文本`
        )
      );
    }
    if (
      'indicators' in section &&
      (!Array.isArray(section.indicators) ||
        section.indicators.length === 0 ||
        section.indicators.length > 50 ||
        !section.indicators.every((code) => typeof code === 'string' && CODE.test(code)))
    ) {
      problems.push(
        problemAt(
          at('indicators'),
          `Section ${n}: indicators is a list of 1 to 50 indicator codes, e.g. ["TOTAL_PROFIT", "ROE"]`,
          `第 ${n} 个章节的指标应为 1 至 50 个指标编码的列表，例如 ["TOTAL_PROFIT", "ROE"]`
        )
      );
    }
    if ('scheme' in section && (typeof section.scheme !== 'string' || !CODE.test(section.scheme))) {
      problems.push(problemAt(at('scheme'), `Section ${n}: scheme is an assessment scheme's code`, `第 ${n} 个章节的考核方案应为方案编码`));
    }
    if ('limit' in section && !(Number.isInteger(section.limit) && (section.limit as number) >= 1 && (section.limit as number) <= 500)) {
      problems.push(
        problemAt(at('limit'), `Section ${n}: limit is a whole number from 1 to 500`, `第 ${n} 个章节的排名行数须为 1 至 500 的整数`)
      );
    }
  });
  return problems;
};

/** Codes of indicators that exist in the library but a template names and the library lacks. */
export const unknownIndicatorProblems = (sections: TemplateSection[], known: Set<string>): Problem[] =>
  sections.flatMap((section, index) =>
    (section.indicators ?? [])
      .filter((code) => !known.has(code))
      .map((code) =>
        problemAt(
          ['sections', String(index), 'indicators'],
          `Section ${index + 1}: no indicator has the code ${code}`,
          `第 ${index + 1} 个章节：指标库中没有编码为 ${code} 的指标`
        )
      )
  );
