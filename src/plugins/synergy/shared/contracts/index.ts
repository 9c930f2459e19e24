/** Shapes shared by the server and the admin UI of the synergy plugin. */
import type { NotificationKind } from './notifications';

/** A caller's role within the group, from its membership. */
export type MemberRole = 'hq' | 'segment' | 'reporter' | 'employee';

export const MEMBER_ROLES: readonly MemberRole[] = ['hq', 'segment', 'reporter', 'employee'];

export const ORG_LEVELS = ['group', 'segment', 'company', 'enterprise', 'department'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** One action a caller may take now (GET .../transitions). */
export interface AllowedAction {
  action: string;
  to: string;
  requiresComment: boolean;
  requires: string[];
}

export interface TransitionsResponse {
  data: AllowedAction[];
  meta: { state: string; status: string };
}

/** One entry of a record's history (GET .../history). */
export interface HistoryEntry {
  action: string;
  from: string;
  to: string;
  actor: { kind: 'user' | 'admin'; id: number; name: string } | null;
  actorUnit: { id: number; code: string; name: string } | null;
  at: string;
  comment: string | null;
}

export interface HistoryResponse {
  data: HistoryEntry[];
  meta: { total: number };
}

export interface TransitionRequest {
  action: string;
  comment?: string;
}

/** How the caller's unit must relate to a unit the record names (by default its owning unit). HQ passes every check. */
export type UnitRelation = 'owner' | 'superior' | 'owner-or-superior' | 'any';

/**
 * Who may take a transition, as data. Listing (`GET …/transitions`) and taking (`POST`) evaluate
 * it with the same pure function, so an action is offered exactly when it would be accepted.
 */
export interface Who {
  /** Member roles that may take it; an HQ member among them passes every unit check. */
  roles: MemberRole[];
  /**
   * How the caller's unit stands to the unit(s) that `relation` names: it is that unit (`owner`),
   * a unit above it (`superior`), either (`owner-or-superior`), or any unit (`any`).
   */
  unit: UnitRelation;
  /**
   * The record's relation to org units that `unit` is measured against; default `ownerUnit`. A
   * to-many relation, a path through a to-one relation (`project.supplierUnits`) or a list of
   * them names several units: standing so to one of them is enough.
   */
  relation?: string | string[];
  /** The intranet user that this relation of the record names (a task's `ownerPerson`) may take it too, whatever its role and unit. */
  person?: string;
  /** The message of the 403 for a caller who is not among them, `English (中文)`. */
  refusal?: string;
}

/** The caller as the workflow's decisions see it. */
export interface TransitionCaller {
  role: MemberRole | null;
  unitPath: string | null;
  unitId?: number | null;
  /** The intranet user's id (content API); null for admin users and internal code. */
  userId?: number | null;
}

/** What a guard reads: the record as the engine loaded it (fields, and the relations `who` names) and the caller. */
export interface GuardFacts {
  record: Record<string, any>;
  caller: TransitionCaller;
}

/** One declared transition of a lifecycle. */
export interface TransitionDef {
  action: string;
  from: string[];
  to: string;
  who: Who;
  /**
   * A rule on the record and the caller that `who` cannot say (a unit confirms a record once):
   * `true`, or the message of the 403. Pure, and run both when listing and when taking.
   */
  guard?: (facts: GuardFacts) => true | string;
  /** Fields that must hold a value before the transition. */
  requires?: string[];
  requiresComment?: boolean;
  /** Who is told once the transition has committed (in-app and by e-mail, once): see TransitionNotice. */
  notify?: TransitionNotice;
}

/**
 * Whom a transition tells, as data: the engine sends it after the commit, with the caller's comment,
 * one notification per person (a dedupe key per transition and person), whatever the door.
 */
export interface TransitionNotice {
  kind: NotificationKind;
  /**
   * Who is told, by preference: the first entry that names anyone decides. `person` is a relation
   * to an intranet user (a task's `ownerPerson`); `members` are the members of the unit(s) a
   * relation path names (default `ownerUnit`) in the given roles.
   */
  to: Array<{ person: string } | { members?: string; roles: MemberRole[] }>;
  /** The record's name in the message: a field or a path through to-one relations (`demand.title`); default title, then name. */
  label?: string;
}

export interface EffectContext {
  uid: string;
  documentId: string;
  record: Record<string, any>;
  transition: TransitionDef;
  comment: string | null;
  actor: { kind: string; id: number | null; name: string; unitId: number | null };
}

export type Effect = (context: EffectContext) => Promise<void> | void;

export interface WorkflowDef {
  uid: string;
  initial: string;
  states: string[];
  /** States in which a record is visible group-wide to every signed-in user. */
  publicStates: string[];
  /** Whether records in the public states are readable without signing in (intranet pages). */
  publicToAnonymous?: boolean;
  transitions: TransitionDef[];
  /** Effects keyed by action name; they run inside the transition's database transaction. */
  effects?: Record<string, Effect[]>;
  /**
   * Effects that tell people (notices), keyed by action name: they run after the transaction
   * committed, so a message never announces a change that was rolled back. A failure is logged;
   * the transition stands.
   */
  afterCommit?: Record<string, Effect[]>;
}

/** Who may use a type that no unit owns (catalogue editions, articles …), on both doors. */
export interface SharedTypeAccess {
  uid: string;
  /** 'public': anonymous intranet pages too; 'signed-in': every member. */
  read: 'public' | 'signed-in';
  /** Member roles that create, update and delete (HQ always may). */
  write: MemberRole[];
}

/** A custom content-API action (a route of a type's controller or of the plugin) and who may call it. */
export interface ActionGrant {
  action: string;
  roles: Array<MemberRole | 'public'>;
}

/** A type no unit owns that the admin UI shows read-only to some admin roles, and not at all to the others. */
export interface AdminReadOnlyType {
  uid: string;
  roles: Array<Exclude<MemberRole, 'employee'>>;
  /** Only these fields are readable (all when absent). */
  fields?: string[];
}

/** A history entry written outside a declared transition (a set-based move, a system escalation, a directive price). */
export interface HistoryRecord {
  uid: string;
  documentId: string;
  action: string;
  from: string;
  to: string;
  comment?: string | null;
  /** Who acted; omitted for the system (scans, automatic completions). */
  actor?: { kind: string; id: number | null; name: string; unitId?: number | null };
  at?: Date;
}

/** How a scheduled job's run was started. */
export type JobTrigger = 'cron' | 'manual' | 'catch-up';

/** One run of a scheduled job (GET /synergy/jobs/:name/runs); `running` until it finishes. */
export interface JobRunRecord {
  id: number;
  name: string;
  trigger: JobTrigger;
  /** The `now` the job computed from: the cron slot, or when a manual or catch-up run started. */
  scheduledFor: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'failed';
  error: string | null;
  /** What the job reports it did, e.g. { due: 12, sent: 3 }. */
  counts: Record<string, number>;
  /** Which server instance ran it (host#pid#random). */
  instance: string;
}

/** A registered job as the admin sees it (GET /synergy/jobs). */
export interface JobSummary {
  name: string;
  description: string;
  /** The effective cron expression (configuration override or the job's default). */
  cron: string;
  enabled: boolean;
  catchUp: boolean;
  lastRun: JobRunRecord | null;
  /** Next fire time on this instance; null when the job is off or cron does not run here. */
  nextRunAt: string | null;
}

/** What scheduler.runNow() and POST /synergy/jobs/:name/run answer. */
export interface JobRunResult {
  ran: boolean;
  reason?: 'locked' | 'disabled';
  run?: JobRunRecord;
}

/** A year of the working-day calendar (GET /synergy/calendar?year=YYYY, admin). */
export interface CalendarYearResponse {
  data: {
    year: number;
    /** False: no file for the year, working days are Monday to Friday. */
    covered: boolean;
    /** True: derived, not yet from the State Council notice. */
    provisional: boolean;
    source: string | null;
    holidays: string[];
    workdays: string[];
    names: Record<string, string>;
  };
}

/** The supervision board (督办一张图, GET /synergy/supervision/board, admin). */
export const TASK_LIGHTS = ['green', 'yellow', 'red'] as const;
export type TaskLight = (typeof TASK_LIGHTS)[number];
export const TASK_STATES = ['assigned', 'in_progress', 'submitted', 'accepted', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface BoardUnit {
  id: number;
  documentId: string;
  code: string;
  name: string;
  shortName: string | null;
}

/** A unit to filter by; depth 0 is the top of the caller's tree. */
export interface BoardUnitOption extends BoardUnit {
  depth: number;
}

/** One task on the board. Dates are calendar days 'YYYY-MM-DD'; escalatedAt an ISO timestamp. */
export interface BoardTask {
  documentId: string;
  title: string;
  category: string;
  level: 'group' | 'company' | 'department';
  source: string;
  ownerUnit: BoardUnit | null;
  /** The owner person's user name, when one is named. */
  ownerPerson: string | null;
  /** The supervising unit's name. */
  supervisingUnit: string | null;
  assignedOn: string | null;
  dueDate: string;
  state: TaskState;
  /** Null for cancelled tasks. */
  light: TaskLight | null;
  progress: number;
  urgeCount: number;
  reminderCount: number;
  lastUrgedOn: string | null;
  escalatedAt: string | null;
}

/** Tasks of one category, by owner unit (documentIds of `tasks`, in board order). */
export interface BoardGroup {
  category: string;
  units: Array<{ unit: BoardUnit | null; tasks: string[] }>;
}

/** Statistics of one owner unit over the board's tasks: those its map shows (cancelled ones only when filtered for). */
export interface BoardUnitStatistics {
  unit: { id: number; documentId: string; code: string; name: string };
  total: number;
  due: number;
  doneOnTime: number;
  overdue: number;
  escalated: number;
  remindersSent: number;
  /** Done on time / due, 0–1 with four decimals; null when nothing is due yet. */
  landingRate: number | null;
}

export type BoardTotals = Omit<BoardUnitStatistics, 'unit'>;

export interface BoardFilters {
  from: string;
  to: string;
  category?: string;
  /** documentId of an org unit: its whole subtree. */
  unit?: string;
  light?: TaskLight;
  /** Without it, every state but cancelled. */
  state?: TaskState;
}

export interface SupervisionBoardResponse {
  data: {
    /** Tasks due in the period that the caller may read, narrowed by the filters (cancelled ones only when filtered for). */
    tasks: BoardTask[];
    groups: BoardGroup[];
    /** Per owner unit, over the same tasks as `tasks`: the totals' `total` is the number of tasks (unless truncated). */
    units: BoardUnitStatistics[];
    totals: BoardTotals;
    /** Categories present in the period, and the owner units present with the units above them, for the filter pickers. */
    categories: string[];
    unitOptions: BoardUnitOption[];
  };
  meta: { filters: BoardFilters; today: string; truncated: boolean; limit: number };
}

/** POST /synergy/supervision/tasks/:documentId/urge → the task as the board shows it. */
export interface UrgeResponse {
  data: BoardTask;
}

/** The task a meeting resolution became; `restricted` when the caller may not read that task. */
export interface ResolutionTaskState {
  /** Null when restricted. */
  documentId: string | null;
  state: string;
  light: 'green' | 'yellow' | 'red' | null;
  /** Null when restricted. */
  progress: number | null;
  dueDate: string | null;
  restricted: boolean;
}

/** One resolution of a meeting with the state of its task (GET /api/meetings/:documentId/resolutions). */
export interface MeetingResolutionView {
  title: string | null;
  description: string | null;
  category: string | null;
  dueDate: string | null;
  ownerUnit: { id: number; name: string } | null;
  /** `name`: the person's real name, else the login name. */
  ownerPerson: { id: number; username: string; name: string } | null;
  /** Null until the minutes are published. */
  task: ResolutionTaskState | null;
}

export interface MeetingResolutionsResponse {
  data: MeetingResolutionView[];
  meta: {
    /** The meeting's lifecycle state. */
    state: string;
    total: number;
    /** How many resolution tasks are in each task state, and of each light. */
    tasks: { byStatus: Record<string, number>; byLight: Record<string, number> };
  };
}

export * from './home';
export * from './notifications';
export * from './admin';
export * from './offers';
export * from './letters';
/** Matching: what a ranked candidate is and why it ranked where it did. */
export type CandidateKind = 'catalogue-entry' | 'synergy-resource';
export type CategoryFit = 'exact' | 'type' | 'none';
export type RegionFit = 'covered' | 'nationwide' | 'not-covered' | 'unknown';
export type SupplierClass = 'must' | 'priority' | 'encouraged';

export interface SupplierUnit {
  id: number;
  code: string;
  name: string;
}

/** How well an offer's text answers the demand's need, from its text score (matching config `bands`). */
export type MatchBand = 'strong' | 'medium' | 'weak';

/** One part of a candidate's score: its value (0–1), the points it adds to the score, and why, in both languages. */
export interface ScoreFactor {
  factor: 'text' | 'category' | 'region' | 'supplierClass' | 'rating';
  value: number;
  points: number;
  note: { zh: string; en: string };
}

export interface Reasons {
  /** 强 / 中 / 弱 匹配, from `textScore`. */
  band: MatchBand;
  bandLabel: { zh: string; en: string };
  /** Whole words of the demand the offer holds (directly or through a near-term). */
  matchedTerms: string[];
  /** Demand words the offer holds only in other words of the near-term dictionary. */
  nearTerms: Array<{ term: string; via: string }>;
  /** Demand words the offer holds only a part of (皮带机: 皮带). */
  partialTerms: Array<{ term: string; found: string }>;
  /** Meaningful words of the demand the offer does not hold. */
  missingTerms: string[];
  /**
   * The core word of the demand's title — the thing asked for: its last meaningful word, or the one
   * before it when that is an action such as 维修 — and whether the offer holds it, itself or in
   * other words; a must entry binds only when it does.
   */
  coreTerm: { term: string; found: boolean } | null;
  category: CategoryFit;
  region: RegionFit;
  supplierClass: SupplierClass | null;
  rating: number | null;
  /** Share of the demand's meaning the offer's text holds, 0–1, on an absolute scale (each word by its weight and rarity). */
  textScore: number;
  /** Share of the demand's whole words the offer holds, 0–1. */
  coverage: number;
  /** Each part of the score, in the order of the weights. */
  factors: ScoreFactor[];
  /** One line a person reads: the band, the score and the strongest reasons. */
  summary: { zh: string; en: string };
}

export interface Candidate {
  kind: CandidateKind;
  documentId: string;
  title: string;
  supplierUnit: SupplierUnit | null;
  score: number;
  reasons: Reasons;
}

export interface EditionRef {
  documentId: string | null;
  code: string;
}

/** GET /api/synergy-demands/:documentId/matches (admin: /synergy/matching/demands/:documentId/matches). */
export interface MatchesResponse {
  data: Candidate[];
  /**
   * `mustEntry`: the "must" catalogue entry recorded as binding the demand (an external close needs an
   * exemption naming it); `mustCandidate`: the one the must rule finds in the offers as they are now
   * (it binds at the next publish, edit while open, edition publish or bulk run). `open`: the demand is
   * published or docking; a demand in any other state is matched all the same.
   */
  meta: {
    demand: string;
    state: string;
    open: boolean;
    edition: EditionRef | null;
    total: number;
    mustEntry: { documentId: string; title: string } | null;
    mustCandidate: { documentId: string; title: string } | null;
  };
}

/** An open demand the caller may match (GET /synergy/matching/demands). */
export interface MatchableDemand {
  documentId: string;
  title: string;
  state: string;
  category: string | null;
  region: string | null;
  neededBy: string | null;
  ownerUnit: { code: string; name: string } | null;
  mustEntry: { documentId: string; name: string } | null;
}

export interface MatchableDemandsResponse {
  data: MatchableDemand[];
  /** `mayRunBulk`: the caller is HQ, who runs bulk matching. */
  meta: { total: number; mayRunBulk: boolean };
}

export type MatchRunStatus = 'running' | 'done' | 'failed';

/** A bulk match run: its progress and the catalogue edition it ranked against. */
export interface MatchRun {
  id: number;
  status: MatchRunStatus;
  /** A running run whose progress stopped moving (its instance died); the next start fails it. */
  stale: boolean;
  edition: EditionRef | null;
  total: number;
  processed: number;
  topN: number;
  startedAt: string | null;
  finishedAt: string | null;
  startedBy: { kind: string | null; id: number | null; name: string } | null;
  error: string | null;
}

/** One line of a run's table: a demand, the "must" entry that binds it, its top candidates. */
export interface MatchRunResult {
  demand: { documentId: string; title: string | null; state: string | null; ownerUnit: { code: string; name: string | null } | null };
  mustEntry: { documentId: string; title: string | null } | null;
  matched: number;
  candidates: Candidate[];
}

/** POST /api/synergy-demands/match-all → 202 { data: MatchRun }; GET …/match-runs/:id|latest (null: latest before any run): */
export interface MatchRunResponse {
  data: (MatchRun & { results: MatchRunResult[] }) | null;
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}
export * from './plans';
