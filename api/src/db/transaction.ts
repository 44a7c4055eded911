// One transaction on one pooled connection: committed when `work` returns, rolled back when it throws or
// returns a Rollback (a race lost to another transaction, where there is nothing to keep and nothing wrong).

import type { Pool, PoolClient } from 'pg';

/** Returned by `work` to roll back instead of committing; inTransaction then returns `value`. */
export class Rollback<T> {
  readonly value: T;
  constructor(value: T) {
    this.value = value;
  }
}

export async function inTransaction<T>(
  db: Pool,
  work: (client: PoolClient) => Promise<T | Rollback<T>>,
): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    if (result instanceof Rollback) {
      await client.query('ROLLBACK');
      return result.value;
    }
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
