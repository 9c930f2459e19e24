/**
 * Manual scores: an assessor gives the score the server opened for it — only its own (403 for
 * anyone else, HQ included: a score is the assessor's judgement), within the item's range (400),
 * with a comment. A named veto condition is recorded the same way, as 1 (it holds) or 0.
 */
import { factories } from '@strapi/strapi';
import { ForbiddenError, InvalidError, NotFoundError, bilingual, problemAt, type Scope } from '../../../plugins/synergy/public';
import { MANUAL_SCORE_UID } from '../../../kernel/uids';
import { asServer } from '../../assessment-scheme/services/assessment-scheme';

const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

export default factories.createCoreService(MANUAL_SCORE_UID, () => ({
  async score(documentId: string, scope: Scope, body: { value?: unknown; comment?: unknown }) {
    const row = await strapi.db.query(MANUAL_SCORE_UID).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'itemName', 'itemKind', 'subjectName', 'rangeMin', 'rangeMax'],
      populate: { assessor: { select: ['id'] } },
    });
    if (!row) throw new NotFoundError(bilingual('Score not found', '评分项不存在'));
    const isAssessor = scope.actor.kind === 'user' && row.assessor && row.assessor.id === scope.actor.id;
    if (!isAssessor) {
      throw new ForbiddenError(
        bilingual(`Only the assessor named for "${row.itemName}" gives this score`, `只有「${row.itemName}」指定的评分人可以评分`),
        { code: 'not-the-assessor' }
      );
    }
    const value = numberOf(body.value);
    const min = Number(row.rangeMin ?? 0);
    const max = Number(row.rangeMax);
    const problems = [];
    if (!Number.isFinite(value) || value < min || value > max) {
      problems.push(
        row.itemKind === 'veto'
          ? problemAt('value', 'Record 1 when the condition holds, 0 when it does not', '情形成立请填1，不成立请填0')
          : problemAt('value', `The score is a number from ${min} to ${max}`, `评分须为${min}至${max}之间的数`)
      );
    } else if (row.itemKind === 'veto' && !Number.isInteger(value)) {
      problems.push(problemAt('value', 'Record 1 when the condition holds, 0 when it does not', '情形成立请填1，不成立请填0'));
    }
    const comment = body.comment === undefined || body.comment === null ? null : body.comment;
    if (comment !== null && (typeof comment !== 'string' || comment.length > 2000)) {
      problems.push(problemAt('comment', 'The comment is text of at most 2,000 characters', '评语须为不超过2000字的文本'));
    }
    if (row.itemKind === 'veto' && value === 1 && !(typeof comment === 'string' && comment.trim())) {
      problems.push(problemAt('comment', 'Say what happened when the condition holds', '情形成立时请说明具体情况'));
    }
    if (problems.length) throw new InvalidError(problems);
    await asServer(() => strapi.documents(MANUAL_SCORE_UID).update({ documentId, data: { value, comment, scoredAt: new Date() } as any }));
    return strapi.db.query(MANUAL_SCORE_UID).findOne({
      where: { documentId },
      select: ['documentId', 'subjectName', 'itemName', 'period', 'rangeMin', 'rangeMax', 'value', 'comment', 'scoredAt'],
    });
  },
}));
