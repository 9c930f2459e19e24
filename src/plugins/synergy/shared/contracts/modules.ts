/**
 * What an application module declares to the plugin, in one manifest: its content types, the
 * lifecycles and grants of those types, its Document Service rules, its scheduled jobs and its
 * boot and shutdown work. The app hands the list of manifests to the `modules` service; nothing
 * else names a module. Server-only: the admin does not import this file.
 */
import type { Core } from '@strapi/strapi';
import type { ActionGrant, AdminReadOnlyType, SharedTypeAccess, WorkflowDef } from './index';
import type { AdminRoute } from './admin';
import type { OfferLoader } from './offers';
import type { TodoSource } from './todos';

/** A Document Service middleware: calls `next()` exactly once and returns its result. */
export type DocumentMiddleware = (context: any, next: () => Promise<any>) => Promise<any>;

export type DocumentMiddlewareFactory = ({ strapi }: { strapi: Core.Strapi }) => DocumentMiddleware;

/** What a scheduled job is given. */
export interface JobContext {
  /** The instant the job computes from: the cron slot, or the time a manual or catch-up run was asked for. */
  now: Date;
  jobName: string;
  /** No transaction is handed in: the job queries through strapi.db.connection as usual. */
  trx?: never;
  log: (msg: string) => void;
  /**
   * Claims effect keys set-based: inserts those not yet claimed and returns the ones claimed by
   * THIS call. Called inside `strapi.db.transaction(...)` it joins that transaction, so a claim
   * and the rows it stands for commit or roll back together.
   */
  claimEffects(keys: string[]): Promise<Set<string>>;
}

/** A job of the scheduler: named, with a default cron expression, safe to run twice. */
export interface JobDef {
  /** Lower-case letters, digits and hyphens: it is the key of configuration, lock and run records. */
  name: string;
  description: string;
  /** Default schedule, e.g. '5 * * * *'; configuration may override it. */
  cron: string;
  /** Returns counts for the run record, e.g. { due: 12, sent: 3 }. */
  run(ctx: JobContext): Promise<Record<string, number> | void>;
  /** Run once at start when a fire time was missed (default true). */
  catchUp?: boolean;
}

export type ModuleHook = ({ strapi }: { strapi: Core.Strapi }) => Promise<void> | void;

/**
 * A narrower read of an owned type (see `readRestrictions`): a caller who does not read everything
 * (everyone but HQ and internal code) sees its records only in these workflow states, and — with
 * `subtreeOnly` — only those owned by its own unit or a unit below it, not by the units above it
 * (an analysis report of the group holds every company's figures).
 */
export interface ReadRestriction {
  uid: string;
  states?: string[];
  subtreeOnly?: boolean;
}

export interface ModuleManifest {
  /** Lower-case, unique among the modules: 'marketplace', 'supervision' … */
  name: string;
  /**
   * The content types the module owns, by UID. Strapi loads them from src/api/<type>/; the
   * manifest names them, and every api:: type is named by exactly one module.
   */
  contentTypes: string[];
  /** Lifecycle tables of the module's types (workflow engine). */
  workflows?: WorkflowDef[];
  /** Custom content-API actions of the module's routes and who may call them. */
  grants?: ActionGrant[];
  /** Types of the module that no unit owns, and who reads and writes them. */
  sharedTypes?: SharedTypeAccess[];
  /** Types the admin shows read-only to some admin roles and to nobody else. */
  adminReadOnlyTypes?: AdminReadOnlyType[];
  /**
   * Narrower reads of an owned type than the unit scope gives (a draft guideline is HQ's alone):
   * ANDed into the scope's row filter, so every read honours it — content API and content manager,
   * relation population, workflow transitions and history, the inbox.
   */
  readRestrictions?: ReadRestriction[];
  /**
   * The module's Document Service rules, registered in this order after the plugin's own (so
   * they see writes the unit scope admitted) and after those of the modules listed before.
   */
  documentMiddlewares?: DocumentMiddlewareFactory[];
  /** Scheduled jobs; configuration `synergy.scheduler.jobs.<name>` overrides or switches them off. */
  jobs?: JobDef[];
  /** Runs in the app's bootstrap, in module order (after the plugin's bootstrap). */
  bootstrap?: ModuleHook;
  /** Runs in the plugin's destroy (before the app's, and before it waits for a quiet database), in reverse module order. */
  destroy?: ModuleHook;
  /** What waits on whom among the module's records: the to-do inbox's sources (registered after every module's workflows). */
  todoSources?: TodoSource[];
  /** Admin endpoints of the module's admin pages, served by the plugin at /synergy<path>. */
  adminRoutes?: AdminRoute[];
  /** Where the plugin's matching engine finds the offers it ranks (the matching module's). */
  offerLoader?: OfferLoader;
}
