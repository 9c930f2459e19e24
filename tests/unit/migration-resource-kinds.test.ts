/** The migration that moves resources from the earlier kinds to seed 001's (issue 14, item 6). */
import knexFactory from 'knex';
import path from 'path';

const migration = require(path.join(__dirname, '../../database/migrations/2026.12.07T00.00.00.resource-kinds.js'));

describe('resource kinds migration', () => {
  const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  afterAll(() => knex.destroy());

  it('does nothing on a database without resources', async () => {
    await expect(migration.up(knex)).resolves.toBeUndefined();
  });

  it('files every earlier kind under seed 001’s kinds, keeps new and empty kinds; a second run changes nothing', async () => {
    // Given resources of every earlier kind, one already of a new kind and one without a kind
    await knex.schema.createTable('synergy_resources', (t) => {
      t.increments('id');
      t.string('resource_type');
    });
    const earlier = ['idle-asset', 'capacity', 'finance', 'customer-channel', 'technology', 'people', 'human', null];
    await knex('synergy_resources').insert(earlier.map((resource_type) => ({ resource_type })));

    // When the migration runs, twice
    await migration.up(knex);
    await migration.up(knex);

    // Then each row holds the kind seed 001 files it under
    const kinds = (await knex('synergy_resources').orderBy('id').select('resource_type')).map((r: any) => r.resource_type);
    expect(kinds).toEqual([
      'tangible-physical',
      'tangible-physical',
      'tangible-financial',
      'intangible',
      'intangible',
      'human',
      'human',
      null,
    ]);
  });
});
