// The operator's settings, read once from the environment. Everything has a default that works on the
// local cluster (hack/cluster.sh, hack/test-servers.sh), so `pagemagic-operator run` needs no flags there.

export type ExecutorKind = 'inline' | 'job';

export interface OperatorConfig {
  /** `host:port` of the OCI registry site images are pushed to. */
  registry: string;
  /** The static web server image every site image is built on. */
  baseImage: string;
  /** True when baseImage is the default, the one `make base-image` pushes to the local registry. */
  baseImageIsDefault: boolean;
  /** `{name}`, `{namespace}` and `{baseDomain}` are replaced; the result is each site's generated host. */
  siteHostPattern: string;
  siteBaseDomain: string;
  /**
   * How `status.url` reaches a generated host: https on the default port behind an Ingress, or (`make dev`)
   * http on the loopback port of `pagemagic-operator serve-sites`. The Ingress host stays the bare host.
   */
  siteUrlScheme: 'http' | 'https';
  siteUrlPort: number | undefined;
  ingressClassName: string | undefined;
  /** The TLS secret (a wildcard certificate) for generated hosts. */
  siteTlsSecret: string;
  executor: ExecutorKind;
  /** The image the job executor runs (this operator's own image). */
  operatorImage: string;
  /** The ServiceAccount generation Jobs run as (needs only `create configmaps`). */
  jobServiceAccount: string;
  /** Where the operator's Lease lives. */
  namespace: string;
  metrics: { host: string; port: number };
  contentHistoryLimit: number;
  buildHistoryLimit: number;
  /** Attempts at one Build before it is marked Failed. */
  buildMaxAttempts: number;
  workers: number;
  /** Unset: the operator runs without publishing events. */
  natsUrl: string | undefined;
}

/** The operator's field manager: what it applies is its own, apart from what the API writes. */
export const OPERATOR_FIELD_MANAGER = 'pagemagic-operator';
export const DEFAULT_REGISTRY = '127.0.0.1:15000';
export const DEFAULT_BASE_REPOSITORY = 'pagemagic/site-base';
export const DEFAULT_BASE_TAG = '1';

function set(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = set(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min) {
    throw new Error(`${name}='${raw}' must be a whole number of at least ${min}`);
  }
  return value;
}

/** `host:port`, `:port` or a bare port. */
export function parseListenAddress(value: string): { host: string; port: number } {
  const match = /^(?:(.*):)?(\d+)$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match || port > 65535) {
    throw new Error(`'${value}' is not a listen address; use host:port such as 127.0.0.1:8080`);
  }
  const host = match[1] ?? '';
  return { host: host === '' ? '0.0.0.0' : host.replace(/^\[(.*)\]$/, '$1'), port };
}

function siteUrlSettings(
  scheme = 'https',
  port: string | undefined,
): Pick<OperatorConfig, 'siteUrlScheme' | 'siteUrlPort'> {
  if (scheme !== 'http' && scheme !== 'https') {
    throw new Error(`PAGEMAGIC_SITE_URL_SCHEME='${scheme}' must be http or https`);
  }
  if (port !== undefined && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    throw new Error(`PAGEMAGIC_SITE_URL_PORT='${port}' must be a port number from 1 to 65535, or unset`);
  }
  return { siteUrlScheme: scheme, siteUrlPort: port === undefined ? undefined : Number(port) };
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): OperatorConfig {
  const registry = set(env.PAGEMAGIC_REGISTRY) ?? DEFAULT_REGISTRY;
  const configuredBase = set(env.PAGEMAGIC_BASE_IMAGE);
  const executor = set(env.PAGEMAGIC_EXECUTOR) ?? 'inline';
  if (executor !== 'inline' && executor !== 'job') {
    throw new Error(`PAGEMAGIC_EXECUTOR='${executor}' must be inline or job`);
  }
  return {
    registry,
    baseImage: configuredBase ?? `${registry}/${DEFAULT_BASE_REPOSITORY}:${DEFAULT_BASE_TAG}`,
    baseImageIsDefault: configuredBase === undefined,
    siteHostPattern: set(env.PAGEMAGIC_SITE_HOST_PATTERN) ?? '{name}-{namespace}.{baseDomain}',
    siteBaseDomain: set(env.PAGEMAGIC_SITE_BASE_DOMAIN) ?? 'sites.pagemagic.localhost',
    ...siteUrlSettings(set(env.PAGEMAGIC_SITE_URL_SCHEME), set(env.PAGEMAGIC_SITE_URL_PORT)),
    ingressClassName: set(env.PAGEMAGIC_INGRESS_CLASS),
    siteTlsSecret: set(env.PAGEMAGIC_SITE_TLS_SECRET) ?? 'pagemagic-sites-tls',
    executor,
    operatorImage: set(env.PAGEMAGIC_OPERATOR_IMAGE) ?? 'ghcr.io/pagemagic/operator:latest',
    jobServiceAccount: set(env.PAGEMAGIC_JOB_SERVICE_ACCOUNT) ?? 'pagemagic-generator',
    namespace: set(env.PAGEMAGIC_NAMESPACE) ?? 'pagemagic-system',
    metrics: parseListenAddress(set(env.PAGEMAGIC_METRICS_ADDR) ?? '127.0.0.1:8080'),
    contentHistoryLimit: positiveInt(env, 'PAGEMAGIC_CONTENT_HISTORY_LIMIT', 10),
    buildHistoryLimit: positiveInt(env, 'PAGEMAGIC_BUILD_HISTORY_LIMIT', 10),
    buildMaxAttempts: positiveInt(env, 'PAGEMAGIC_BUILD_MAX_ATTEMPTS', 5),
    workers: positiveInt(env, 'PAGEMAGIC_WORKERS', 2),
    natsUrl: set(env.NATS_URL),
  };
}
