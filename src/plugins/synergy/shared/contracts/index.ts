/** Shapes shared by the server and the admin UI of the synergy plugin. */

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
  meta: { status: string };
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

/** How the caller's unit must relate to the record's owning unit. HQ passes every check. */
export type UnitRelation = 'owner' | 'superior' | 'owner-or-superior' | 'any';

/** One declared transition of a lifecycle. */
export interface TransitionDef {
  action: string;
  from: string[];
  to: string;
  who: { roles: MemberRole[]; unit: UnitRelation };
  /** Fields that must hold a value before the transition. */
  requires?: string[];
  requiresComment?: boolean;
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
