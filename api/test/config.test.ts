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

describe('configFromEnv', () => {
  it('reports every wrong variable at once, each with what is wrong and a value that would do', () => {
    let error: unknown;
    try {
      read({
        PAGEMAGIC_BODY_LIMIT_BYTES: '1mb',
        PAGEMAGIC_SESSION_CACHE_MS: '-1',
        PAGEMAGIC_API_LISTEN: 'nowhere',
        PAGEMAGIC_OAUTH_PROVIDERS: '{"facebook": {}}',
        PAGEMAGIC_JWT_KEYS: '[{"kid": ""}]',
        PAGEMAGIC_AI_API_KEY: 'k',
        PAGEMAGIC_AI_STREAM: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /^PAGEMAGIC_JWT_KEYS\[0\]\.privateKeyPem: Expected required property; PAGEMAGIC_JWT_KEYS\[0\]\.kid: Expected string length greater or equal to 1; for example PAGEMAGIC_JWT_KEYS=\[\{"kid"/,
      ),
      expect.stringMatching(
        /^PAGEMAGIC_API_LISTEN: 'nowhere' is not a listen address.*; for example PAGEMAGIC_API_LISTEN=127\.0\.0\.1:8080$/,
      ),
      'PAGEMAGIC_BODY_LIMIT_BYTES must be a whole number of at least 1 (got "1mb"); for example PAGEMAGIC_BODY_LIMIT_BYTES=1048576',
      'PAGEMAGIC_SESSION_CACHE_MS must be a whole number of at least 0 (got "-1"); for example PAGEMAGIC_SESSION_CACHE_MS=5000',
      expect.stringMatching(
        /^PAGEMAGIC_OAUTH_PROVIDERS names 'facebook'.*; for example PAGEMAGIC_OAUTH_PROVIDERS=\{/,
      ),
      'PAGEMAGIC_AI_STREAM must be true or false (got "maybe"); for example PAGEMAGIC_AI_STREAM=true',
    ]);
    expect((error as Error).message).toMatch(/^6 settings need fixing:\n- PAGEMAGIC_JWT_KEYS/);
  });

  it('leaves the AI settings alone while no AI key is set, as before', () => {
    expect(read({ PAGEMAGIC_AI_STREAM: 'maybe' }).siteAi).toBeUndefined();
  });

  it('never quotes a key it refuses', () => {
    const secret = 'c2hvcnQ=';
    expect(() => read({ PAGEMAGIC_LOOKUP_KEY: secret })).toThrow(
      /PAGEMAGIC_LOOKUP_KEY must be base64 of at least 32 bytes/,
    );
    expect(() => read({ PAGEMAGIC_LOOKUP_KEY: secret })).not.toThrow(secret);
  });
});

describe('PAGEMAGIC_PREVIEW_FRAME_ORIGINS', () => {
  it('is empty unless set, and takes a list of origins', () => {
    expect(read({}).preview.frameOrigins).toEqual([]);
    expect(
      read({ PAGEMAGIC_PREVIEW_FRAME_ORIGINS: 'http://localhost:18071, https://app.example.com' }).preview
        .frameOrigins,
    ).toEqual(['http://localhost:18071', 'https://app.example.com']);
  });

  it('refuses anything that is not exactly an origin, saying how to write one', () => {
    for (const wrong of ['https://app.example.com/', 'https://app.example.com/mobile', 'localhost:18071']) {
      expect(() => read({ PAGEMAGIC_PREVIEW_FRAME_ORIGINS: wrong })).toThrow(
        `PAGEMAGIC_PREVIEW_FRAME_ORIGINS: "${wrong}" is not an origin; write scheme, host and port only, e.g. http://localhost:18071`,
      );
    }
  });
});
