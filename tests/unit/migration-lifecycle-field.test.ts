/** The migration that renames the lifecycle column of a database written before `status` became `state`. */
import knexFactory from 'knex';
import path from 'path';

const migration = require(path.join(__dirname, '../../database/migrations/2026.12.06T00.00.00.lifecycle-field-state.js'));

describe('lifecycle field migration', () => {
  const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  afterAll(() => knex.destroy());

  it('renames status to state and keeps every value; a second run changes nothing', async () => {
    // Given an older database: demands with a status column, tasks already renamed, no meetings table
    await knex.schema.createTable('synergy_demands', (t) => {
      t.increments('id');
      t.string('status');
    });
    await knex('synergy_demands').insert([{ status: 'draft' }, { status: 'published' }]);
    await knex.schema.createTable('tasks', (t) => {
      t.increments('id');
      t.string('state');
    });
    await knex('tasks').insert({ state: 'assigned' });

    // When the migration runs, twice
    await migration.up(knex);
    await migration.up(knex);

    // Then the values live in state, and nothing else moved
    expect(await knex.schema.hasColumn('synergy_demands', 'status')).toBe(false);
    expect((await knex('synergy_demands').orderBy('id').select('state')).map((r: any) => r.state)).toEqual(['draft', 'published']);
    expect((await knex('tasks').select('state')).map((r: any) => r.state)).toEqual(['assigned']);
    expect(await knex.schema.hasTable('meetings')).toBe(false);
  });
});
