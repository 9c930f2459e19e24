/**
 * What is wrong with a scheme's rules, each problem at its field, in English and Chinese. A
 * scheme is data: every kind, source, condition, level and tie-break must be one of the fixed
 * names below, every other value a number; nothing is evaluated.
 */
import { problemAt, type Problem } from '../../utils/errors';
import {
  BONUS_SOURCES,
  DEDUCTION_SOURCES,
  ITEM_KINDS,
  TASK_LEVELS,
  TIE_BREAKS,
  VETO_CONDITIONS,
  type SchemeItem,
  type SchemeRules,
} from './types';

const given = (value: unknown) => value !== null && value !== undefined && value !== '';
const numeric = (value: unknown): number | null =>
  given(value) && typeof value !== 'object' && typeof value !== 'boolean' && Number.isFinite(Number(value)) ? Number(value) : null;
const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
const hundredths = (value: unknown) => Math.round((numeric(value) ?? 0) * 100);

const KIND_NAMES: Record<string, string> = { target: '目标', manual: '评分', bonus: '加分', deduction: '扣分', veto: '否决' };

/** The item's problems; `at` places each under items.<index>.<field>. */
const itemProblems = (item: SchemeItem, index: number, seen: Set<string>): Problem[] => {
  const problems: Problem[] = [];
  const label = item.name || item.key || String(index + 1);
  const at = (field: string, en: string, zh: string) =>
    problems.push(
      problemAt(['items', String(index), field], `item ${index + 1} (${label}): ${en}`, `考核项${index + 1}「${label}」：${zh}`)
    );
  if (typeof item.key !== 'string' || !/^[a-z0-9][a-z0-9-]{0,47}$/.test(item.key)) {
    at('key', 'the key is 1–48 lower-case letters, digits or hyphens', '标识须为1至48位小写字母、数字或连字符');
  } else if (seen.has(item.key)) at('key', 'the key appears twice in the scheme', '标识在方案中重复');
  else seen.add(item.key);
  if (!given(item.name)) at('name', 'give the item a name', '请填写考核项名称');
  if (!oneOf(ITEM_KINDS, item.kind)) {
    at('kind', `the kind is one of ${ITEM_KINDS.join(', ')}`, '考核项类型须为目标、评分、加分、扣分或否决');
    return problems;
  }
  const positive = (field: keyof SchemeItem, en: string, zh: string, optional = false) => {
    const value = item[field];
    if (optional && !given(value)) return;
    const n = numeric(value);
    if (n === null || n <= 0) at(field, `${en} is a number above 0`, `${zh}须为大于0的数`);
  };
  const notNegative = (field: keyof SchemeItem, en: string, zh: string) => {
    if (!given(item[field])) return;
    const n = numeric(item[field]);
    if (n === null || n < 0) at(field, `${en} is a number of at least 0`, `${zh}须为不小于0的数`);
  };
  if (item.kind === 'target' || item.kind === 'manual') {
    const weight = numeric(item.weight);
    if (weight === null || weight <= 0 || weight > 100)
      at('weight', 'the weight is a percent above 0 and at most 100', '权重须大于0且不超过100');
  } else if (given(item.weight) && numeric(item.weight) !== 0) {
    at('weight', `a ${item.kind} item has no weight (it adds to or takes from the total)`, `${KIND_NAMES[item.kind]}项不设权重`);
  }
  if (item.kind === 'target') {
    if (typeof item.indicatorCode !== 'string' || !/^[A-Z][A-Z0-9_]{0,63}$/.test(item.indicatorCode)) {
      at('indicatorCode', 'name the indicator by its code (NET_PROFIT)', '请以指标编码（如 NET_PROFIT）指定指标');
    }
    positive('stepSize', 'the step', '档距', true);
    notNegative('baseScore', 'the base score', '基本分');
    notNegative('pointsPerStepAbove', 'the points per step above target', '超额每档加分');
    notNegative('pointsPerStepBelow', 'the points per step below target', '未达每档扣分');
    const min = numeric(item.minScore) ?? 0;
    const max = numeric(item.maxScore);
    if (given(item.maxScore) && (max === null || max < min))
      at('maxScore', 'the cap is a number not below the floor', '封顶分须不低于保底分');
    if (given(item.difficultyCaps)) {
      const caps = item.difficultyCaps;
      if (
        !Array.isArray(caps) ||
        caps.some((c) => !c || typeof c !== 'object' || numeric(c.minGrowth) === null || numeric(c.maxScore) === null)
      ) {
        at(
          'difficultyCaps',
          'difficulty caps are a list of { minGrowth, maxScore } numbers',
          '难度封顶须为 { minGrowth, maxScore } 数值列表'
        );
      }
    }
  }
  if (item.kind === 'manual' || (item.kind === 'veto' && item.vetoCondition === 'named')) {
    const ids = item.assessorIds;
    if (!Array.isArray(ids) || ids.length === 0) at('assessorIds', 'name at least one assessor', '请指定至少一名评分人');
    else if (ids.some((id) => !Number.isInteger(id) || id <= 0) || new Set(ids).size !== ids.length) {
      at('assessorIds', 'assessors are a list of distinct intranet user ids', '评分人须为不重复的内网用户ID列表');
    }
  }
  if (item.kind === 'manual') {
    const min = numeric(item.minScore) ?? 0;
    const max = numeric(item.maxScore);
    if (max === null || max <= min) at('maxScore', 'the range ends above its start', '评分范围上限须大于下限');
  }
  if (item.kind === 'bonus') {
    if (!oneOf(BONUS_SOURCES, item.bonusSource)) at('bonusSource', `the source is one of ${BONUS_SOURCES.join(', ')}`, '请选择加分来源');
    positive('pointsPerUnit', 'the points per record', '每项加分');
    positive('itemCap', 'the item cap', '单项封顶', true);
  }
  if (item.kind === 'deduction') {
    if (!oneOf(DEDUCTION_SOURCES, item.deductionSource))
      at('deductionSource', `the source is one of ${DEDUCTION_SOURCES.join(', ')}`, '请选择扣分来源');
    positive('itemCap', 'the item cap', '扣分上限', true);
    const grades = item.pointsByLevel;
    if (given(grades)) {
      const entries = grades && typeof grades === 'object' && !Array.isArray(grades) ? Object.entries(grades) : null;
      if (
        !entries ||
        entries.some(([level, points]) => !TASK_LEVELS.includes(level as any) || numeric(points) === null || Number(points) < 0)
      ) {
        at(
          'pointsByLevel',
          `points by level name ${TASK_LEVELS.join(', ')} with numbers of at least 0`,
          '分级扣分须以 group、company、department 为键、不小于0的数为值'
        );
      }
    }
  }
  if (item.kind === 'veto' && !oneOf(VETO_CONDITIONS, item.vetoCondition)) {
    at('vetoCondition', `the condition is one of ${VETO_CONDITIONS.join(', ')}`, '否决条件须为上级扣分或指定情形');
  }
  return problems;
};

export const schemeProblems = (rules: SchemeRules): Problem[] => {
  const items = Array.isArray(rules.items) ? rules.items : [];
  if (items.length === 0) return [problemAt('items', 'The scheme has no items', '考核方案尚无考核项')];
  const seen = new Set<string>();
  const problems = items.flatMap((item, index) => itemProblems(item ?? ({} as SchemeItem), index, seen));
  const weighted = items.filter((i) => i && (i.kind === 'target' || i.kind === 'manual'));
  const total = weighted.reduce((sum, i) => sum + hundredths(i.weight), 0);
  if (total !== 10000) {
    problems.push(
      problemAt(
        'items',
        `The weights of target and scored items add up to ${total / 100}, not 100`,
        `目标项与评分项权重合计为${total / 100}，须等于100`
      )
    );
  }
  if (given(rules.bonusCap) && (numeric(rules.bonusCap) === null || Number(rules.bonusCap) <= 0)) {
    problems.push(problemAt('bonusCap', 'The bonus cap is a number above 0', '加分总封顶须为大于0的数'));
  }
  if (given(rules.tieBreak) && (!Array.isArray(rules.tieBreak) || rules.tieBreak.some((t) => !oneOf(TIE_BREAKS, t)))) {
    problems.push(
      problemAt(
        'tieBreak',
        `Tie-breaks are a list of ${TIE_BREAKS.join(', ')}`,
        `同分排序依据须为以下各项组成的列表：${TIE_BREAKS.join('、')}`
      )
    );
  }
  const bands = rules.gradeBands;
  if (given(bands)) {
    const ok =
      Array.isArray(bands) &&
      bands.every(
        (b) =>
          b && typeof b === 'object' && typeof b.grade === 'string' && b.grade.length > 0 && b.grade.length <= 16 && numeric(b.min) !== null
      ) &&
      new Set(bands.map((b) => b.grade)).size === bands.length;
    if (!ok)
      problems.push(
        problemAt('gradeBands', 'Grade bands are a list of { grade, min }, each grade once', '等级区间须为 { grade, min } 列表，等级不重复')
      );
  }
  const awards = rules.awards;
  if (given(awards)) {
    const ok =
      Array.isArray(awards) &&
      awards.every(
        (a) => a && typeof a === 'object' && typeof a.award === 'string' && a.award.length > 0 && Number.isInteger(a.places) && a.places > 0
      );
    if (!ok)
      problems.push(
        problemAt(
          'awards',
          'Awards are a list of { award, places } with whole places above 0',
          '奖项须为 { award, places } 列表，名额为正整数'
        )
      );
  }
  return problems;
};
