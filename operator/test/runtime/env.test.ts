import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { ConfigError, parseEnv, readEnv, Setting } from '../../src/runtime/index.ts';

const SCHEMA = Type.Object({
  NAME: Setting.string({ default: 'site' }),
  COUNT: Setting.integer({ minimum: 1, default: 2 }),
  FLAG: Setting.boolean({ default: false }),
  MODE: Setting.oneOf(['inline', 'job'], { default: 'inline' }),
  HOSTS: Setting.list({ example: 'a,b' }),
  KEYS: Type.Optional(
    Setting.json(Type.Array(Type.Object({ id: Type.String() })), {
      example: '[{"id": "a"}]',
      check: (keys) => (keys.length > 2 ? 'has more than two keys' : undefined),
    }),
  ),
  PORT: Setting.custom((raw) => Number(raw.split(':')[1]), { default: 'x:80', example: 'x:80' }),
});

describe('readEnv', () => {
  it('fills in defaults, and counts a blank value as unset', () => {
    expect(readEnv(SCHEMA, { NAME: '  ', COUNT: '' })).toEqual({
      NAME: 'site',
      COUNT: 2,
      FLAG: false,
      MODE: 'inline',
      HOSTS: [],
      PORT: 80,
    });
  });

  it('coerces whole numbers, true/false words, lists and JSON, trimming each value', () => {
    expect(
      readEnv(SCHEMA, {
        NAME: ' shop ',
        COUNT: ' 7 ',
        FLAG: 'Yes',
        MODE: 'job',
        HOSTS: 'a, ,b',
        KEYS: '[{"id": "k"}]',
        PORT: 'y:81',
      }),
    ).toEqual({
      NAME: 'shop',
      COUNT: 7,
      FLAG: true,
      MODE: 'job',
      HOSTS: ['a', 'b'],
      KEYS: [{ id: 'k' }],
      PORT: 81,
    });
    expect(readEnv(SCHEMA, { FLAG: 'off' }).FLAG).toBe(false);
  });

  it('reports every problem at once, each naming the variable, what is wrong and an example', () => {
    const { problems } = parseEnv(SCHEMA, { COUNT: '1.5', FLAG: 'maybe', MODE: 'pod', KEYS: '[{}]' });
    expect(problems).toEqual([
      'COUNT must be a whole number of at least 1 (got "1.5"); for example COUNT=2',
      'FLAG must be true or false (got "maybe"); for example FLAG=false',
      'MODE must be one of inline, job (got "pod"); for example MODE=inline',
      'KEYS[0].id: Expected required property; for example KEYS=[{"id": "a"}]',
    ]);
    expect(parseEnv(SCHEMA, { KEYS: 'nope' }).problems).toEqual([
      'KEYS must be JSON; for example KEYS=[{"id": "a"}]',
    ]);
    expect(parseEnv(SCHEMA, { KEYS: '[{"id":"a"},{"id":"b"},{"id":"c"}]' }).problems).toEqual([
      'KEYS has more than two keys; for example KEYS=[{"id": "a"}]',
    ]);
    expect(() => readEnv(SCHEMA, { COUNT: '0', FLAG: '2' })).toThrow(ConfigError);
    expect(() => readEnv(SCHEMA, { COUNT: '0', FLAG: '2' })).toThrow(
      /^2 settings need fixing:\n- COUNT .*\n- FLAG /,
    );
  });
});

describe("the operator's configFromEnv", () => {
  it('names every wrong variable in one ConfigError', () => {
    expect(() =>
      configFromEnv({ PAGEMAGIC_WORKERS: 'two', PAGEMAGIC_EXECUTOR: 'pod', PAGEMAGIC_METRICS_ADDR: 'here' }),
    ).toThrow(
      new ConfigError([
        'PAGEMAGIC_EXECUTOR must be one of inline, job (got "pod"); for example PAGEMAGIC_EXECUTOR=inline',
        "PAGEMAGIC_METRICS_ADDR: 'here' is not a listen address; use host:port such as 127.0.0.1:8080; for example PAGEMAGIC_METRICS_ADDR=127.0.0.1:8080",
        'PAGEMAGIC_WORKERS must be a whole number of at least 1 (got "two"); for example PAGEMAGIC_WORKERS=2',
      ]).message,
    );
  });

  it('keeps its defaults', () => {
    expect(configFromEnv({})).toMatchObject({
      registry: '127.0.0.1:15000',
      baseImage: '127.0.0.1:15000/pagemagic/site-base:1',
      baseImageIsDefault: true,
      executor: 'inline',
      namespace: 'pagemagic-system',
      metrics: { host: '127.0.0.1', port: 8080 },
      contentHistoryLimit: 10,
      buildHistoryLimit: 10,
      buildMaxAttempts: 5,
      workers: 2,
      natsUrl: undefined,
      ingressClassName: undefined,
    });
  });
});
