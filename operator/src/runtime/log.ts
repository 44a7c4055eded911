// JSON-lines logging: one object per line on stdout, so any log shipper can index `controller`, `key` and
// `traceId` without parsing prose. Small on purpose; a logging library would be the largest thing here.

import { randomBytes } from 'node:crypto';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  enabled(level: LogLevel): boolean;
  /** A logger that adds `fields` to every line it writes. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Defaults to PAGEMAGIC_LOG_LEVEL, else `info`. */
  level?: LogLevel;
  fields?: LogFields;
  write?: (line: string) => void;
  now?: () => Date;
}

/** The level PAGEMAGIC_LOG_LEVEL names; an unknown value falls back to `info` rather than silencing logs. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const raw = env.PAGEMAGIC_LOG_LEVEL?.trim().toLowerCase();
  return LOG_LEVELS.find((level) => level === raw) ?? 'info';
}

/** 16 random bytes in hex: the size of a W3C trace id, so it can be handed to a tracer later. */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** Errors do not survive JSON.stringify (their fields are not enumerable), so spell them out. */
function plain(value: unknown): unknown {
  if (value instanceof Error) {
    const { code, body } = value as { code?: unknown; body?: unknown };
    return {
      message: value.message,
      name: value.name,
      ...(code === undefined ? {} : { code }),
      ...(body === undefined ? {} : { body }),
      ...(value.cause === undefined ? {} : { cause: plain(value.cause) }),
      stack: value.stack,
    };
  }
  return value;
}

/** One log line. `level`, `time` and `msg` come first and cannot be overwritten by fields. */
export function formatLogLine(level: LogLevel, time: Date, msg: string, fields: LogFields): string {
  const record: LogFields = { level, time: time.toISOString(), msg };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && !(name in record)) record[name] = plain(value);
  }
  try {
    return JSON.stringify(record);
  } catch {
    // A cyclic or BigInt field must not lose the line itself.
    return JSON.stringify({ level, time: record.time, msg, fieldsError: 'fields could not be serialised' });
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? logLevelFromEnv();
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = LOG_LEVELS.indexOf(level);
  const base = options.fields ?? {};

  const enabled = (at: LogLevel) => LOG_LEVELS.indexOf(at) >= threshold;
  const log = (at: LogLevel) => (msg: string, fields?: LogFields) => {
    if (enabled(at)) write(formatLogLine(at, now(), msg, fields ? { ...base, ...fields } : base));
  };

  return {
    level,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    enabled,
    child: (fields) => createLogger({ level, write, now, fields: { ...base, ...fields } }),
  };
}

/** Swallows everything: the default for components built without a logger (tests, libraries). */
export const silentLogger: Logger = createLogger({ level: 'error', write: () => {} });
