/**
 * The job-run table: one row per run, written when it starts (status `running`) and completed
 * when it ends, so a run that died with its process stays visible. Catch-up reads the last
 * successful run of each job from here.
 */
import type { Core } from '@strapi/strapi';
import type { RunRecord, JobTrigger } from './types';
import { toIso } from './tables';

export const RUNS_TABLE = 'synergy_job_runs';

const MAX_ERROR_LENGTH = 4000;

const toRecord = (row: any): RunRecord => ({
  id: Number(row.id),
  name: row.name,
  trigger: row.trigger,
  scheduledFor: toIso(row.scheduled_for)!,
  startedAt: toIso(row.started_at)!,
  finishedAt: toIso(row.finished_at),
  status: row.status,
  error: row.error ?? null,
  counts: row.counts ? JSON.parse(row.counts) : {},
  instance: row.instance,
});

export const createRunRecords = (strapi: Core.Strapi) => {
  const table = () => strapi.db.connection(RUNS_TABLE);

  return {
    async start(run: { name: string; trigger: JobTrigger; scheduledFor: Date; instance: string }): Promise<number> {
      const [row] = await table()
        .insert({
          name: run.name,
          trigger: run.trigger,
          scheduled_for: run.scheduledFor,
          started_at: new Date(),
          status: 'running',
          instance: run.instance,
        })
        .returning('id');
      return Number(typeof row === 'object' ? row.id : row);
    },

    async finish(
      id: number,
      outcome: { status: 'ok' | 'failed'; error: string | null; counts: Record<string, number> }
    ): Promise<RunRecord> {
      await table()
        .where({ id })
        .update({
          finished_at: new Date(),
          status: outcome.status,
          error: outcome.error === null ? null : outcome.error.slice(0, MAX_ERROR_LENGTH),
          counts: JSON.stringify(outcome.counts),
        });
      return toRecord(await table().where({ id }).first());
    },

    /** The newest run of each named job (any status), in one query. */
    async latest(names: string[]): Promise<Map<string, RunRecord>> {
      if (names.length === 0) return new Map();
      const newest = strapi.db.connection(RUNS_TABLE).whereIn('name', names).groupBy('name').max('id');
      const rows = await table().whereIn('id', newest);
      return new Map(rows.map((row: any) => [row.name, toRecord(row)]));
    },

    /** The `now` of the job's newest successful run, or null when it never succeeded. */
    async lastSuccessFor(name: string): Promise<Date | null> {
      const row = await table().where({ name, status: 'ok' }).max('scheduled_for as at').first();
      return row?.at === null || row?.at === undefined ? null : new Date(toIso(row.at)!);
    },

    async page(name: string, page: number, pageSize: number): Promise<{ records: RunRecord[]; total: number }> {
      const [{ total }] = await table().where({ name }).count('id as total');
      const rows = await table()
        .where({ name })
        .orderBy('id', 'desc')
        .offset((page - 1) * pageSize)
        .limit(pageSize);
      return { records: rows.map(toRecord), total: Number(total) };
    },
  };
};
