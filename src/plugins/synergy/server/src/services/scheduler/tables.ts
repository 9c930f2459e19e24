/**
 * The scheduler's own tables are plain tables made with knex's schema builder, not Strapi content
 * types: effects need a real unique index and ON CONFLICT inserts, leases a conditional upsert,
 * and run records are written only by the scheduler and read only through HQ's admin routes
 * (GET /synergy/jobs/:name/runs) — as a content type they would need a write guard, a documentId
 * and per-role content-manager permissions for nothing more. Strapi's schema sync leaves tables
 * it never tracked alone. A later column change needs a migration in database/migrations.
 */
import type { Core } from '@strapi/strapi';

type TableBuilder = (table: any) => void;

/** Creates a table unless it exists; another instance booting at the same moment may win the race. */
export const ensureTable = async (strapi: Core.Strapi, name: string, build: TableBuilder) => {
  const schema = strapi.db.connection.schema;
  if (await schema.hasTable(name)) return;
  try {
    await schema.createTable(name, build);
  } catch (error) {
    if (!(await schema.hasTable(name))) throw error;
  }
};

/** Timestamps come back as Date (PostgreSQL) or epoch milliseconds (SQLite, where knex binds Dates as numbers). */
export const toIso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | number | Date).toISOString();
