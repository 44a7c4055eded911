// The retention sweep: every `intervalMs`, messages older than their workspace keeps them are deleted. Every
// API replica runs the timer; a transaction-scoped advisory lock lets one sweep at a time, and a sweep that
// finds the lock taken skips its turn (the other replica is doing the same work).

import type { Pool } from 'pg';
import { inTransaction } from '../db/transaction.ts';
import { purgeExpired } from './store.ts';

/** An arbitrary, fixed key: what the replicas agree to lock. */
export const SWEEP_LOCK = 0x5047_4d46; // "PGMF"

/** One sweep: how many messages were deleted, or undefined when another replica holds the lock. */
export async function sweepExpiredMessages(db: Pool): Promise<number | undefined> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [SWEEP_LOCK],
    );
    if (!rows[0]?.locked) return undefined;
    return purgeExpired(client);
  });
}

export function startRetentionSweep(
  db: Pool,
  intervalMs: number,
  report: (outcome: { deleted?: number; error?: unknown }) => void,
): () => void {
  const sweep = () =>
    sweepExpiredMessages(db).then(
      (deleted) => report({ ...(deleted === undefined ? {} : { deleted }) }),
      (error: unknown) => report({ error }),
    );
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  void sweep();
  return () => clearInterval(timer);
}
