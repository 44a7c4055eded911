// Where the API listens: the public port for the API, and an internal one, on loopback unless told
// otherwise, for readiness probes and metrics scrapes.

import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../src/config.ts';
import { generateDevelopmentKeys } from '../src/dev-keys.ts';

const read = (env: NodeJS.ProcessEnv) => configFromEnv(env, generateDevelopmentKeys);

describe('PAGEMAGIC_API_INTERNAL_LISTEN', () => {
  it('defaults to loopback, on a port of its own next to the public one', () => {
    const config = read({});
    expect(config.listen).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(config.internalListen).toEqual({ host: '127.0.0.1', port: 8081 });
  });

  it('takes host:port, or :port for every interface (what a kubelet probe needs)', () => {
    expect(read({ PAGEMAGIC_API_INTERNAL_LISTEN: '10.1.2.3:9090' }).internalListen).toEqual({
      host: '10.1.2.3',
      port: 9090,
    });
    expect(read({ PAGEMAGIC_API_INTERNAL_LISTEN: ':9090' }).internalListen).toEqual({
      host: '0.0.0.0',
      port: 9090,
    });
  });

  it('refuses the public address, which would put metrics and readiness back on the public port', () => {
    expect(() =>
      read({ PAGEMAGIC_API_LISTEN: '0.0.0.0:8080', PAGEMAGIC_API_INTERNAL_LISTEN: ':8080' }),
    ).toThrow(ConfigError);
    expect(() => read({ PAGEMAGIC_API_INTERNAL_LISTEN: '127.0.0.1:8080' })).toThrow(
      /PAGEMAGIC_API_INTERNAL_LISTEN .*must differ from PAGEMAGIC_API_LISTEN/,
    );
    expect(() => read({ PAGEMAGIC_API_INTERNAL_LISTEN: 'nonsense' })).toThrow(ConfigError);
    // Port 0 (a free port each) is fine for both, as tests use it.
    expect(
      read({ PAGEMAGIC_API_LISTEN: '127.0.0.1:0', PAGEMAGIC_API_INTERNAL_LISTEN: '127.0.0.1:0' }),
    ).toBeTruthy();
  });
});
