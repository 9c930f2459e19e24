/**
 * A fresh database for one Strapi boot: a SQLite file under .tmp/ or a PostgreSQL database
 * created for it (DATABASE_CLIENT=postgres), removed again on teardown.
 *
 * Booting Strapi on an empty database spends most of its time creating the schema (about 10 s
 * on SQLite, 15 s on PostgreSQL, against 2 s over a schema that is already there). So the jest run
 * boots it once on a template (tests/harness/template.js, from global-setup.js) and every test file
 * gets a copy: CREATE DATABASE … TEMPLATE on PostgreSQL, a copied file on SQLite. The copy holds
 * what that first boot wrote (schema, migrations, bootstrap's roles and seeds) and nothing else;
 * the test's own boot then runs bootstrap again over it, as a restarted server does.
 * `{ template: false }`, or no template (a file run outside jest's global setup), gives an empty one.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

const pgAdmin = async (sql) => {
  const { Client } = require('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.DATABASE_PORT || 5432),
    user: process.env.DATABASE_USERNAME || 'postgres',
    password: process.env.DATABASE_PASSWORD || undefined,
    database: 'postgres',
  });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};

const sqliteFiles = (file) => ['', '-wal', '-shm', '-journal'].map((extra) => path.join(process.cwd(), file + extra));

/** Creates a fresh database and points the environment at it; returns a function that drops it. */
const createFreshDatabase = async (label = 'test', { template = process.env.SYNERGY_TEST_TEMPLATE } = {}) => {
  const suffix = `${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`.replace(/[^a-z0-9_]/gi, '_');
  if (isPostgres()) {
    const name = `synergy_${suffix}`.toLowerCase();
    await pgAdmin(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
    process.env.DATABASE_NAME = name;
    return async () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const file = path.join('.tmp', `${suffix}.db`);
  fs.mkdirSync(path.join(process.cwd(), '.tmp'), { recursive: true });
  if (template) fs.copyFileSync(path.join(process.cwd(), template), path.join(process.cwd(), file));
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = file;
  return async () => {
    for (const each of sqliteFiles(file)) fs.rmSync(each, { force: true });
  };
};

module.exports = { createFreshDatabase, isPostgres, pgAdmin, sqliteFiles };
