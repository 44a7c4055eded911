// AI generations, counted exactly. Starting one (a new site, a whole-site regeneration, a section rewrite)
// first reserves it: under a per-workspace lock, this month's count is compared with the plan and a row is
// written, so two requests at once cannot both take the last one. When the work has started the reservation
// is confirmed, which counts it in `pagemagic_api_generations_total` too (what the meter rolls up into
// usage_hourly); when it could not start, the row is removed and nothing is counted.

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { Counter, type Registry } from 'prom-client';
import { inTransaction } from '../db/transaction.ts';
import { monthStartUtc, nextMonthUtc } from '../metering/totals.ts';
import { planOf } from '../tenancy/plans.ts';
import { planLimitError } from './limits.ts';

export type GenerationKind = 'generate' | 'regenerate';

const COUNTER_NAME = 'pagemagic_api_generations_total';

/** The counter, registered once per registry (each app in a test process has its own). */
export function generationsCounter(registry: Registry): Counter<'namespace' | 'website' | 'kind'> {
  return (
    (registry.getSingleMetric(COUNTER_NAME) as Counter<'namespace' | 'website' | 'kind'> | undefined) ??
    new Counter({
      name: COUNTER_NAME,
      help: 'AI generations (a new site) and regenerations (whole site or one section) the API started',
      labelNames: ['namespace', 'website', 'kind'] as const,
      registers: [registry],
    })
  );
}

export interface GenerationReservation {
  /** The work has started: count it, under `site` when the site's name was only known afterwards. */
  confirm(site?: string): Promise<void>;
  /** The work did not start: it does not count. */
  release(): Promise<void>;
}

export interface GenerationInput {
  workspace: { id: string; namespace: string };
  /** The Website's name; '' when it is not known yet (a site created with a name made from its prompt). */
  site: string;
  kind: GenerationKind;
  userId?: string;
}

/** Generations recorded for the workspace in the UTC calendar month that holds `at`. */
export async function generationsThisMonth(
  db: Pick<Pool, 'query'>,
  workspaceId: string,
  at = new Date(),
): Promise<number> {
  const start = monthStartUtc(at);
  const { rows } = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM billing_generations WHERE workspace_id = $1 AND at >= $2 AND at < $3',
    [workspaceId, start, nextMonthUtc(start)],
  );
  return rows[0]?.count ?? 0;
}

/** Reserves one generation, or refuses with 402 plan_limit when the month's are used up. */
export async function reserveGeneration(
  deps: { db: Pool; metrics: Registry },
  input: GenerationInput,
): Promise<GenerationReservation> {
  const id = randomUUID();
  await inTransaction(deps.db, async (client) => {
    // One reservation at a time per workspace, so the count below is the count the insert adds to.
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `billing-generations:${input.workspace.id}`,
    ]);
    const { rows } = await client.query<{ plan: string; used: number }>(
      `SELECT w.plan,
              (SELECT count(*)::int FROM billing_generations g
                WHERE g.workspace_id = w.id AND g.at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS used
         FROM workspaces w WHERE w.id = $1`,
      [input.workspace.id],
    );
    const row = rows[0];
    if (!row) throw new Error(`workspace ${input.workspace.id} has no row`);
    const plan = planOf(row.plan);
    if (row.used >= plan.limits.generationsPerMonth) {
      throw planLimitError(plan.id, 'generationsPerMonth', row.used);
    }
    await client.query(
      'INSERT INTO billing_generations (id, workspace_id, site, kind, user_id) VALUES ($1, $2, $3, $4, $5)',
      [id, input.workspace.id, input.site, input.kind, input.userId ?? null],
    );
  });
  const counter = generationsCounter(deps.metrics);
  return {
    async confirm(site) {
      const name = site ?? input.site;
      if (site !== undefined && site !== input.site) {
        await deps.db.query('UPDATE billing_generations SET site = $2 WHERE id = $1', [id, site]);
      }
      counter.inc({ namespace: input.workspace.namespace, website: name, kind: input.kind });
    },
    async release() {
      await deps.db.query('DELETE FROM billing_generations WHERE id = $1', [id]);
    },
  };
}

/**
 * Runs `work` as one reserved generation: confirmed with the site it names when it succeeds, released when
 * it throws (the error goes on to the caller).
 */
export async function withGeneration<T>(
  deps: { db: Pool; metrics: Registry },
  input: GenerationInput,
  work: () => Promise<T>,
  siteOf: (result: T) => string = () => input.site,
): Promise<T> {
  const reservation = await reserveGeneration(deps, input);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await reservation.release();
    throw error;
  }
  await reservation.confirm(siteOf(result));
  return result;
}
