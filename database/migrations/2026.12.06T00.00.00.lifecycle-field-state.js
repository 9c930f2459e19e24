'use strict';
/**
 * The lifecycle field of every workflow type was renamed from `status` to `state`: Strapi's
 * content manager treats an attribute named `status` as its own draft & publish field and showed
 * "Published" for every record (README, "Lifecycle field"). A database written before the rename
 * keeps its values: the column is renamed in place, before Strapi's schema sync would otherwise
 * add an empty `state` column and drop `status`. Idempotent: tables already renamed are skipped.
 */
const TABLES = [
  'benefit_records',
  'catalogue_editions',
  'catalogue_entries',
  'disputes',
  'exemption_requests',
  'internal_suppliers',
  'meetings',
  'synergy_demands',
  'synergy_projects',
  'synergy_resources',
  'tasks',
];

module.exports = {
  async up(knex) {
    for (const table of TABLES) {
      if (!(await knex.schema.hasTable(table))) continue;
      if (!(await knex.schema.hasColumn(table, 'status')) || (await knex.schema.hasColumn(table, 'state'))) continue;
      await knex.schema.alterTable(table, (t) => t.renameColumn('status', 'state'));
    }
  },
};
