// The operator and the API write the same log line shape: one log query works across both processes.

import { Controller, createLogger } from '@pagemagic/operator/runtime';
import Fastify from 'fastify';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { fastifyLogging } from '../src/logging.ts';

type Line = Record<string, unknown>;

/** A line from the operator's controller runtime: the debug line a reconcile ends with. */
async function operatorLine(): Promise<Line> {
  const lines: Line[] = [];
  let reconciled = false;
  const controller = new Controller({
    name: 'websites',
    registry: new Registry(),
    logger: createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Line) }),
    reconcile: async () => {
      reconciled = true;
    },
  });
  void controller.start();
  controller.enqueue('team-a/shop');
  for (let i = 0; i < 5_000 && !lines.some((line) => line.msg === 'reconciled'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await controller.stop(1_000);
  expect(reconciled).toBe(true);
  return lines.find((line) => line.msg === 'reconciled') as Line;
}

/** A line from the API's fastify, configured as buildApp configures it: the line a request ends with. */
async function apiLine(): Promise<Line> {
  const lines: Line[] = [];
  const app = Fastify(fastifyLogging('info', { write: (line) => lines.push(JSON.parse(line) as Line) }));
  app.get('/sites/:name', async () => ({ ok: true }));
  await app.inject({ method: 'GET', url: '/sites/shop' });
  await app.close();
  return lines.find((line) => line.msg === 'request completed') as Line;
}

/** Each field's JSON type, and for the fixed fields their format. */
function shape(line: Line) {
  const keys = Object.keys(line);
  return {
    first: keys.slice(0, 2),
    last: keys.at(-1),
    level: line.level,
    time:
      typeof line.time === 'string' && new Date(line.time).toISOString() === line.time
        ? 'ISO 8601'
        : line.time,
    msg: typeof line.msg,
    traceId: typeof line.traceId,
  };
}

describe('log lines', () => {
  it('carry the same field names in the same formats in the operator and the API', async () => {
    const [operator, api] = [await operatorLine(), await apiLine()];
    expect(operator).toMatchObject({ key: 'team-a/shop', controller: 'websites' });
    expect(api).toMatchObject({ res: { statusCode: 200 } });
    expect(shape(operator)).toEqual({ ...shape(api), level: 'debug' });
    expect(shape(api)).toEqual({
      first: ['level', 'time'],
      last: 'msg',
      level: 'info',
      time: 'ISO 8601',
      msg: 'string',
      traceId: 'string',
    });
  });

  it('spell out an error the same way in both, status code, body and cause kept', async () => {
    const error = Object.assign(new Error('update failed', { cause: new Error('socket hang up') }), {
      code: 409,
      body: { reason: 'Conflict' },
    });
    const operatorLines: Line[] = [];
    createLogger({ write: (line) => operatorLines.push(JSON.parse(line) as Line) }).error(
      { err: error },
      'x',
    );
    const apiLines: Line[] = [];
    const app = Fastify(fastifyLogging('info', { write: (line) => apiLines.push(JSON.parse(line) as Line) }));
    app.get('/fails', async () => {
      throw error;
    });
    await app.inject({ method: 'GET', url: '/fails' });
    await app.close();
    const failed = apiLines.find((line) => line.err !== undefined);
    const expected = {
      message: 'update failed',
      code: 409,
      body: { reason: 'Conflict' },
      cause: { message: 'socket hang up' },
    };
    expect(operatorLines[0]?.err).toMatchObject(expected);
    expect(failed?.err).toMatchObject(expected);
  });
});
