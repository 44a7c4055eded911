// The Domain reconciler's settings, read from the environment once at start.

import { Type } from '@sinclair/typebox';
import { ConfigError, type Decode, type Env, readEnv, Setting } from '../../runtime/env.ts';
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
    /**
     * Where challenges are published for every replica to answer (the operator's namespace), and how long
     * the leader waits after publishing one before the CA is told to look.
     */
    challenges: { namespace: string; propagationSeconds: number };
  };
}

const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';

/** A positive number of seconds; fractions allowed, as tests and demos shorten the waits below one. */
const positiveSeconds: Decode<number> = (raw, name) => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError(`${name}='${raw}' is not a positive number of seconds`);
  return value;
};

const seconds = (fallback: number) =>
  Setting.custom(positiveSeconds, { default: String(fallback), example: String(fallback) });

/** `host:port`, `:port` or `[v6]:port`. */
export function parseAddress(raw: string, name: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(raw.trim());
  const port = Number(match?.[3]);
  if (!match || port < 1 || port > 65535) throw new ConfigError(`${name}='${raw}' is not host:port`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}

/** `name`, `ClusterIssuer/name` or `Issuer/name`. */
export function parseIssuer(raw: string): IssuerRef {
  const [kind, name] = raw.includes('/') ? raw.split('/', 2) : ['ClusterIssuer', raw];
  if (!kind || !name) throw new ConfigError(`PAGEMAGIC_CERT_ISSUER='${raw}' is not [Kind/]name`);
  return { kind, name };
}

const DOMAIN_ENV = Type.Object({
  PAGEMAGIC_NAMESPACE: Type.Optional(Setting.string({ example: 'pagemagic-system' })),
  POD_NAMESPACE: Type.Optional(Setting.string({ example: 'pagemagic-system' })),
  PAGEMAGIC_ACME_HTTP_ADDR: Setting.custom(parseAddress, {
    default: '0.0.0.0:8089',
    example: '0.0.0.0:8089',
  }),
  PAGEMAGIC_DNS_SERVERS: Setting.list({ example: '127.0.0.1:15053,10.0.0.2' }),
  PAGEMAGIC_DOMAIN_PENDING_SECONDS: seconds(60),
  PAGEMAGIC_DOMAIN_RECHECK_SECONDS: seconds(3600),
  PAGEMAGIC_DOMAIN_GRACE_SECONDS: seconds(72 * 3600),
  PAGEMAGIC_CERT_MANAGER_CACHE_SECONDS: seconds(60),
  PAGEMAGIC_CERT_POLL_SECONDS: seconds(30),
  PAGEMAGIC_ACME_ROUTE_SECONDS: seconds(5),
  PAGEMAGIC_ACME_PROPAGATION_SECONDS: seconds(2),
  PAGEMAGIC_OPERATOR_SERVICE: Setting.string({ default: 'pagemagic-operator' }),
  PAGEMAGIC_CERT_ISSUER: Setting.custom(parseIssuer, {
    default: 'letsencrypt',
    example: 'ClusterIssuer/letsencrypt',
  }),
  PAGEMAGIC_ACME_DIRECTORY: Setting.string({ default: LETS_ENCRYPT }),
  PAGEMAGIC_ACME_CA_FILE: Type.Optional(Setting.string({ example: '/etc/pagemagic/acme-ca.pem' })),
  PAGEMAGIC_ACME_EMAIL: Type.Optional(Setting.string({ example: 'ops@example.com' })),
  PAGEMAGIC_ACME_ACCOUNT_SECRET: Setting.string({ default: 'pagemagic-acme-account' }),
});

/** Reads the Domain settings with the operator's one parser: every problem is reported at once. */
export function domainConfigFromEnv(env: Env = process.env): DomainConfig {
  const read = readEnv(DOMAIN_ENV, env);
  const namespace = read.PAGEMAGIC_NAMESPACE ?? read.POD_NAMESPACE ?? 'pagemagic-system';
  const httpAddress = read.PAGEMAGIC_ACME_HTTP_ADDR;
  return {
    dnsServers: read.PAGEMAGIC_DNS_SERVERS,
    pendingSeconds: read.PAGEMAGIC_DOMAIN_PENDING_SECONDS,
    recheckSeconds: read.PAGEMAGIC_DOMAIN_RECHECK_SECONDS,
    graceSeconds: read.PAGEMAGIC_DOMAIN_GRACE_SECONDS,
    certManagerCacheSeconds: read.PAGEMAGIC_CERT_MANAGER_CACHE_SECONDS,
    certificatePollSeconds: read.PAGEMAGIC_CERT_POLL_SECONDS,
    challengeRouteSeconds: read.PAGEMAGIC_ACME_ROUTE_SECONDS,
    operatorService: { name: read.PAGEMAGIC_OPERATOR_SERVICE, namespace, port: httpAddress.port },
    issuer: read.PAGEMAGIC_CERT_ISSUER,
    acme: {
      directoryUrl: read.PAGEMAGIC_ACME_DIRECTORY,
      caFile: read.PAGEMAGIC_ACME_CA_FILE,
      email: read.PAGEMAGIC_ACME_EMAIL,
      httpAddress,
      accountSecret: { namespace, name: read.PAGEMAGIC_ACME_ACCOUNT_SECRET },
      challenges: { namespace, propagationSeconds: read.PAGEMAGIC_ACME_PROPAGATION_SECONDS },
    },
  };
}
