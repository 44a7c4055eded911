// The API logs through the operator runtime's logger, so its lines and the operator's carry the same fields
// in the same formats (see operator/src/runtime/log.ts); a request's lines carry its id as `traceId`.

import { createLogger, type LogLevel, TRACE_ID_FIELD } from '@pagemagic/operator/runtime';
import { type FastifyServerOptions, LogController } from 'fastify';

export interface FastifyLoggingOptions {
  /** Takes each line; defaults to stdout. */
  write?: (line: string) => void;
  /** No line per request (the internal port: probes and scrapes come every few seconds). */
  disableRequestLogging?: boolean;
}

/** Fastify's logging options: JSON lines at `level`, or none when `level` is false (tests). */
export function fastifyLogging(
  level: LogLevel | false,
  options: FastifyLoggingOptions = {},
): Pick<FastifyServerOptions, 'logger' | 'loggerInstance' | 'logController'> {
  const logController = new LogController({
    requestIdLogLabel: TRACE_ID_FIELD,
    disableRequestLogging: options.disableRequestLogging ?? false,
  });
  if (level === false) return { logger: false, logController };
  return { loggerInstance: createLogger({ level, write: options.write }), logController };
}
