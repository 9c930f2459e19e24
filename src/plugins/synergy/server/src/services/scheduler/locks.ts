/**
 * One run of a job at a time across every instance on the database.
 *
 * PostgreSQL: pg_try_advisory_xact_lock on a dedicated knex transaction (its own pooled
 * connection) held open for the job's duration; the job queries through other connections as
 * usual. Commit releases it, and a crashed instance's session takes it along.
 *
 * SQLite (single-instance deployments; still guards against a second run in the same process): a
 * lease row claimed by one conditional upsert, renewed while the job runs, deleted when it ends;
 * a lease left by a crashed process expires after LEASE_MS.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { advisoryLockKey } from './rules';

export const LEASES_TABLE = 'synergy_job_leases';
export const LEASE_MS = 5 * 60 * 1000;

export interface HeldLock {
  release(): Promise<void>;
}

export interface JobLocks {
  /** The job's lock, or null when another run holds it. */
  tryAcquire(jobName: string): Promise<HeldLock | null>;
}

const advisoryLocks = (strapi: Core.Strapi): JobLocks => ({
  async tryAcquire(jobName) {
    const trx = await strapi.db.connection.transaction();
    try {
      const result = await trx.raw('select pg_try_advisory_xact_lock(?::bigint) as locked', [advisoryLockKey(jobName)]);
      if (result.rows[0].locked === true) return { release: async () => void (await trx.commit()) };
    } catch (error) {
      await trx.rollback();
      throw error;
    }
    await trx.commit();
    return null;
  },
});

const leaseLocks = (strapi: Core.Strapi, instanceId: string): JobLocks => {
  const knex = () => strapi.db.connection;
  const renew = (jobName: string, holder: string) =>
    knex()(LEASES_TABLE)
      .where({ name: jobName, holder })
      .update({ expires_at: Date.now() + LEASE_MS });

  return {
    async tryAcquire(jobName) {
      const holder = `${instanceId}#${randomUUID()}`;
      const now = Date.now();
      await knex().raw(
        `insert into ${LEASES_TABLE} (name, holder, expires_at) values (?, ?, ?)
         on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
         where ${LEASES_TABLE}.expires_at < ?`,
        [jobName, holder, now + LEASE_MS, now]
      );
      const lease = await knex()(LEASES_TABLE).where({ name: jobName }).first('holder');
      if (lease?.holder !== holder) return null;
      const heartbeat = setInterval(() => {
        renew(jobName, holder).catch((error: Error) => strapi.log.warn(`[scheduler] lease of ${jobName} not renewed: ${error.message}`));
      }, LEASE_MS / 3);
      heartbeat.unref();
      return {
        async release() {
          clearInterval(heartbeat);
          await knex()(LEASES_TABLE).where({ name: jobName, holder }).delete();
        },
      };
    },
  };
};

export const createJobLocks = (strapi: Core.Strapi, instanceId: string): JobLocks =>
  (strapi.db.dialect as any).client === 'postgres' ? advisoryLocks(strapi) : leaseLocks(strapi, instanceId);
