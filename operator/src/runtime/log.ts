// The one logger of both processes: pino, writing JSON lines with the same fields in the operator and the
// API (`level` as a label, `time` as an ISO string, `msg`, then the object `key` and the `traceId` where
// there is one), so a log shipper indexes both without knowing which wrote the line. The API hands the
// same options to fastify (`loggerInstance: createLogger(...)`); see api/src/app.ts.

import { randomBytes } from 'node:crypto';
import {
  type DestinationStream,
  type Logger as PinoLogger,
  type LoggerOptions as PinoOptions,
  pino,
} from 'pino';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFields = Record<string, unknown>;
export type Logger = PinoLogger;

/** The field that joins the lines of one reconcile (operator) or one request (API, as fastify's requestIdLogLabel). */
export const TRACE_ID_FIELD = 'traceId';

export interface LoggerOptions {
  /** Defaults to PAGEMAGIC_LOG_LEVEL, else `info`. */
  level?: LogLevel;
  /** Bound to every line. */
  fields?: LogFields;
  /** Takes each line without its newline; defaults to stdout. */
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

/**
 * Errors do not survive JSON.stringify (their fields are not enumerable), so spell them out, keeping what the
 * Kubernetes client and fetch put on them: the API status `code`, the response `body`, and the `cause`.
 */
export function serializeError(value: unknown): unknown {
  if (value instanceof Error) {
    const { code, body } = value as { code?: unknown; body?: unknown };
    return {
      message: value.message,
      name: value.name,
      ...(code === undefined ? {} : { code }),
      ...(body === undefined ? {} : { body }),
      ...(value.cause === undefined ? {} : { cause: serializeError(value.cause) }),
      stack: value.stack,
    };
  }
  return value;
}

/** Fields a caller passes cannot replace the line's own `level` or `time`. */
function withoutReserved(fields: LogFields): LogFields {
  if (!('level' in fields) && !('time' in fields)) return fields;
  const { level: _level, time: _time, ...rest } = fields;
  return rest;
}

/** The pino options both processes log with. */
export function loggerOptions(
  level: LogLevel,
  now: () => Date = () => new Date(),
): PinoOptions<never, false> {
  return {
    level,
    // No pid or hostname: the platform labels each line with its pod.
    base: undefined,
    messageKey: 'msg',
    errorKey: 'err',
    timestamp: () => `,"time":"${now().toISOString()}"`,
    formatters: {
      level: (label) => ({ level: label }),
      log: withoutReserved,
    },
    // `error` too: some lines carry an Error under its full name.
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // `info({ msg: 'a' }, 'b')` would write two `msg` keys; the message argument wins.
      logMethod(args, method) {
        const [first, message] = args as unknown[];
        if (typeof message === 'string' && typeof first === 'object' && first !== null && 'msg' in first) {
          const { msg: _msg, ...rest } = first as LogFields;
          args[0] = rest;
        }
        method.apply(this, args);
      },
    },
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const { write } = options;
  const destination: DestinationStream = write
    ? { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : pino.destination({ dest: 1, sync: true });
  const logger = pino(loggerOptions(options.level ?? logLevelFromEnv(), options.now), destination);
  return options.fields ? logger.child(options.fields) : logger;
}

/** Swallows everything: the default for components built without a logger (tests, libraries). */
export const silentLogger: Logger = pino({ level: 'silent' });
