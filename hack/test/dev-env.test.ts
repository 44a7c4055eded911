// What `make dev` (hack/dev.sh) starts the API and the operator with. The dev environment must stay on
// this machine's loopback: a custom domain added in the local web app has its TXT record looked up on
// the local test DNS server (pebble-challtestsrv, hack/test-servers.sh), as the domain tests do, never on
// the machine's resolver; and certificates would come from the local Pebble, never Let's Encrypt.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testkit/env.ts';
import { testServerSettings } from '../testkit/test-servers.ts';
import { cleanEnv } from './helpers/script-env.ts';

const script = join(repoRoot, 'hack', 'dev.sh');

/** What `hack/dev.sh env <process>` prints, as a map of its `export NAME=value` lines. */
function devEnv(which: 'api' | 'operator' | 'sites', env: Record<string, string>): Record<string, string> {
  const out = execFileSync('bash', [script, 'env', which], { env, encoding: 'utf8' });
  const vars: Record<string, string> = {};
  for (const line of out.trim().split('\n')) {
    const match = /^export ([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`unexpected line from hack/dev.sh env: ${line}`);
    vars[match[1]] = match[2];
  }
  return vars;
}

describe('the operator make dev runs', () => {
  it('looks TXT records up on the local test DNS server', () => {
    const env = cleanEnv();
    const dnsPort = testServerSettings(env).challtestsrvDnsPort;
    expect(devEnv('operator', env).PAGEMAGIC_DNS_SERVERS).toBe(`127.0.0.1:${dnsPort}`);
  });

  it('follows the DNS server where hack/test-servers.sh moves it, and ignores a resolver set in the shell', () => {
    const env = cleanEnv({ PAGEMAGIC_CHALLTESTSRV_DNS_PORT: '25053', PAGEMAGIC_DNS_SERVERS: '8.8.8.8:53' });
    expect(devEnv('operator', env).PAGEMAGIC_DNS_SERVERS).toBe('127.0.0.1:25053');
  });

  it('would order certificates from the local Pebble, trusting its CA', () => {
    const env = cleanEnv();
    const servers = testServerSettings(env);
    expect(devEnv('operator', env)).toMatchObject({
      PAGEMAGIC_ACME_DIRECTORY: servers.pebbleDirectoryUrl,
      PAGEMAGIC_ACME_CA_FILE: servers.pebbleCaPath,
    });
  });

  it('is started with exactly that environment', () => {
    // `up` must not start the operator some other way than `env` prints it.
    const text = readFileSync(script, 'utf8');
    const starts = text.split('\n').filter((line) => /^\s*start operator /.test(line));
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(/env "\$\{operator_vars\[@\]\}"/);
    expect(text).toMatch(/mapfile -t operator_vars < <\(process_env operator\)/);
  });
});

describe('the site server make dev runs', () => {
  it('serves every site on one loopback port, the port the operator writes into site URLs', () => {
    const env = cleanEnv();
    const sites = devEnv('sites', env);
    expect(sites.PAGEMAGIC_SITES_LISTEN).toBe('127.0.0.1:18088');
    expect(sites.PAGEMAGIC_METRICS_ADDR).toBe('127.0.0.1:18087');
    expect(devEnv('operator', env)).toMatchObject({
      PAGEMAGIC_SITE_URL_SCHEME: 'http',
      PAGEMAGIC_SITE_URL_PORT: '18088',
    });
  });

  it('moves site URLs with it when its port is changed', () => {
    const env = cleanEnv({ PAGEMAGIC_DEV_SITES_PORT: '28088' });
    expect(devEnv('sites', env).PAGEMAGIC_SITES_LISTEN).toBe('127.0.0.1:28088');
    expect(devEnv('operator', env).PAGEMAGIC_SITE_URL_PORT).toBe('28088');
  });

  it('is started with exactly that environment, for the namespaces the operator reconciles, and stopped', () => {
    const text = readFileSync(script, 'utf8');
    const starts = text.split('\n').filter((line) => /^\s*start sites /.test(line));
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(/env "\$\{sites_vars\[@\]\}"/);
    expect(text).toMatch(/mapfile -t sites_vars < <\(process_env sites\)/);
    expect(text).toMatch(/serve-sites --namespace-selector "\$install_label"/);
    expect(text).toMatch(/run --namespace-selector "\$install_label"/);
    const down = text.slice(text.indexOf('down() {'), text.indexOf('\n}\n', text.indexOf('down() {')));
    expect(down).toMatch(/stop_pid "site server" "\$dev_dir\/sites\.pid"/);
  });
});

describe('the API make dev runs', () => {
  it('serves readiness and metrics on an internal loopback port of its own', () => {
    const api = devEnv('api', cleanEnv());
    expect(api.PAGEMAGIC_API_LISTEN).toBe('127.0.0.1:18090');
    expect(api.PAGEMAGIC_API_INTERNAL_LISTEN).toBe('127.0.0.1:18091');
    const text = readFileSync(script, 'utf8');
    expect(text).toMatch(/mapfile -t api_vars < <\(process_env api\)/);
  });

  it('trusts the web app on loopback to pass each visitor’s address', () => {
    expect(devEnv('api', cleanEnv()).PAGEMAGIC_TRUSTED_PROXIES).toBe('127.0.0.1');
  });

  it('takes Stripe events signed with its own webhook secret, and talks to stripe-mock', () => {
    const env = cleanEnv();
    const api = devEnv('api', env);
    expect(api.STRIPE_WEBHOOK_SECRET).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(devEnv('api', env).STRIPE_WEBHOOK_SECRET).toBe(api.STRIPE_WEBHOOK_SECRET);
  });

  it('lets the mobile app it serves frame Build previews, as the web app can', () => {
    expect(devEnv('api', cleanEnv()).PAGEMAGIC_PREVIEW_FRAME_ORIGINS).toBe('http://localhost:18071');
    expect(
      devEnv('api', cleanEnv({ PAGEMAGIC_DEV_MOBILE_PORT: '28071' })).PAGEMAGIC_PREVIEW_FRAME_ORIGINS,
    ).toBe('http://localhost:28071');
  });

  it('shares one contact form stamp key with the site server, kept from one run to the next', () => {
    const env = cleanEnv();
    const key = devEnv('api', env).PAGEMAGIC_FORM_STAMP_KEY;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(devEnv('sites', env).PAGEMAGIC_FORM_STAMP_KEY).toBe(key);
    expect(devEnv('api', env).PAGEMAGIC_FORM_STAMP_KEY).toBe(key);
  });
});

describe('everything make dev starts', () => {
  it('is given addresses on loopback only', () => {
    for (const which of ['api', 'operator', 'sites'] as const) {
      for (const [name, value] of Object.entries(devEnv(which, cleanEnv()))) {
        for (const host of value.match(/(?<=^|\/\/|,)[^/:,\s]+(?=:\d)/g) ?? []) {
          expect(['127.0.0.1', 'localhost'], `${which} ${name}=${value}`).toContain(host);
        }
      }
    }
  });
});
