// The Domain reconciler's settings, read from the environment once at start.

import type { IssuerRef } from './resources.ts';

export interface DomainConfig {
  /** `host:port` resolvers for TXT lookups; the system resolver when empty. */
  dnsServers: string[];
  /** How often an unverified Domain looks for its TXT record again. */
  pendingSeconds: number;
  /** How often a verified Domain's record is checked again. */
  recheckSeconds: number;
  /** How long a verified host keeps routing after its record disappears. */
  graceSeconds: number;
  /** How long the answer to "is cert-manager installed?" is reused. */
  certManagerCacheSeconds: number;
  /** How often a cert-manager Certificate that is not Ready yet is looked at again. */
  certificatePollSeconds: number;
  /** How long after asking for the HTTP-01 challenge route the certificate is ordered (Ingress propagation). */
  challengeRouteSeconds: number;
  /**
   * The operator's Service, which each tenant namespace reaches through an ExternalName Service named
   * `pagemagic-acme-challenge` (an Ingress can only name Services in its own namespace).
   */
  operatorService: { name: string; namespace: string; port: number };
  issuer: IssuerRef;
  acme: {
    directoryUrl: string;
    caFile?: string;
    email?: string;
    /** The HTTP-01 challenge endpoint. */
    httpAddress: { host: string; port: number };
    /** The Secret holding the ACME account key, in the operator's namespace. */
    accountSecret: { namespace: string; name: string };
  };
}

const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name}='${raw}' is not a positive number of seconds`);
  return value;
}

/** `host:port`, `:port` or `[v6]:port`. */
export function parseAddress(raw: string, name: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(raw.trim());
  const port = Number(match?.[3]);
  if (!match || port < 1 || port > 65535) throw new Error(`${name}='${raw}' is not host:port`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}

/** `name`, `ClusterIssuer/name` or `Issuer/name`. */
export function parseIssuer(raw: string): IssuerRef {
  const [kind, name] = raw.includes('/') ? raw.split('/', 2) : ['ClusterIssuer', raw];
  if (!kind || !name) throw new Error(`PAGEMAGIC_CERT_ISSUER='${raw}' is not [Kind/]name`);
  return { kind, name };
}

export function domainConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DomainConfig {
  const namespace = env.PAGEMAGIC_NAMESPACE || env.POD_NAMESPACE || 'pagemagic-system';
  const httpAddress = parseAddress(
    env.PAGEMAGIC_ACME_HTTP_ADDR || '0.0.0.0:8089',
    'PAGEMAGIC_ACME_HTTP_ADDR',
  );
  return {
    dnsServers: (env.PAGEMAGIC_DNS_SERVERS ?? '')
      .split(',')
      .map((server) => server.trim())
      .filter(Boolean),
    pendingSeconds: seconds(env, 'PAGEMAGIC_DOMAIN_PENDING_SECONDS', 60),
    recheckSeconds: seconds(env, 'PAGEMAGIC_DOMAIN_RECHECK_SECONDS', 3600),
    graceSeconds: seconds(env, 'PAGEMAGIC_DOMAIN_GRACE_SECONDS', 72 * 3600),
    certManagerCacheSeconds: seconds(env, 'PAGEMAGIC_CERT_MANAGER_CACHE_SECONDS', 60),
    certificatePollSeconds: seconds(env, 'PAGEMAGIC_CERT_POLL_SECONDS', 30),
    challengeRouteSeconds: seconds(env, 'PAGEMAGIC_ACME_ROUTE_SECONDS', 5),
    operatorService: {
      name: env.PAGEMAGIC_OPERATOR_SERVICE || 'pagemagic-operator',
      namespace,
      port: httpAddress.port,
    },
    issuer: parseIssuer(env.PAGEMAGIC_CERT_ISSUER || 'letsencrypt'),
    acme: {
      directoryUrl: env.PAGEMAGIC_ACME_DIRECTORY || LETS_ENCRYPT,
      caFile: env.PAGEMAGIC_ACME_CA_FILE || undefined,
      email: env.PAGEMAGIC_ACME_EMAIL || undefined,
      httpAddress,
      accountSecret: { namespace, name: env.PAGEMAGIC_ACME_ACCOUNT_SECRET || 'pagemagic-acme-account' },
    },
  };
}
