/**
 * The to-do inbox (以事找人): what waits on a person across every module. Nothing is stored per
 * item: a module declares *sources* — which records, in which states, wait on whom — and the
 * inbox is the query over the records' current states, scoped like every read. So an item is
 * gone as soon as its cause is done, through any door, and the count is the list's length.
 * Delegations (a person hands their to-dos to a colleague for a date range) are the one stored thing.
 */
import type { MemberRole } from './index';

export const TODO_DELEGATION_UID = 'plugin::synergy.todo-delegation';

/** The categories the inbox filters by (`filters[kind]`); each source belongs to one. */
export const TODO_KINDS = ['review', 'returned', 'task-due', 'acceptance', 'confirmation', 'mediation', 'minutes', 'report'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export type Bilingual = { zh: string; en: string };
export type TodoLanguage = keyof Bilingual;

/** Who the inbox is computed for: a member's role, unit and (intranet users) user id. */
export interface TodoCaller {
  role: MemberRole | null;
  unitId: number | null;
  unitPath: string | null;
  unitName: string | null;
  /** The intranet user's id; null for admin users (a task's owner person is an intranet user). */
  userId: number | null;
}

/** What a source's rules read besides the caller: today on the group's calendar. */
export interface TodoContext {
  caller: TodoCaller;
  /** 'YYYY-MM-DD' in Asia/Shanghai. */
  today: string;
  /** Working days since 2000-01-01 (calendar service), for working-day windows. */
  todayOrdinal: number;
  /** Days since 1970-01-01 of `today`. */
  todayDay: number;
  /** The working-day calendar (WorkingCalendar of the calendar service). */
  calendar: {
    ordinal(date: string): number;
    isWorkingDay(date: string): boolean;
    workingDaysBetween(from: string, to: string): number;
    addWorkingDays(date: string, n: number): string;
  };
  dialect: 'sqlite' | 'postgres';
}

/** A filter in the query engine's syntax (`{ dueOrdinal: { $lte: 42 } }`); `null` from a rule means "no rows". */
export type TodoFilter = Record<string, unknown>;

/** A raw SQL condition on the record's row, aliased `r` (for what filters cannot say, e.g. inside a JSON column). */
export interface TodoSqlCondition {
  sql: string;
  bindings: unknown[];
}

/**
 * A to-do source: records of one type that wait on someone. Most are declared as data — the
 * states, and the workflow transition whose `who` says on whom they wait — so the inbox and the
 * engine read the same declaration. HQ is taken literally there: a record waits on HQ only when
 * its rule names HQ's unit (a review waits on every unit above the submitter, HQ included; a
 * task to accept waits on its supervising unit, not on HQ), though the engine lets HQ act anywhere.
 */
export interface TodoSource {
  /** Unique; each item's key is `<id>:<documentId>`. */
  id: string;
  kind: TodoKind;
  /** What the item is ("需求审核" / "Demand review"). */
  label: Bilingual;
  /**
   * Why it is the caller's: the rule in words. Placeholders: {from} (the unit it comes from),
   * {mine} (the caller's unit).
   */
  reason: Bilingual;
  /** The record type. */
  uid: string;
  /** The states in which a record waits (a lifecycle type); omit for a type without one. */
  states?: string[];
  /** On whom it waits: the `who` of this transition of the type's workflow (from one of `states`). */
  waitsOn?: { action: string };
  /** Or, for what has no transition, a filter for this caller (null: nothing waits on it). */
  waitsOnFilter?: (context: TodoContext) => TodoFilter | null;
  /** Further conditions for this caller (null: no rows), e.g. due within N working days. */
  where?: (context: TodoContext) => TodoFilter | null;
  /** Conditions the filter syntax cannot say (a guard of the transition), as SQL on the row `r`. */
  whereSql?: (context: TodoContext) => TodoSqlCondition | null;
  /** Only records whose last transition into their current state was one of these (returned: ['return']). */
  enteredBy?: string[];
  /** The transitions whose time is "since when" (default: the last one into the current state; else the record's creation). */
  sinceActions?: string[];
  /** Or a fixed "since" for calendar-driven items. */
  since?: (context: TodoContext) => Date;
  /** The due date: a `date` or `datetime` attribute, or a day fixed by the calendar. */
  due?: { attribute: string; type: 'date' | 'datetime' } | ((context: TodoContext) => string | null);
  /** A suffix of the item key, for items that recur on the same record (a quarter). */
  keySuffix?: (context: TodoContext) => string;
  /** The relation naming the unit the item comes from (default `ownerUnit`). */
  fromUnit?: string;
  /** The item comes from whoever took the transition that put it here (a return): its unit, not `fromUnit`. */
  fromActor?: boolean;
  /** The item's title from the loaded record (fields and the relations in `populate`). */
  title: (record: Record<string, any>, context: TodoContext, language: TodoLanguage) => string;
  /** Relations `title` reads: `{ project: { select: ['title'] } }`. */
  populate?: Record<string, unknown>;
  /** Actions offered from the inbox when the caller may take them now and they need no comment or missing field. */
  actions?: string[];
  /** Links to where the action is taken; default the record's edit view and content-API resource. */
  links?: false;
}

/** One action the inbox offers on an item: POST `{ action }` to `href` (the workflow's usual 403/409 apply). */
export interface TodoAction {
  action: string;
  to: string;
  href: string;
}

export interface TodoUnitRef {
  documentId: string;
  code: string | null;
  name: string;
}

/** One item of the inbox (GET /api/todos, GET /synergy/todos). */
export interface TodoItem {
  /** Stable: `<source>:<documentId>` (calendar items add their period). */
  key: string;
  kind: TodoKind;
  source: string;
  /** What it is, in the caller's language, and in both. */
  label: string;
  labels: Bilingual;
  title: string;
  /** Why it is the caller's: the rule in words, in the caller's language. */
  reason: string;
  /** The unit it comes from, and the person whose step put it here (the history's actor). */
  from: { unit: TodoUnitRef | null; person: string | null };
  /** When it came to wait here: the time of the transition that put it there (else the record's creation). */
  since: string;
  /** 'YYYY-MM-DD' on the working-day calendar, or null. */
  due: string | null;
  overdue: boolean;
  /** Set when the item is the caller's because a colleague handed it over (the delegation). */
  delegatedFrom: { name: string; delegation: string } | null;
  subject: { uid: string; documentId: string; state: string | null } | null;
  links: { admin: string; api: string } | null;
  actions: TodoAction[];
}

export interface TodoPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface TodoListResponse {
  data: TodoItem[];
  meta: {
    pagination: TodoPagination;
    today: string;
    /** While the caller has handed its to-dos to a colleague, its inbox is empty and says to whom. */
    delegatedTo: { name: string; delegation: string; endsOn: string } | null;
  };
}

export interface TodoCountResponse {
  data: { count: number };
  meta: { today: string; delegatedTo: TodoListResponse['meta']['delegatedTo'] };
}

/** A delegation as the API shows it (GET /api/todos/delegations). */
export interface TodoDelegationView {
  documentId: string;
  delegator: { name: string; me: boolean };
  delegate: { name: string; me: boolean };
  startsOn: string;
  endsOn: string;
  note: string | null;
  endedAt: string | null;
  /** Whether it hands over the to-dos today. */
  active: boolean;
  createdAt: string;
}

/** A colleague the caller may hand its to-dos to (GET /api/todos/colleagues). */
export interface TodoColleague {
  /** The membership's documentId: what POST /api/todos/delegations names as `delegate`. */
  id: string;
  name: string;
  role: MemberRole;
  door: 'intranet' | 'admin';
}

export interface TodoDelegationRequest {
  data: { delegate: string; startsOn: string; endsOn: string; note?: string | null };
}
