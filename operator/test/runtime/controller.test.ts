import { ApiException } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  apiError,
  Controller,
  classifyOutcome,
  createLogger,
  type RateLimiter,
  type Reconciler,
} from '../../src/runtime/index.ts';
import { metricValue } from './metrics.ts';

interface Line {
  level: string;
  msg: string;
  controller?: string;
  key?: string;
  traceId?: string;
  [field: string]: unknown;
}

/** A rate limiter that retries after 1 ms and records what the controller asked of it. */
function recordingLimiter() {
  const calls: string[] = [];
  const failures = new Map<string, number>();
  const limiter: RateLimiter = {
    when(key) {
      calls.push(`when ${key}`);
      failures.set(key, (failures.get(key) ?? 0) + 1);
      return 1;
    },
    forget(key) {
      calls.push(`forget ${key}`);
      failures.delete(key);
    },
    numRequeues: (key) => failures.get(key) ?? 0,
  };
  return { limiter, calls };
}

function setup(reconcile: Reconciler, workers = 1, admits?: (key: string) => boolean) {
  const registry = new Registry();
  const lines: Line[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as Line) });
  const { limiter, calls } = recordingLimiter();
  const controller = new Controller({
    name: 'sites',
    reconcile,
    workers,
    registry,
    logger,
    rateLimiter: limiter,
    admits,
  });
  const value = (name: string, labels: Record<string, string> = {}, series?: string) =>
    metricValue(registry, name, { controller: 'sites', ...labels }, series);
  return { controller, registry, lines, calls, value };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!condition()) throw new Error('condition never became true');
}

const conflict = () =>
  apiError(409, 'update websites/a', { reason: 'Conflict', message: 'the object has been modified' });

describe('classifyOutcome', () => {
  it('maps results and errors to controller-runtime result labels', () => {
    expect(classifyOutcome({ result: undefined })).toBe('success');
    expect(classifyOutcome({ result: {} })).toBe('success');
    expect(classifyOutcome({ result: { requeueAfter: 0 } })).toBe('success');
    expect(classifyOutcome({ result: { requeueAfter: 500 } })).toBe('requeue_after');
    expect(classifyOutcome({ result: { requeue: true } })).toBe('requeue');
    expect(classifyOutcome({ error: conflict() })).toBe('requeue');
    expect(classifyOutcome({ error: new ApiException(409, 'Conflict', undefined, {}) })).toBe('requeue');
    expect(classifyOutcome({ error: apiError(500, 'get', 'boom') })).toBe('error');
    expect(classifyOutcome({ error: new Error('plain') })).toBe('error');
  });
});

describe('Controller', () => {
  it('forgets the key on success and counts it', async () => {
    const seen: string[] = [];
    const { controller, calls, value } = setup(async (key) => {
      seen.push(key);
    });
    void controller.start();
    controller.enqueue('ns/a');
    await until(() => seen.length === 1);
    await controller.stop(1_000);
    expect(calls).toEqual(['forget ns/a']);
    expect(await value('controller_runtime_reconcile_total', { result: 'success' })).toBe(1);
    expect(await value('controller_runtime_reconcile_errors_total')).toBe(0);
    expect(
      await value(
        'controller_runtime_reconcile_time_seconds',
        {},
        'controller_runtime_reconcile_time_seconds_count',
      ),
    ).toBe(1);
  });

  it('retries a failing key with the rate limiter, counts and logs each error, and forgets on success', async () => {
    let attempts = 0;
    const { controller, registry, calls, lines, value } = setup(async () => {
      attempts += 1;
      if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
    });
    void controller.start();
    controller.enqueue('ns/a');
    await until(() => attempts === 3 && calls.includes('forget ns/a'));
    await controller.stop(1_000);

    expect(calls).toEqual(['when ns/a', 'when ns/a', 'forget ns/a']);
    expect(await value('controller_runtime_reconcile_total', { result: 'error' })).toBe(2);
    expect(await value('controller_runtime_reconcile_total', { result: 'success' })).toBe(1);
    expect(await value('controller_runtime_reconcile_errors_total')).toBe(2);
    expect(await metricValue(registry, 'workqueue_retries_total', { name: 'sites' })).toBe(2);
    const errors = lines.filter((line) => line.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      msg: 'reconcile failed',
      controller: 'sites',
      key: 'ns/a',
      err: { message: 'attempt 1 failed' },
    });
  });

  it('requeues a 409 Conflict with the rate limiter without logging or counting an error', async () => {
    let attempts = 0;
    const { controller, calls, lines, value } = setup(async () => {
      attempts += 1;
      if (attempts === 1) throw conflict();
    });
    void controller.start();
    controller.enqueue('ns/a');
    await until(() => attempts === 2 && calls.includes('forget ns/a'));
    await controller.stop(1_000);

    expect(calls).toEqual(['when ns/a', 'forget ns/a']);
    expect(await value('controller_runtime_reconcile_total', { result: 'requeue' })).toBe(1);
    expect(await value('controller_runtime_reconcile_total', { result: 'error' })).toBe(0);
    expect(await value('controller_runtime_reconcile_errors_total')).toBe(0);
    expect(lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
    const debug = lines.find((line) => line.level === 'debug' && /conflict/i.test(line.msg));
    expect(debug).toMatchObject({ controller: 'sites', key: 'ns/a' });
  });

  it('reconciles again after requeueAfter, resetting the backoff first', async () => {
    let attempts = 0;
    const { controller, calls, value } = setup(async () => {
      attempts += 1;
      return attempts === 1 ? { requeueAfter: 5 } : undefined;
    });
    void controller.start();
    controller.enqueue('ns/a');
    await until(() => attempts === 2 && calls.length === 2);
    await controller.stop(1_000);
    expect(calls).toEqual(['forget ns/a', 'forget ns/a']);
    expect(await value('controller_runtime_reconcile_total', { result: 'requeue_after' })).toBe(1);
    expect(await value('controller_runtime_reconcile_total', { result: 'success' })).toBe(1);
  });

  it('gives each reconcile its own trace id and logs it with the controller and key', async () => {
    const traces: string[] = [];
    const { controller, lines } = setup(async (key, context) => {
      traces.push(context.traceId);
      context.logger.info({ step: key }, 'working');
    });
    void controller.start();
    controller.enqueue('ns/a');
    controller.enqueue('ns/b');
    await until(() => traces.length === 2);
    await controller.stop(1_000);
    expect(new Set(traces).size).toBe(2);
    const working = lines.filter((line) => line.msg === 'working');
    expect(working.map((line) => [line.controller, line.key, line.traceId])).toEqual([
      ['sites', 'ns/a', traces[0]],
      ['sites', 'ns/b', traces[1]],
    ]);
  });

  it('runs up to `workers` reconciles at once and reports them', async () => {
    let running = 0;
    let peak = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { controller, value } = setup(async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate;
      running -= 1;
    }, 3);
    void controller.start();
    for (const key of ['a', 'b', 'c', 'd', 'e']) controller.enqueue(key);
    await until(() => running === 3);
    expect(await value('controller_runtime_active_workers')).toBe(3);
    expect(await value('controller_runtime_max_concurrent_reconciles')).toBe(3);
    release();
    await until(
      () => running === 0 && controller.queue.len() === 0 && controller.queue.processingCount() === 0,
    );
    await controller.stop(1_000);
    expect(peak).toBe(3);
    expect(await value('controller_runtime_active_workers')).toBe(0);
    expect(await value('controller_runtime_reconcile_total', { result: 'success' })).toBe(5);
  });

  it('stop waits for the in-flight reconcile and takes no further keys', async () => {
    const started: string[] = [];
    let finish: () => void = () => {};
    const { controller } = setup(async (key) => {
      started.push(key);
      if (key === 'a') await new Promise<void>((resolve) => (finish = resolve));
    });
    const workers = controller.start();
    controller.enqueue('a');
    controller.enqueue('b');
    await until(() => started.length === 1);
    let stopped: boolean | undefined;
    const stopping = controller.stop(60_000).then((drained) => {
      stopped = drained;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBeUndefined();
    finish();
    await stopping;
    await workers;
    expect(stopped).toBe(true);
    expect(started).toEqual(['a']);
  });

  it('ignores keys outside its scope, and drops a queued key whose namespace left the scope', async () => {
    const inScope = new Set(['in']);
    const seen: string[] = [];
    const { controller, calls, lines, value } = setup(
      async (key) => {
        seen.push(key);
        // Asks to come back, as a Website waiting for its Deployment does.
        return { requeueAfter: 20 };
      },
      1,
      (key) => inScope.has(key.split('/')[0] ?? ''),
    );
    controller.enqueue('out/a');
    expect(controller.queue.len()).toBe(0);
    void controller.start();
    controller.enqueue('in/a');
    await until(() => seen.length === 1);
    // The namespace stops matching while the key waits out its requeueAfter.
    inScope.delete('in');
    await until(() => lines.some((line) => line.msg === 'out of scope; dropped'));
    await controller.stop(1_000);
    expect(seen).toEqual(['in/a']);
    expect(calls).toEqual(['forget in/a', 'forget in/a']);
    expect(await value('controller_runtime_reconcile_total', { result: 'requeue_after' })).toBe(1);
    expect(lines.find((line) => line.msg === 'out of scope; dropped')).toMatchObject({ key: 'in/a' });
  });

  it('stop gives up after its timeout and aborts the reconcile signal', async () => {
    let aborted = false;
    let running = false;
    const { controller } = setup(async (_key, context) => {
      running = true;
      await new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()));
      aborted = context.signal.aborted;
    });
    const workers = controller.start();
    controller.enqueue('stuck');
    await until(() => running);
    expect(await controller.stop(20)).toBe(false);
    await workers;
    expect(aborted).toBe(true);
  });
});
