'use strict';
/**
 * The scheduler's own tables (plain tables, not content types: see
 * src/plugins/synergy/server/src/services/scheduler/tables.ts). Strapi's schema sync leaves them
 * alone because it never tracked them. Until this migration the scheduler created them on first
 * use; a database made that way already has them, so every table is skipped when it exists.
 * The lease table is used on SQLite only (PostgreSQL locks with advisory locks); it is created on
 * both so the schema does not depend on the database.
 */
const tables = {
  synergy_job_runs(t) {
    t.increments('id');
    t.string('name', 63).notNullable();
    t.string('trigger', 16).notNullable();
    t.timestamp('scheduled_for', { useTz: true }).notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true }).nullable();
    t.string('status', 16).notNullable();
    t.text('error').nullable();
    t.text('counts').nullable();
    t.string('instance', 255).notNullable();
    t.index(['name', 'status', 'scheduled_for'], 'synergy_job_runs_name_status_idx');
  },
  synergy_job_leases(t) {
    t.string('name', 63).primary();
    t.string('holder', 255).notNullable();
    // Epoch milliseconds: compared in SQL without any date conversion.
    t.bigInteger('expires_at').notNullable();
  },
  synergy_effects(t) {
    t.increments('id');
    t.string('key', 255).notNullable();
    t.string('job', 63).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    // A real unique index: effect claims rest on the database refusing a second key.
    t.unique(['key'], { indexName: 'synergy_effects_key_unique' });
  },
};

module.exports = {
  async up(knex) {
    for (const [name, build] of Object.entries(tables)) {
      if (!(await knex.schema.hasTable(name))) await knex.schema.createTable(name, build);
    }
  },
};
