import { describe, expect, it } from 'vitest';
import { createLogger, formatLogLine, logLevelFromEnv, newTraceId } from '../../src/runtime/index.ts';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    write: (line) => lines.push(line),
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)),
  });
  return { logger, lines };
}

describe('JSON log lines', () => {
  it('writes one JSON object per line with level, time and msg first, then the fields', () => {
    const { logger, lines } = capture();
    logger
      .child({ controller: 'websites' })
      .child({ key: 'ns/a', traceId: 'abc' })
      .info('reconciled', { took: 3 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    expect(Object.entries(JSON.parse(lines[0] ?? '{}'))).toEqual([
      ['level', 'info'],
      ['time', '2026-01-02T03:04:05.006Z'],
      ['msg', 'reconciled'],
      ['controller', 'websites'],
      ['key', 'ns/a'],
      ['traceId', 'abc'],
      ['took', 3],
    ]);
  });

  it('spells out errors, with an API status code and body, and their cause', () => {
    const error = Object.assign(new Error('update failed', { cause: new Error('socket hang up') }), {
      code: 409,
      body: { reason: 'Conflict' },
    });
    const record = JSON.parse(formatLogLine('error', new Date(0), 'failed', { error }));
    expect(record.error).toMatchObject({
      message: 'update failed',
      name: 'Error',
      code: 409,
      body: { reason: 'Conflict' },
      cause: { message: 'socket hang up' },
    });
    expect(record.error.stack).toContain('update failed');
  });

  it('does not let fields overwrite level, time or msg, and drops undefined fields', () => {
    const record = JSON.parse(
      formatLogLine('warn', new Date(0), 'real', { msg: 'fake', level: 'debug', gone: undefined }),
    );
    expect(record).toEqual({ level: 'warn', time: '1970-01-01T00:00:00.000Z', msg: 'real' });
  });

  it('still writes the line when a field cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const record = JSON.parse(formatLogLine('info', new Date(0), 'kept', { cyclic, big: 1n }));
    expect(record).toMatchObject({ level: 'info', msg: 'kept' });
  });

  it('writes only lines at or above its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['w', 'e']);
    expect(logger.enabled('info')).toBe(false);
    expect(logger.enabled('error')).toBe(true);
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
