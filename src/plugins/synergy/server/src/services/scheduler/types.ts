/** What a scheduled job is given and what it gives back; jobs are written against these. */
import type { JobRunRecord, JobRunResult, JobTrigger } from '../../../../shared/contracts';

export type { JobRunRecord as RunRecord, JobRunResult as RunNowResult, JobTrigger };

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

export interface RunNowOptions {
  trigger?: JobTrigger;
}
