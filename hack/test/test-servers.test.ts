import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testkit/env.ts';
import { testServerDefaults, testServerSettings } from '../testkit/test-servers.ts';
import { cleanEnv, scriptDefaults, scriptEnv } from './helpers/script-env.ts';

const script = join(repoRoot, 'hack', 'test-servers.sh');

function asScriptWouldPrint(env: Record<string, string>): Record<string, string> {
  const s = testServerSettings(env);
  return {
    PAGEMAGIC_LOCAL_DIR: s.localDir,
    PAGEMAGIC_REGISTRY_PORT: String(s.registryPort),
    PAGEMAGIC_PEBBLE_PORT: String(s.pebblePort),
    PAGEMAGIC_PEBBLE_MGMT_PORT: String(s.pebbleManagementPort),
    PAGEMAGIC_PEBBLE_HTTP_PORT: String(s.pebbleHttpPort),
    PAGEMAGIC_PEBBLE_TLS_PORT: String(s.pebbleTlsPort),
    PAGEMAGIC_CHALLTESTSRV_DNS_PORT: String(s.challtestsrvDnsPort),
    PAGEMAGIC_CHALLTESTSRV_MGMT_PORT: String(s.challtestsrvManagementPort),
    PAGEMAGIC_REGISTRY_HOST: s.registryHost,
    PAGEMAGIC_REGISTRY_URL: s.registryUrl,
    PAGEMAGIC_PEBBLE_DIRECTORY_URL: s.pebbleDirectoryUrl,
    PAGEMAGIC_PEBBLE_MANAGEMENT_URL: s.pebbleManagementUrl,
    PAGEMAGIC_PEBBLE_CA: s.pebbleCaPath,
    PAGEMAGIC_CHALLTESTSRV_URL: s.challtestsrvUrl,
    PAGEMAGIC_MAILPIT_SMTP_PORT: String(s.mailpitSmtpPort),
    PAGEMAGIC_MAILPIT_HTTP_PORT: String(s.mailpitHttpPort),
    SMTP_URL: s.mailpitSmtpUrl,
    PAGEMAGIC_MAILPIT_URL: s.mailpitUrl,
    PAGEMAGIC_STRIPE_MOCK_PORT: String(s.stripeMockPort),
    STRIPE_API_URL: s.stripeApiUrl,
    STRIPE_SECRET_KEY: s.stripeSecretKey,
  };
}

describe('hack/testkit/test-servers.ts and hack/test-servers.sh agree', () => {
  it('has the same defaults', () => {
    const defaults = scriptDefaults(script);
    const expected = Object.fromEntries(Object.entries(testServerDefaults).map(([k, v]) => [k, String(v)]));
    expect(defaults).toEqual(expected);
  });

  it('prints the same settings with defaults', () => {
    const env = cleanEnv();
    expect(scriptEnv(script, env)).toEqual(asScriptWouldPrint(env));
  });

  it('prints the same settings with overridden ports and a relative data dir', () => {
    const env = cleanEnv({
      PAGEMAGIC_REGISTRY_PORT: '25000',
      PAGEMAGIC_PEBBLE_PORT: '24000',
      PAGEMAGIC_PEBBLE_MGMT_PORT: '25001',
      PAGEMAGIC_PEBBLE_HTTP_PORT: '25002',
      PAGEMAGIC_PEBBLE_TLS_PORT: '25003',
      PAGEMAGIC_CHALLTESTSRV_DNS_PORT: '25053',
      PAGEMAGIC_CHALLTESTSRV_MGMT_PORT: '25055',
      PAGEMAGIC_MAILPIT_SMTP_PORT: '21025',
      PAGEMAGIC_MAILPIT_HTTP_PORT: '28025',
      PAGEMAGIC_STRIPE_MOCK_PORT: '22111',
      PAGEMAGIC_LOCAL_DIR: '.local/../.local-other/',
    });
    const printed = scriptEnv(script, env);
    expect(printed).toEqual(asScriptWouldPrint(env));
    expect(printed.PAGEMAGIC_PEBBLE_CA).toBe(join(repoRoot, '.local-other/test-servers/pebble/tls/ca.pem'));
  });

  it('refuses a port that is not a port, in both', () => {
    const env = cleanEnv({ PAGEMAGIC_REGISTRY_PORT: '70000' });
    expect(() => execFileSync('bash', [script, 'env'], { env, stdio: 'pipe' })).toThrow(
      /PAGEMAGIC_REGISTRY_PORT='70000'/,
    );
    expect(() => testServerSettings(env)).toThrow(/PAGEMAGIC_REGISTRY_PORT='70000'/);
  });
});

describe('testServerSettings', () => {
  it('gives the documented defaults', () => {
    const s = testServerSettings({});
    expect(s.registryHost).toBe('127.0.0.1:15000');
    expect(s.registryUrl).toBe('http://127.0.0.1:15000');
    expect(s.pebbleDirectoryUrl).toBe('https://127.0.0.1:14000/dir');
    expect(s.pebbleManagementUrl).toBe('https://127.0.0.1:15001');
    expect([s.pebbleHttpPort, s.pebbleTlsPort]).toEqual([15002, 15003]);
    expect(s.pebbleCaPath).toBe(join(repoRoot, '.local/test-servers/pebble/tls/ca.pem'));
    expect(s.challtestsrvUrl).toBe('http://127.0.0.1:15055');
  });

  it('treats empty variables as unset', () => {
    expect(testServerSettings({ PAGEMAGIC_REGISTRY_PORT: '', PAGEMAGIC_LOCAL_DIR: '' })).toEqual(
      testServerSettings({}),
    );
  });
});
