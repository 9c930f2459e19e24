/**
 * The scheduler's own tables are plain tables made with knex's schema builder, not Strapi content
 * types: effects need a real unique index and ON CONFLICT inserts, leases a conditional upsert,
 * and run records are written only by the scheduler and read only through HQ's admin routes
 * (GET /synergy/jobs/:name/runs) — as a content type they would need a write guard, a documentId
 * and per-role content-manager permissions for nothing more. Strapi's schema sync leaves tables
 * it never tracked alone. They are made, and later changed, by migrations in database/migrations
 * (2026.12.06T01.00.00.scheduler-tables.js).
 */

/** Timestamps come back as Date (PostgreSQL) or epoch milliseconds (SQLite, where knex binds Dates as numbers). */
export const toIso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | number | Date).toISOString();
