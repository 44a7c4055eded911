// Connection settings for the local services that hack/services.sh runs. This
// is the one place TypeScript code gets them from; the defaults below must
// match the `: "${PAGEMAGIC_…:=…}"` lines in hack/services.sh, which
// hack/test/env.test.ts checks.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const serviceDefaults = {
  PAGEMAGIC_PG_PORT: 15432,
  PAGEMAGIC_REDIS_PORT: 16379,
  PAGEMAGIC_NATS_PORT: 14222,
  PAGEMAGIC_NATS_MONITOR_PORT: 18222,
  PAGEMAGIC_PROMETHEUS_PORT: 19090,
  PAGEMAGIC_LOCAL_DIR: '.local',
} as const;

// Fixed rather than configurable: the database is disposable and local-only.
export const postgresCredentials = {
  user: 'pagemagic',
  password: 'pagemagic',
  database: 'pagemagic',
} as const;

const host = '127.0.0.1';

export const repoRoot: string = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Env = Readonly<Record<string, string | undefined>>;

export interface ServiceSettings {
  /** `<repo>/.local` unless PAGEMAGIC_LOCAL_DIR says otherwise; relative paths are from the repo root. */
  localDir: string;
  postgresPort: number;
  redisPort: number;
  natsPort: number;
  natsMonitorPort: number;
  prometheusPort: number;
  postgresUrl: string;
  redisUrl: string;
  natsUrl: string;
  /** NATS's HTTP monitoring endpoint (`/healthz`, `/jsz`, …). */
  natsMonitorUrl: string;
  prometheusUrl: string;
}

type PortVariable = Exclude<keyof typeof serviceDefaults, 'PAGEMAGIC_LOCAL_DIR'>;

function port(env: Env, name: PortVariable): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return serviceDefaults[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    throw new Error(`${name}='${raw}' is not a TCP port; set it to a number between 1 and 65535 or unset it`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Resolves settings from `env` the same way hack/services.sh does; `*_URL` variables win over ports. */
export function serviceSettings(env: Env = process.env): ServiceSettings {
  const postgresPort = port(env, 'PAGEMAGIC_PG_PORT');
  const redisPort = port(env, 'PAGEMAGIC_REDIS_PORT');
  const natsPort = port(env, 'PAGEMAGIC_NATS_PORT');
  const natsMonitorPort = port(env, 'PAGEMAGIC_NATS_MONITOR_PORT');
  const prometheusPort = port(env, 'PAGEMAGIC_PROMETHEUS_PORT');
  const dir = nonEmpty(env.PAGEMAGIC_LOCAL_DIR) ?? serviceDefaults.PAGEMAGIC_LOCAL_DIR;
  const { user, password, database } = postgresCredentials;
  return {
    localDir: resolve(repoRoot, dir),
    postgresPort,
    redisPort,
    natsPort,
    natsMonitorPort,
    prometheusPort,
    postgresUrl:
      nonEmpty(env.DATABASE_URL) ?? `postgres://${user}:${password}@${host}:${postgresPort}/${database}`,
    redisUrl: nonEmpty(env.REDIS_URL) ?? `redis://${host}:${redisPort}`,
    natsUrl: nonEmpty(env.NATS_URL) ?? `nats://${host}:${natsPort}`,
    natsMonitorUrl: nonEmpty(env.NATS_MONITOR_URL) ?? `http://${host}:${natsMonitorPort}`,
    prometheusUrl: nonEmpty(env.PROMETHEUS_URL) ?? `http://${host}:${prometheusPort}`,
  };
}

/** Settings for the current process environment, resolved once at import. */
export const localServices: ServiceSettings = serviceSettings();

export const localDir: string = localServices.localDir;
