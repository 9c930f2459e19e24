/**
 * A fresh database for one Strapi boot: a SQLite file under .tmp/ or a PostgreSQL database
 * created for it (DATABASE_CLIENT=postgres), removed again on teardown.
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
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/** Creates a fresh database and points the environment at it; returns a function that drops it. */
const createFreshDatabase = async (label = 'test') => {
  const suffix = `${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`.replace(/[^a-z0-9_]/gi, '_');
  if (isPostgres()) {
    const name = `synergy_${suffix}`.toLowerCase();
    await pgAdmin(`CREATE DATABASE ${name}`);
    process.env.DATABASE_NAME = name;
    return async () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const file = path.join('.tmp', `${suffix}.db`);
  fs.mkdirSync(path.join(process.cwd(), '.tmp'), { recursive: true });
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = file;
  return async () => {
    for (const extra of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(process.cwd(), file + extra), { force: true });
  };
};

module.exports = { createFreshDatabase, isPostgres, pgAdmin };
