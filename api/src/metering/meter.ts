// `pagemagic-api meter`: rolls metered usage up from Prometheus into usage_hourly, one complete hour at a
// time, oldest first. One meter is active at a time: it holds a PostgreSQL advisory lock on a connection
// of its own for as long as it runs, and a second meter waits on that lock and takes over when the first
// one's connection ends (it stopped, crashed or lost its network). Even two meters at once would write the
// same rows (rollup.ts), so the lock saves work, not correctness.
//
// Every interval it rolls every hour that has ended (plus a settle delay for late scrapes) and is not rolled
// yet, back-filling missed hours as far back as Prometheus keeps samples. If Prometheus or PostgreSQL fails,
// the hour is not written and the meter's progress does not move, so the next attempt rolls it whole.
//
// Hours: production meters real hours (hourSeconds 3600). Tests shorten the hour: the n-th span of
// hourSeconds since the epoch is stored as the n-th hour since the epoch, so usage_hourly's one-row-per-hour
// shape holds whatever the length.

import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@pagemagic/operator/runtime';
import pg from 'pg';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { PrometheusClient } from './prometheus.ts';
import {
  byWorkspace,
  measureHour,
  storedRolledTo,
  type UsageColumn,
  workspaceNamespaces,
  writeHour,
} from './rollup.ts';

const HOUR_MS = 3_600_000;
/** Prometheus' own default retention, for a Prometheus that does not say how long it keeps samples. */
const PROMETHEUS_DEFAULT_RETENTION_SECONDS = 15 * 24 * 3600;
/** The advisory lock's first key (ASCII "mete"); the second is the hour length, so scales never collide. */
const METER_LOCK_KEY = 0x6d65_7465;

export interface MeterOptions {
  /** Where usage is written. */
  db: pg.Pool;
  /** For the lock's own connection, which must live as long as this meter leads. */
  databaseUrl: string;
  prometheus: PrometheusClient;
  /** Between roll-ups while leading. */
  intervalMs: number;
  /** The length of a metered hour in real seconds: 3600, except in tests. */
  hourSeconds?: number;
  /** How long after an hour ends before it is rolled, so the scrapes that landed just before are in. */
  settleMs: number;
  /** How far back hours are back-filled; undefined: as far as Prometheus keeps samples. */
  lookbackSeconds?: number;
  /** After a failed roll-up, the next try comes after this (or the interval, if shorter). */
  retryMs: number;
  /** How often a waiting meter tries the lock. */
  lockPollMs: number;
  registry: Registry;
  logger: Logger;
  now?: () => number;
}

export interface RollResult {
  /** Hours written this pass, oldest first, as stored. */
  hours: Date[];
  rows: number;
  /** The end of the last rolled hour, as stored; undefined if none ever was. */
  rolledTo: Date | undefined;
}

interface MeterMetrics {
  hoursRolled: Counter;
  rowsWritten: Counter<'metric'>;
  failures: Counter<'stage'>;
  skippedSeries: Counter<'reason'>;
  expiredHours: Counter;
  rolledTo: Gauge;
  leader: Gauge;
}

function meterMetrics(registry: Registry, lag: () => number | undefined): MeterMetrics {
  const registers = [registry];
  new Gauge({
    name: 'pagemagic_meter_lag_seconds',
    help: 'How far behind now the end of the last rolled-up hour is (an hour plus the settle delay when on time)',
    registers,
    collect() {
      const seconds = lag();
      if (seconds !== undefined) this.set(seconds);
    },
  });
  return {
    hoursRolled: new Counter({
      name: 'pagemagic_meter_hours_rolled_total',
      help: 'Hours rolled up into usage_hourly',
      registers,
    }),
    rowsWritten: new Counter({
      name: 'pagemagic_meter_rows_written_total',
      help: 'usage_hourly rows written, by metric',
      labelNames: ['metric'],
      registers,
    }),
    failures: new Counter({
      name: 'pagemagic_meter_failures_total',
      help: 'Roll-ups that failed and will be retried, by what failed (prometheus, database)',
      labelNames: ['stage'],
      registers,
    }),
    skippedSeries: new Counter({
      name: 'pagemagic_meter_skipped_series_total',
      help: 'Usage left out because its namespace is no workspace of this installation',
      labelNames: ['reason'],
      registers,
    }),
    expiredHours: new Counter({
      name: 'pagemagic_meter_expired_hours_total',
      help: 'Hours never rolled up because Prometheus no longer held their samples when the meter got to them',
      registers,
    }),
    rolledTo: new Gauge({
      name: 'pagemagic_meter_rolled_up_to_timestamp_seconds',
      help: 'The end of the last hour rolled up (Unix time)',
      registers,
    }),
    leader: new Gauge({
      name: 'pagemagic_meter_leader',
      help: '1 while this meter holds the lock and rolls up; 0 while it waits for another to stop',
      registers,
    }),
  };
}

/** A failure at one stage of a roll-up, so the failure counter says where. */
class StageError extends Error {
  readonly stage: 'prometheus' | 'database';
  constructor(stage: 'prometheus' | 'database', cause: unknown) {
    super((cause as Error).message, { cause });
    this.stage = stage;
  }
}

async function stage<T>(name: 'prometheus' | 'database', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StageError(name, error);
  }
}

export class Meter {
  readonly #options: MeterOptions;
  readonly #hourMs: number;
  readonly #now: () => number;
  readonly #metrics: MeterMetrics;
  readonly #stopping = new AbortController();
  #running: Promise<void> | undefined;
  #leading = false;
  /** Real time of the end of the last rolled hour, for the lag gauge. */
  #rolledToMs: number | undefined;

  constructor(options: MeterOptions) {
    this.#options = options;
    this.#hourMs = (options.hourSeconds ?? 3600) * 1000;
    this.#now = options.now ?? Date.now;
    this.#metrics = meterMetrics(options.registry, () =>
      this.#rolledToMs === undefined ? undefined : (this.#now() - this.#rolledToMs) / 1000,
    );
  }

  get hourSeconds(): number {
    return this.#hourMs / 1000;
  }

  /** True while this meter holds the lock. */
  get leading(): boolean {
    return this.#leading;
  }

  /** The stored hour of span `n` (n-th hour since the epoch) and back. */
  storedHour(span: number): Date {
    return new Date(span * HOUR_MS);
  }

  /** Runs in the background until `stop`: waits for the lock, then rolls up every interval. */
  start(): void {
    this.#running ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#running;
  }

  /** Waits for the lock, rolls up what is due once, and lets the lock go: `pagemagic-api meter --once`. */
  async once(): Promise<RollResult> {
    const lock = await this.#acquire();
    if (!lock) throw new Error('the meter was stopped before it got the lock');
    try {
      return await this.rollDue();
    } finally {
      this.#leading = false;
      this.#metrics.leader.set(0);
      await lock.end().catch(() => undefined);
    }
  }

  async #run(): Promise<void> {
    const signal = this.#stopping.signal;
    while (!signal.aborted) {
      const lock = await this.#acquire();
      if (!lock) return;
      const lost = new AbortController();
      const onLost = (error?: Error) => {
        if (!lost.signal.aborted && !signal.aborted) {
          this.#options.logger.error(
            { err: error },
            'the meter lost its lock connection to PostgreSQL; waiting for the lock again',
          );
        }
        lost.abort();
      };
      lock.on('error', onLost);
      lock.on('end', () => onLost());
      const until = AbortSignal.any([signal, lost.signal]);
      try {
        while (!until.aborted) {
          let wait = this.#options.intervalMs;
          try {
            await this.rollDue();
          } catch (error) {
            wait = Math.min(this.#options.retryMs, this.#options.intervalMs);
            const stageName = error instanceof StageError ? error.stage : 'database';
            this.#metrics.failures.inc({ stage: stageName });
            this.#options.logger.error(
              { err: (error as Error).cause ?? error, retryInMs: wait },
              `rolling usage up failed at ${stageName}; nothing of the failed hour was written, and it is tried again`,
            );
          }
          await sleep(wait, undefined, { signal: until }).catch(() => undefined);
        }
      } finally {
        this.#leading = false;
        this.#metrics.leader.set(0);
        await lock.end().catch(() => undefined);
      }
    }
  }

  /** A connection holding the meter's lock; undefined if the meter was stopped first. */
  async #acquire(): Promise<pg.Client | undefined> {
    const signal = this.#stopping.signal;
    let waitingLogged = false;
    while (!signal.aborted) {
      const client = new pg.Client({ connectionString: this.#options.databaseUrl });
      // A connection that fails later is handled by its owner; until then its errors only end this try.
      client.on('error', () => undefined);
      try {
        await client.connect();
        while (!signal.aborted) {
          const { rows } = await client.query<{ locked: boolean }>(
            'SELECT pg_try_advisory_lock($1, $2) AS locked',
            [METER_LOCK_KEY, this.hourSeconds],
          );
          if (rows[0]?.locked) {
            this.#leading = true;
            this.#metrics.leader.set(1);
            this.#options.logger.info({ hourSeconds: this.hourSeconds }, 'this meter is rolling usage up');
            return client;
          }
          if (!waitingLogged) {
            waitingLogged = true;
            this.#options.logger.info('another meter is rolling usage up; this one waits to take over');
          }
          await sleep(this.#options.lockPollMs, undefined, { signal }).catch(() => undefined);
        }
      } catch (error) {
        this.#options.logger.error(
          { err: error },
          'the meter cannot reach PostgreSQL for its lock; trying again (check DATABASE_URL)',
        );
        await sleep(this.#options.retryMs, undefined, { signal }).catch(() => undefined);
      }
      await client.end().catch(() => undefined);
    }
    return undefined;
  }

  /**
   * Rolls up every hour that has ended (and settled) and is not rolled yet, oldest first, each in its own
   * transaction. Callers hold the lock (`start`, `once`); tests call it directly too, since a second
   * caller without the lock writes the same rows.
   */
  async rollDue(): Promise<RollResult> {
    const { db, prometheus, logger } = this.#options;
    const now = this.#now();
    const stored = await stage('database', () => storedRolledTo(db, this.hourSeconds));
    const lookbackSeconds =
      this.#options.lookbackSeconds ??
      (await stage('prometheus', () => prometheus.retentionSeconds())) ??
      PROMETHEUS_DEFAULT_RETENTION_SECONDS;
    // The oldest span Prometheus still holds whole.
    const oldest = Math.ceil((now - lookbackSeconds * 1000) / this.#hourMs);
    const next = stored === undefined ? oldest : Math.round(stored.getTime() / HOUR_MS);
    if (stored !== undefined) this.#rolledToMs = next * this.#hourMs;
    if (next < oldest) {
      this.#metrics.expiredHours.inc(oldest - next);
      logger.warn(
        { from: this.storedHour(next).toISOString(), to: this.storedHour(oldest).toISOString() },
        `${oldest - next} hour(s) were not rolled up before Prometheus dropped their samples, so they are not metered; run the meter continuously, or keep samples longer (Prometheus --storage.tsdb.retention.time)`,
      );
    }
    // Spans whose end, plus the settle delay, has passed.
    const last = Math.floor((now - this.#options.settleMs) / this.#hourMs) - 1;
    const result: RollResult = { hours: [], rows: 0, rolledTo: stored };
    if (last < Math.max(next, oldest)) return result;
    const namespaces = await stage('database', () => workspaceNamespaces(db));
    for (let span = Math.max(next, oldest); span <= last; span++) {
      const window = { start: span * this.#hourMs, end: (span + 1) * this.#hourMs };
      const measured = await stage('prometheus', () =>
        measureHour(prometheus, window, {
          marginMs: Math.min(this.#hourMs, 10 * 60_000),
          lookbackMs: lookbackSeconds * 1000,
        }),
      );
      const { rows, unknownNamespaces } = byWorkspace(measured, namespaces);
      const hour = this.storedHour(span);
      const rolledTo = this.storedHour(span + 1);
      await stage('database', () => writeHour(db, this.hourSeconds, hour, rolledTo, rows));
      if (unknownNamespaces.size > 0) {
        const skipped = [...unknownNamespaces.values()].reduce((sum, count) => sum + count, 0);
        this.#metrics.skippedSeries.inc({ reason: 'unknown_namespace' }, skipped);
        logger.warn(
          { hour: hour.toISOString(), namespaces: Object.fromEntries(unknownNamespaces) },
          'usage of namespaces that are no workspace of this installation was left out',
        );
      }
      this.#metrics.hoursRolled.inc();
      for (const row of rows) this.#metrics.rowsWritten.inc({ metric: row.metric satisfies UsageColumn });
      this.#metrics.rolledTo.set(window.end / 1000);
      this.#rolledToMs = window.end;
      result.hours.push(hour);
      result.rows += rows.length;
      result.rolledTo = rolledTo;
      logger.info({ hour: hour.toISOString(), rows: rows.length }, 'usage rolled up');
    }
    return result;
  }
}
