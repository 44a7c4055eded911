import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresCredentials, repoRoot, serviceDefaults, serviceSettings } from '../testkit/env.ts';
import { cleanEnv, scriptDefaults, scriptEnv } from './helpers/script-env.ts';

const script = join(repoRoot, 'hack', 'services.sh');

// *_URL variables win over ports, so they must not leak in either.
const cleanServiceEnv = (extra: Record<string, string> = {}) =>
  cleanEnv(extra, (name) => name.startsWith('PAGEMAGIC_') || name.endsWith('_URL'));

function asScriptWouldPrint(env: Record<string, string>): Record<string, string> {
  const s = serviceSettings(env);
  return {
    PAGEMAGIC_LOCAL_DIR: s.localDir,
    PAGEMAGIC_PG_PORT: String(s.postgresPort),
    PAGEMAGIC_REDIS_PORT: String(s.redisPort),
    PAGEMAGIC_NATS_PORT: String(s.natsPort),
    PAGEMAGIC_NATS_MONITOR_PORT: String(s.natsMonitorPort),
    PAGEMAGIC_PROMETHEUS_PORT: String(s.prometheusPort),
    DATABASE_URL: s.postgresUrl,
    REDIS_URL: s.redisUrl,
    NATS_URL: s.natsUrl,
    NATS_MONITOR_URL: s.natsMonitorUrl,
    PROMETHEUS_URL: s.prometheusUrl,
  };
}

describe('hack/testkit/env.ts and hack/services.sh agree', () => {
  const source = readFileSync(script, 'utf8');

  it('has the same defaults', () => {
    const defaults = scriptDefaults(script);
    const expected = Object.fromEntries(Object.entries(serviceDefaults).map(([k, v]) => [k, String(v)]));
    expect(defaults).toEqual(expected);
  });

  it('has the same PostgreSQL credentials', () => {
    const match = /^readonly PG_USER=(\S+) PG_PASSWORD=(\S+) PG_DATABASE=(\S+)$/m.exec(source);
    expect(match?.slice(1)).toEqual([
      postgresCredentials.user,
      postgresCredentials.password,
      postgresCredentials.database,
    ]);
  });

  it('prints the same settings with defaults', () => {
    const env = cleanServiceEnv();
    expect(scriptEnv(script, env)).toEqual(asScriptWouldPrint(env));
  });

  it('prints the same settings with overridden ports and a relative data dir', () => {
    const env = cleanServiceEnv({
      PAGEMAGIC_PG_PORT: '25432',
      PAGEMAGIC_REDIS_PORT: '26379',
      PAGEMAGIC_NATS_PORT: '24222',
      PAGEMAGIC_NATS_MONITOR_PORT: '28222',
      PAGEMAGIC_PROMETHEUS_PORT: '29090',
      PAGEMAGIC_LOCAL_DIR: '.local/../.local-other/',
    });
    const printed = scriptEnv(script, env);
    expect(printed).toEqual(asScriptWouldPrint(env));
    expect(printed.PAGEMAGIC_LOCAL_DIR).toBe(join(repoRoot, '.local-other'));
  });
});

describe('serviceSettings', () => {
  it('gives the documented defaults', () => {
    const s = serviceSettings({});
    expect(s.postgresUrl).toBe('postgres://pagemagic:pagemagic@127.0.0.1:15432/pagemagic');
    expect(s.redisUrl).toBe('redis://127.0.0.1:16379');
    expect(s.natsUrl).toBe('nats://127.0.0.1:14222');
    expect(s.natsMonitorUrl).toBe('http://127.0.0.1:18222');
    expect(s.prometheusUrl).toBe('http://127.0.0.1:19090');
    expect(s.localDir).toBe(join(repoRoot, '.local'));
  });

  it('lets *_URL variables win over ports', () => {
    const s = serviceSettings({
      PAGEMAGIC_PG_PORT: '1',
      DATABASE_URL: 'postgres://u:p@db.example:5432/x',
      REDIS_URL: 'redis://cache:6379',
      NATS_URL: 'nats://bus:4222',
      PROMETHEUS_URL: 'http://prom:9090',
    });
    expect(s.postgresUrl).toBe('postgres://u:p@db.example:5432/x');
    expect(s.redisUrl).toBe('redis://cache:6379');
    expect(s.natsUrl).toBe('nats://bus:4222');
    expect(s.prometheusUrl).toBe('http://prom:9090');
  });

  it('treats empty variables as unset', () => {
    expect(serviceSettings({ DATABASE_URL: '', PAGEMAGIC_PG_PORT: '' }).postgresUrl).toBe(
      serviceSettings({}).postgresUrl,
    );
  });

  it('rejects a port that is not a port, naming the variable', () => {
    expect(() => serviceSettings({ PAGEMAGIC_REDIS_PORT: 'abc' })).toThrow(/PAGEMAGIC_REDIS_PORT='abc'/);
    expect(() => serviceSettings({ PAGEMAGIC_NATS_PORT: '70000' })).toThrow(/PAGEMAGIC_NATS_PORT/);
  });
});
