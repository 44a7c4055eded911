import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel, logLevelFromEnv, newTraceId } from '../../src/runtime/index.ts';

function capture(level: LogLevel = 'debug', now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6))) {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line), now: () => now });
  return { logger, lines };
}

/** The one line `log` writes, parsed. */
function lineOf(log: (logger: ReturnType<typeof createLogger>) => void) {
  const { logger, lines } = capture('debug', new Date(0));
  log(logger);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? '{}');
}

describe('JSON log lines', () => {
  // pino's order: level and time first, then the bound fields, the call's fields, and msg last.
  it('writes one JSON object per line with level and time first, then the fields, then msg', () => {
    const { logger, lines } = capture();
    logger
      .child({ controller: 'websites' })
      .child({ key: 'ns/a', traceId: 'abc' })
      .info({ took: 3 }, 'reconciled');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(Object.entries(JSON.parse(lines[0] ?? '{}'))).toEqual([
      ['level', 'info'],
      ['time', '2026-01-02T03:04:05.006Z'],
      ['controller', 'websites'],
      ['key', 'ns/a'],
      ['traceId', 'abc'],
      ['took', 3],
      ['msg', 'reconciled'],
    ]);
  });

  it('spells out errors, with an API status code and body, and their cause', () => {
    const error = Object.assign(new Error('update failed', { cause: new Error('socket hang up') }), {
      code: 409,
      body: { reason: 'Conflict' },
    });
    const record = lineOf((logger) => logger.error({ err: error }, 'failed'));
    expect(record.err).toMatchObject({
      message: 'update failed',
      name: 'Error',
      code: 409,
      body: { reason: 'Conflict' },
      cause: { message: 'socket hang up' },
    });
    expect(record.err.stack).toContain('update failed');
    // Under its full name too.
    expect(lineOf((logger) => logger.error({ error }, 'failed')).error).toMatchObject({ code: 409 });
  });

  it('does not let fields overwrite level, time or msg, and drops undefined fields', () => {
    const record = lineOf((logger) =>
      logger.warn({ msg: 'fake', level: 'debug', time: 'fake', gone: undefined }, 'real'),
    );
    expect(record).toEqual({ level: 'warn', time: '1970-01-01T00:00:00.000Z', msg: 'real' });
  });

  it('still writes the line when a field cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const record = lineOf((logger) => logger.info({ cyclic, big: 1n }, 'kept'));
    expect(record).toMatchObject({ level: 'info', msg: 'kept' });
  });

  it('writes only lines at or above its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['w', 'e']);
    expect(logger.isLevelEnabled('info')).toBe(false);
    expect(logger.isLevelEnabled('error')).toBe(true);
  });

  it('takes its level from PAGEMAGIC_LOG_LEVEL, falling back to info', () => {
    expect(logLevelFromEnv({ PAGEMAGIC_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelFromEnv({ PAGEMAGIC_LOG_LEVEL: ' WARN ' })).toBe('warn');
    expect(logLevelFromEnv({ PAGEMAGIC_LOG_LEVEL: 'verbose' })).toBe('info');
    expect(logLevelFromEnv({})).toBe('info');
  });

  it('makes 32-hex-digit trace ids that differ', () => {
    const ids = new Set(Array.from({ length: 100 }, newTraceId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
