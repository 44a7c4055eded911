// Connection settings for the test servers that hack/test-servers.sh runs (OCI registry, Pebble and its
// DNS server, mailpit, stripe-mock). The defaults below must match the `: "${PAGEMAGIC_…:=…}"` lines in hack/test-servers.sh,
// which hack/test/test-servers.test.ts checks.
import { join, resolve } from 'node:path';
import { type Env, repoRoot } from './env.ts';

export const testServerDefaults = {
  PAGEMAGIC_REGISTRY_PORT: 15000,
  PAGEMAGIC_PEBBLE_PORT: 14000,
  PAGEMAGIC_PEBBLE_MGMT_PORT: 15001,
  PAGEMAGIC_PEBBLE_HTTP_PORT: 15002,
  PAGEMAGIC_PEBBLE_TLS_PORT: 15003,
  PAGEMAGIC_CHALLTESTSRV_DNS_PORT: 15053,
  PAGEMAGIC_CHALLTESTSRV_MGMT_PORT: 15055,
  PAGEMAGIC_MAILPIT_SMTP_PORT: 11025,
  PAGEMAGIC_MAILPIT_HTTP_PORT: 18025,
  PAGEMAGIC_STRIPE_MOCK_PORT: 12111,
  PAGEMAGIC_LOCAL_DIR: '.local',
} as const;

const host = '127.0.0.1';

export interface TestServerSettings {
  /** `<repo>/.local` unless PAGEMAGIC_LOCAL_DIR says otherwise; relative paths are from the repo root. */
  localDir: string;
  registryPort: number;
  /** `host:port`, the registry part of an image reference such as `127.0.0.1:15000/sites/bakery`. */
  registryHost: string;
  /** Plain HTTP: the registry listens on loopback only. */
  registryUrl: string;
  pebblePort: number;
  pebbleManagementPort: number;
  /** Where Pebble connects to validate HTTP-01 challenges (on whatever address DNS gives, 127.0.0.1). */
  pebbleHttpPort: number;
  /** Where Pebble connects to validate TLS-ALPN-01 challenges. */
  pebbleTlsPort: number;
  /** The ACME directory URL. */
  pebbleDirectoryUrl: string;
  /** Pebble's management API; `/roots/0` gives the root of the certificates it issues. */
  pebbleManagementUrl: string;
  /** The CA file that verifies Pebble's own HTTPS listeners (not the certificates Pebble issues). */
  pebbleCaPath: string;
  challtestsrvDnsPort: number;
  challtestsrvManagementPort: number;
  /** pebble-challtestsrv's management API, for adding DNS records (`/add-a`, `/set-txt`, …). */
  challtestsrvUrl: string;
  mailpitSmtpPort: number;
  /** Where mail is sent: the API's default SMTP_URL. */
  mailpitSmtpUrl: string;
  mailpitHttpPort: number;
  /** mailpit's HTTP API (`/api/v1/messages`, …), read by hack/testkit/mailpit.ts. */
  mailpitUrl: string;
  stripeMockPort: number;
  /** stripe-mock's root, the API's STRIPE_API_URL in tests and `make dev`. */
  stripeApiUrl: string;
  /** A key stripe-mock takes: it checks the `sk_test_<word>` shape only. */
  stripeSecretKey: string;
}

type PortVariable = Exclude<keyof typeof testServerDefaults, 'PAGEMAGIC_LOCAL_DIR'>;

function port(env: Env, name: PortVariable): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return testServerDefaults[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
    throw new Error(`${name}='${raw}' is not a TCP port; set it to a number between 1 and 65535 or unset it`);
  }
  return value;
}

/** Resolves settings from `env` the same way hack/test-servers.sh does. */
export function testServerSettings(env: Env = process.env): TestServerSettings {
  const registryPort = port(env, 'PAGEMAGIC_REGISTRY_PORT');
  const pebblePort = port(env, 'PAGEMAGIC_PEBBLE_PORT');
  const pebbleManagementPort = port(env, 'PAGEMAGIC_PEBBLE_MGMT_PORT');
  const challtestsrvManagementPort = port(env, 'PAGEMAGIC_CHALLTESTSRV_MGMT_PORT');
  const mailpitSmtpPort = port(env, 'PAGEMAGIC_MAILPIT_SMTP_PORT');
  const mailpitHttpPort = port(env, 'PAGEMAGIC_MAILPIT_HTTP_PORT');
  const stripeMockPort = port(env, 'PAGEMAGIC_STRIPE_MOCK_PORT');
  const dir = env.PAGEMAGIC_LOCAL_DIR || testServerDefaults.PAGEMAGIC_LOCAL_DIR;
  const localDir = resolve(repoRoot, dir);
  return {
    localDir,
    registryPort,
    registryHost: `${host}:${registryPort}`,
    registryUrl: `http://${host}:${registryPort}`,
    pebblePort,
    pebbleManagementPort,
    pebbleHttpPort: port(env, 'PAGEMAGIC_PEBBLE_HTTP_PORT'),
    pebbleTlsPort: port(env, 'PAGEMAGIC_PEBBLE_TLS_PORT'),
    pebbleDirectoryUrl: `https://${host}:${pebblePort}/dir`,
    pebbleManagementUrl: `https://${host}:${pebbleManagementPort}`,
    pebbleCaPath: join(localDir, 'test-servers', 'pebble', 'tls', 'ca.pem'),
    challtestsrvDnsPort: port(env, 'PAGEMAGIC_CHALLTESTSRV_DNS_PORT'),
    challtestsrvManagementPort,
    challtestsrvUrl: `http://${host}:${challtestsrvManagementPort}`,
    mailpitSmtpPort,
    mailpitSmtpUrl: `smtp://${host}:${mailpitSmtpPort}`,
    mailpitHttpPort,
    mailpitUrl: `http://${host}:${mailpitHttpPort}`,
    stripeMockPort,
    stripeApiUrl: `http://${host}:${stripeMockPort}`,
    stripeSecretKey: 'sk_test_stripemock',
  };
}
