/**
 * The scoring service: assessment rules as data scored by pure functions (items, sheet, ranking,
 * validation). The app's assessment module gathers the facts and stores the sheets; this service
 * only computes. Reached as getService(strapi, 'scoring').
 */
import { scoreSubject } from './sheet';
import { diffRankings, quarterlyFigures, rankSubjects } from './ranking';
import { schemeProblems } from './validation';
import type { SchemeRules, SubjectFacts } from './types';

const createScoringService = () => ({
  schemeProblems,
  /** Every subject scored and ranked within its peer group. */
  scoreAll: (rules: SchemeRules, subjects: SubjectFacts[]) =>
    rankSubjects(
      rules,
      subjects.map((facts) => scoreSubject(rules, facts))
    ),
  diffRankings,
  quarterlyFigures,
});

export default createScoringService;
