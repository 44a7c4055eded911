// Schema migrations: numbered .sql files in ./migrations, applied in name order, each in its own
// transaction, recorded in schema_migrations. A transaction-scoped advisory lock makes two replicas starting
// at once take turns on each migration: the second finds it done.

import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { inTransaction } from './transaction.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any constant works; it only has to be the same in every replica and unused elsewhere.
const MIGRATION_LOCK_KEY = 0x7061_6765;

export interface Migration {
  name: string;
  sql: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(`${dir}${name}`, 'utf8') })));
}

/** Applies what is missing; returns the names it applied (empty when another replica got there first). */
export async function migrate(pool: Pool, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const applied: string[] = [];
  for (const migration of all) {
    const ran = await inTransaction(pool, async (client) => {
      // Held until this transaction ends: a replica starting at the same moment waits here, then finds
      // the migration recorded and moves on.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const { rowCount } = await client.query('SELECT 1 FROM schema_migrations WHERE name = $1', [
        migration.name,
      ]);
      if (rowCount) return false;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      return true;
    }).catch((error: unknown) => {
      throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
