/** The analyst's commentary of a report, pure: one text per section of the report, keyed by the section's kind. */
import { problemAt, type Problem } from '../../../plugins/synergy/public';

export const MAX_COMMENTARY = 20000;

export const commentaryProblems = (commentary: unknown, sectionKinds: string[]): Problem[] => {
  if (typeof commentary !== 'object' || commentary === null || Array.isArray(commentary)) {
    return [
      problemAt(
        'commentary',
        `commentary is an object { <section>: text } with the report's sections: ${sectionKinds.join(', ')}`,
        `分析意见应为 { 章节: 文本 } 形式的对象，章节为本报告的 ${sectionKinds.join('、')}`
      ),
    ];
  }
  return Object.entries(commentary).flatMap(([kind, text]): Problem[] => {
    if (!sectionKinds.includes(kind)) {
      return [
        problemAt(
          ['commentary', kind],
          `The report has no section ${kind}; its sections are ${sectionKinds.join(', ')}`,
          `本报告没有章节 ${kind}，可填写的章节为 ${sectionKinds.join('、')}`
        ),
      ];
    }
    if (typeof text !== 'string' || text.length > MAX_COMMENTARY) {
      return [
        problemAt(
          ['commentary', kind],
          `The commentary of ${kind} is a text of at most ${MAX_COMMENTARY} characters`,
          `章节 ${kind} 的分析意见须为不超过 ${MAX_COMMENTARY} 字的文本`
        ),
      ];
    }
    return [];
  });
};
