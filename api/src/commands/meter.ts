// `pagemagic-api meter`: the meter process (src/metering/meter.ts). It migrates the database (it may start
// before any API replica), serves its own /metrics and /healthz, waits for the meter lock, then rolls usage
// up from Prometheus every interval until SIGTERM or SIGINT. `--once` rolls up what is due and exits,
// printing what it wrote: a back-fill by hand, or a cron job instead of a long-running process.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Env, type Logger } from '@pagemagic/operator/runtime';
import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { migrate } from '../db/migrate.ts';
import { type MeterConfig, meterConfigFromEnv } from '../metering/config.ts';
import { Meter, type RollResult } from '../metering/meter.ts';
import { PrometheusClient } from '../metering/prometheus.ts';

export interface MeterCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read when the command runs, so `--help` works without any configuration. */
  env: () => Env;
}

export interface MeterFlags {
  interval?: number;
  prometheusUrl?: string;
  once?: boolean;
}

function seconds(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('must be a whole number of seconds, 1 or more');
  return Number(value);
}

function prometheusUrl(value: string): string {
  if (!URL.canParse(value)) throw new InvalidArgumentError('must be a URL such as http://127.0.0.1:9090');
  return value;
}

function listen(server: Server, { host, port }: { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `${host}:${port} is already in use, so the meter's metrics cannot listen there; set PAGEMAGIC_METER_METRICS_LISTEN to another address`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

export interface RunningMeter {
  meter: Meter;
  /** The metrics server's base URL (`http://host:port`). */
  metricsUrl: string;
  stop(): Promise<void>;
}

function createMeter(config: MeterConfig, db: pg.Pool, registry: Registry, logger: Logger): Meter {
  return new Meter({
    db,
    databaseUrl: config.databaseUrl,
    prometheus: new PrometheusClient(config.prometheusUrl),
    intervalMs: config.intervalSeconds * 1000,
    hourSeconds: config.hourSeconds,
    settleMs: config.settleSeconds * 1000,
    lookbackSeconds: config.lookbackSeconds,
    retryMs: config.retrySeconds * 1000,
    lockPollMs: config.lockPollSeconds * 1000,
    registry,
    logger,
  });
}

/** A pool on a migrated database: the meter may start before any API replica has migrated it. */
async function migratedPool(config: MeterConfig): Promise<pg.Pool> {
  const db = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.end();
    throw error;
  }
}

/** The meter as the command runs it, with its pool, metrics server and background loop; for tests too. */
export async function startMeter(config: MeterConfig, logger: Logger): Promise<RunningMeter> {
  const db = await migratedPool(config);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const meter = createMeter(config, db, registry, logger);
  const server = createServer((request, response) => {
    if (request.url === '/healthz') {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
      return;
    }
    if (request.url !== '/metrics') {
      response
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end('the meter serves /metrics and /healthz\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': registry.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'collecting metrics failed');
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end('collecting metrics failed\n');
      },
    );
  });
  try {
    await listen(server, config.metricsListen);
  } catch (error) {
    await db.end();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const metricsUrl = `http://${address.address}:${address.port}`;
  meter.start();
  logger.info(
    {
      prometheus: config.prometheusUrl,
      intervalSeconds: config.intervalSeconds,
      metrics: `${metricsUrl}/metrics`,
    },
    'meter started',
  );
  return {
    meter,
    metricsUrl,
    async stop() {
      await meter.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.end();
    },
  };
}

/** `--once`: the lock, one pass, and out. */
export async function meterOnce(config: MeterConfig, logger: Logger): Promise<RollResult> {
  const db = await migratedPool(config);
  try {
    return await createMeter(config, db, new Registry(), logger).once();
  } finally {
    await db.end();
  }
}

export function meterCommand(io: MeterCommandIo): Command {
  return new Command('meter')
    .description(
      'Roll metered usage up from Prometheus into usage_hourly, every complete hour exactly once; one meter is active at a time and another waits to take over',
    )
    .option(
      '--interval <seconds>',
      'between roll-ups (default: PAGEMAGIC_METER_INTERVAL_SECONDS, else 3600)',
      seconds,
    )
    .option('--prometheus-url <url>', 'the Prometheus to read (default: PROMETHEUS_URL)', prometheusUrl)
    .option('--once', 'roll up the hours that are due, print them as JSON, and exit')
    .action(async (flags: MeterFlags) => {
      const config = meterConfigFromEnv(io.env());
      if (flags.interval !== undefined) config.intervalSeconds = flags.interval;
      if (flags.prometheusUrl !== undefined) config.prometheusUrl = flags.prometheusUrl;
      if (flags.once) {
        // stdout is for the result alone.
        const logger = createLogger({
          level: config.logLevel,
          write: (line) => process.stderr.write(`${line}\n`),
        });
        let result: RollResult;
        try {
          result = await meterOnce(config, logger);
        } catch (error) {
          // What failed is said in full (Prometheus or PostgreSQL, and where); a stack adds nothing.
          io.stderr(`error: ${(error as Error).message}\n`);
          process.exitCode = 1;
          return;
        }
        io.stdout(
          `${JSON.stringify({
            hours: result.hours.map((hour) => hour.toISOString()),
            rows: result.rows,
            rolledUpTo: result.rolledTo?.toISOString() ?? null,
          })}\n`,
        );
        return;
      }
      const logger = createLogger({ level: config.logLevel });
      const running = await startMeter(config, logger);
      await new Promise<void>((resolve) => {
        let stopping = false;
        for (const signal of ['SIGTERM', 'SIGINT'] as const) {
          process.on(signal, () => {
            if (stopping) return;
            stopping = true;
            logger.info({ signal }, 'meter stopping');
            running.stop().then(resolve, (error: unknown) => {
              logger.error({ err: error }, 'the meter did not stop cleanly');
              process.exitCode = 1;
              resolve();
            });
          });
        }
      });
    });
}
