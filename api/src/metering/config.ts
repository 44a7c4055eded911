// The meter's settings, from the environment (flags of `pagemagic-api meter` override a few). It needs only
// PostgreSQL and Prometheus, none of the API's keys, so it reads its own variables rather than the API's.

import {
  type Env,
  type LogLevel,
  logLevelFromEnv,
  parseListenAddress,
  readEnv,
  Setting,
} from '@pagemagic/operator/runtime';
import { Type } from '@sinclair/typebox';

const LOCAL_DATABASE = 'postgres://pagemagic:pagemagic@127.0.0.1:15432/pagemagic';
const LOCAL_PROMETHEUS = 'http://127.0.0.1:19090';

export const METER_ENV = Type.Object({
  DATABASE_URL: Setting.string({ default: LOCAL_DATABASE }),
  PROMETHEUS_URL: Setting.string({
    default: LOCAL_PROMETHEUS,
    description: 'the Prometheus that scrapes the platform',
  }),
  PAGEMAGIC_METER_INTERVAL_SECONDS: Setting.integer({
    minimum: 1,
    default: 3600,
    description: 'how often the active meter rolls up the hours that are due',
  }),
  PAGEMAGIC_METER_SETTLE_SECONDS: Setting.integer({
    minimum: 0,
    default: 120,
    description:
      'how long after an hour ends before it is rolled up: at least two scrape intervals, so the last scrapes of the hour are stored',
  }),
  PAGEMAGIC_METER_LOOKBACK_SECONDS: Type.Optional(
    Setting.integer({
      minimum: 1,
      example: '172800',
      description:
        'how far back missed hours are back-filled; unset: as long as Prometheus keeps samples (its runtime info)',
    }),
  ),
  PAGEMAGIC_METER_RETRY_SECONDS: Setting.integer({
    minimum: 1,
    default: 60,
    description: 'after a failed roll-up (Prometheus or PostgreSQL away), how soon it is tried again',
  }),
  PAGEMAGIC_METER_LOCK_POLL_SECONDS: Setting.integer({
    minimum: 1,
    default: 5,
    description: 'how often a waiting meter checks whether the active one has gone',
  }),
  PAGEMAGIC_METER_HOUR_SECONDS: Setting.integer({
    minimum: 1,
    maximum: 3600,
    default: 3600,
    description: 'the length of a metered hour; only tests shorten it',
  }),
  PAGEMAGIC_METER_METRICS_LISTEN: Setting.custom(parseListenAddress, {
    default: '127.0.0.1:8082',
    example: '0.0.0.0:8082',
    description: "where the meter's own /metrics and /healthz are served",
  }),
  PAGEMAGIC_LOG_LEVEL: Setting.custom((raw) => logLevelFromEnv({ PAGEMAGIC_LOG_LEVEL: raw }), {
    default: 'info',
    example: 'info',
  }),
});

export interface MeterConfig {
  databaseUrl: string;
  prometheusUrl: string;
  intervalSeconds: number;
  settleSeconds: number;
  lookbackSeconds: number | undefined;
  retrySeconds: number;
  lockPollSeconds: number;
  hourSeconds: number;
  metricsListen: { host: string; port: number };
  logLevel: LogLevel;
}

/** Throws a ConfigError naming every variable that is wrong. */
export function meterConfigFromEnv(env: Env = process.env): MeterConfig {
  const values = readEnv(METER_ENV, env);
  return {
    databaseUrl: values.DATABASE_URL,
    prometheusUrl: values.PROMETHEUS_URL,
    intervalSeconds: values.PAGEMAGIC_METER_INTERVAL_SECONDS,
    settleSeconds: values.PAGEMAGIC_METER_SETTLE_SECONDS,
    lookbackSeconds: values.PAGEMAGIC_METER_LOOKBACK_SECONDS,
    retrySeconds: values.PAGEMAGIC_METER_RETRY_SECONDS,
    lockPollSeconds: values.PAGEMAGIC_METER_LOCK_POLL_SECONDS,
    hourSeconds: values.PAGEMAGIC_METER_HOUR_SECONDS,
    metricsListen: values.PAGEMAGIC_METER_METRICS_LISTEN,
    logLevel: values.PAGEMAGIC_LOG_LEVEL,
  };
}
