/**
 * Effect keys make a job safe to run twice: an effect (a reminder, an escalation) is produced only
 * by the run that newly claims its key, e.g. `reminder:<taskDocumentId>:<yyyy-mm-dd>:<kind>`.
 * Claims are set-based INSERT … ON CONFLICT (key) DO NOTHING RETURNING key, on PostgreSQL and on
 * SQLite (3.35 and later; the bundled better-sqlite3 has 3.51).
 */
import type { Core } from '@strapi/strapi';
import { runInCurrentTransaction } from '../../utils/knex';

export const EFFECTS_TABLE = 'synergy_effects';
export const MAX_KEY_LENGTH = 255;
/** Three bound values a row: far below SQLite's and PostgreSQL's parameter limits. */
const BATCH = 500;

export const createEffects = (strapi: Core.Strapi) => ({
  /** Inserts the keys not yet claimed; returns those this call claimed. Joins the caller's open transaction. */
  async claim(job: string, keys: string[]): Promise<Set<string>> {
    const bad = keys.find((key) => typeof key !== 'string' || key === '' || key.length > MAX_KEY_LENGTH);
    if (bad !== undefined)
      throw new Error(`Effect keys are non-empty strings of at most ${MAX_KEY_LENGTH} characters (job ${job}): ${String(bad)}`);
    const unique = [...new Set(keys)];
    const claimed = new Set<string>();
    const createdAt = new Date();
    for (let i = 0; i < unique.length; i += BATCH) {
      const rows = unique.slice(i, i + BATCH).map((key) => ({ key, job, created_at: createdAt }));
      const inserted = await runInCurrentTransaction<Array<{ key: string }>>(
        strapi,
        strapi.db.connection(EFFECTS_TABLE).insert(rows).onConflict('key').ignore().returning('key')
      );
      for (const row of inserted) claimed.add(row.key);
    }
    return claimed;
  },
});
