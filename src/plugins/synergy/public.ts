/**
 * The plugin's public entry: everything application code (src/ outside the plugin, database/,
 * bench/) may use of the plugin, and the only file of the plugin it imports. Strapi loads the
 * plugin itself through strapi-server (server/src/index.ts); this file is not part of that.
 * tests/unit/plugin-boundary.test.ts fails on any deeper import from application code.
 *
 * The application's compile copies what it imports from here into its own dist, so a class
 * exported here exists twice at run time: recognise a domain error with isDomainError, not instanceof.
 */

/** Types and constants shared by server and admin: workflow declarations, grants, responses. */
export * from './shared/contracts';
export * from './shared/contracts/todos';
/** Module manifests (src/modules/<name>/index.ts) and what they declare. */
export type * from './shared/contracts/modules';
/** The cockpit's assessment ranking, as the app's cockpit answers it and the plugin's page reads it. */
export type * from './shared/contracts/cockpit';

/** The caller of a request and what it may touch, as the `scope` service resolves it. */
export type { Scope, Actor, Door } from './server/src/services/scope';
/** The plugin's services, typed: getService(strapi, 'scope').current(). */
export { getService } from './server/src/utils/get-service';

/** Domain errors (docs/errors.md): one problem type, the four kinds, and the helpers that build and read them. */
export {
  DomainError,
  InvalidError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  UnavailableError,
  ERROR_KINDS,
  isDomainError,
  problemAt,
  bilingual,
  inLanguage,
  joinProblems,
  type Problem,
  type Bilingual,
  type Language,
  type ErrorKind,
  type ErrorFacts,
  type DomainErrorOptions,
} from './server/src/utils/errors';
export { runInCurrentTransaction } from './server/src/utils/knex';
export { readRelationChange, isRecordId, MAX_RECORD_ID, type RelationRef, type RelationChange } from './server/src/utils/relation-refs';
export { idsOnPath, isSameOrAncestorPath } from './server/src/utils/org-path';
export { callerOf, whoAdmits } from './server/src/utils/transitions';
export { PERSON_FIELDS, USER_UID, personName, personNameSql } from './server/src/utils/person';
export { insertRows, type ColumnTypes } from './server/src/utils/bulk-insert';
export { newDocumentIds } from './server/src/utils/document-id';
export { MEMBERSHIP_UID } from './server/src/utils/uids';

/** The matching engine and its default configuration, for the benchmark that runs it without Strapi. */
export { MatchingEngine } from './server/src/services/matching/engine';
export { words } from './server/src/services/matching/tokenizer';
export type { PublicAnswer } from './server/src/services/public-cache';
/** Assessment scoring: rules as data and the pure functions that score, rank and diff (the assessment module and its benchmark). */
export * from './server/src/services/scoring/types';
export { scoreSubject } from './server/src/services/scoring/sheet';
export {
  rankSubjects,
  diffRankings,
  quarterlyFigures,
  type RankingRow,
  type RankingDiffRow,
  type FigureRow,
} from './server/src/services/scoring/ranking';
export { schemeProblems } from './server/src/services/scoring/validation';
import pluginConfig from './server/src/config';
export const defaultConfig = pluginConfig.default;
