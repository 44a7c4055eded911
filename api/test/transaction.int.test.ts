// inTransaction, on a database of its own: what it keeps, what it undoes, and that it always gives the
// connection back.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, Rollback } from '../src/db/transaction.ts';
import { createTestDatabase } from './helpers/test-api.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
  await pool.query('CREATE TABLE items (name text PRIMARY KEY)');
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const names = async () =>
  (await pool.query<{ name: string }>('SELECT name FROM items ORDER BY name')).rows.map((row) => row.name);

describe('inTransaction', () => {
  it('commits what work did when it returns, and returns its value', async () => {
    const value = await inTransaction(pool, async (client) => {
      await client.query("INSERT INTO items VALUES ('kept')");
      return 7;
    });
    expect(value).toBe(7);
    expect(await names()).toEqual(['kept']);
  });

  it('rolls back when work throws, and throws the same error', async () => {
    const failure = new Error('no');
    await expect(
      inTransaction(pool, async (client) => {
        await client.query("INSERT INTO items VALUES ('thrown')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await names()).toEqual(['kept']);
  });

  it('rolls back when work returns a Rollback, and returns its value', async () => {
    const value = await inTransaction(pool, async (client) => {
      await client.query("INSERT INTO items VALUES ('undone')");
      return new Rollback('lost a race');
    });
    expect(value).toBe('lost a race');
    expect(await names()).toEqual(['kept']);
    // One connection in the pool: every case above gave it back, or this would wait forever.
    expect(pool.idleCount).toBe(1);
  });
});
