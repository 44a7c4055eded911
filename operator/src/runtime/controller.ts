// A controller: N workers taking keys from a work queue and reconciling them, with controller-runtime's
// result handling and metrics. A 409 Conflict is the normal outcome of optimistic concurrency (someone
// wrote first): the key is retried with backoff and logged at debug, never as an error.

import { Registry } from 'prom-client';
import { isConflict } from './errors.ts';
import { type Logger, newTraceId, silentLogger } from './log.ts';
import { counter, gauge, histogram, RECONCILE_TIME_BUCKETS } from './metrics.ts';
import type { RateLimiter } from './rate-limit.ts';
import { WorkQueue } from './work-queue.ts';

/** What a reconcile asks for next; returning nothing means "done until something changes". */
export interface Result {
  /** Reconcile again after this many milliseconds (the backoff is reset). */
  requeueAfter?: number;
  /** Reconcile again after the rate limiter's delay, without counting as an error. */
  requeue?: boolean;
}

export interface ReconcileContext {
  key: string;
  traceId: string;
  /** Carries `controller`, `key` and `traceId` on every line. */
  logger: Logger;
  /** Aborted when shutdown stops waiting for in-flight reconciles. */
  signal: AbortSignal;
}

// biome-ignore lint/suspicious/noConfusingVoidType: an async reconcile with nothing to ask for returns nothing
export type Reconciler = (key: string, context: ReconcileContext) => Promise<Result | undefined | void>;

export type ReconcileOutcome = 'success' | 'error' | 'requeue' | 'requeue_after';

export interface ControllerOptions {
  name: string;
  reconcile: Reconciler;
  /** Concurrent reconciles (distinct keys); defaults to 1, as in controller-runtime. */
  workers?: number;
  rateLimiter?: RateLimiter;
  /**
   * Which keys this controller may reconcile; others are ignored when enqueued and dropped when a worker
   * takes them (a key queued, or waiting out a requeueAfter, before it went out of scope). All by default.
   */
  admits?: (key: string) => boolean;
  registry?: Registry;
  logger?: Logger;
}

/** How a reconcile's return value or error maps to controller-runtime's result label. */
export function classifyOutcome(
  outcome: { result?: Result | undefined } | { error: unknown },
): ReconcileOutcome {
  if ('error' in outcome) return isConflict(outcome.error) ? 'requeue' : 'error';
  const result = outcome.result;
  if (result?.requeueAfter !== undefined && result.requeueAfter > 0) return 'requeue_after';
  if (result?.requeue) return 'requeue';
  return 'success';
}

export class Controller {
  readonly name: string;
  readonly queue: WorkQueue;
  readonly workers: number;
  readonly #reconcile: Reconciler;
  readonly #admits: (key: string) => boolean;
  readonly #logger: Logger;
  readonly #abort = new AbortController();
  readonly #metrics;
  #running: Promise<void> | undefined;

  constructor(options: ControllerOptions) {
    this.name = options.name;
    this.workers = Math.max(1, options.workers ?? 1);
    this.#reconcile = options.reconcile;
    this.#admits = options.admits ?? (() => true);
    this.#logger = (options.logger ?? silentLogger).child({ controller: this.name });
    const registry = options.registry ?? new Registry();
    this.queue = new WorkQueue({ name: this.name, rateLimiter: options.rateLimiter, registry });
    const labels = { controller: this.name };
    this.#metrics = {
      labels,
      total: counter(
        registry,
        'controller_runtime_reconcile_total',
        'Total number of reconciliations per controller',
        ['controller', 'result'],
      ),
      errors: counter(
        registry,
        'controller_runtime_reconcile_errors_total',
        'Total number of reconciliation errors per controller',
        ['controller'],
      ),
      time: histogram(
        registry,
        'controller_runtime_reconcile_time_seconds',
        'Length of time per reconciliation per controller',
        ['controller'],
        RECONCILE_TIME_BUCKETS,
      ),
      active: gauge(
        registry,
        'controller_runtime_active_workers',
        'Number of currently used workers per controller',
        ['controller'],
      ),
      max: gauge(
        registry,
        'controller_runtime_max_concurrent_reconciles',
        'Maximum number of concurrent reconciles per controller',
        ['controller'],
      ),
    };
    for (const result of ['success', 'error', 'requeue', 'requeue_after'] as const) {
      this.#metrics.total.inc({ ...labels, result }, 0);
    }
    this.#metrics.errors.inc(labels, 0);
    this.#metrics.active.set(labels, 0);
    this.#metrics.max.set(labels, this.workers);
  }

  /** Asks for `key` to be reconciled; several requests before a worker gets to it make one reconcile. */
  enqueue(key: string): void {
    if (this.#admits(key)) this.queue.add(key);
  }

  /** Starts the workers; resolves once they have all exited (after `stop`). */
  start(): Promise<void> {
    this.#running ??= Promise.all(Array.from({ length: this.workers }, () => this.#work())).then(() => {});
    return this.#running;
  }

  /**
   * Stops taking keys and waits for in-flight reconciles, at most `timeoutMs`; then aborts their signal
   * and returns false if some were still running.
   */
  async stop(timeoutMs = 30_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const drained = await Promise.race([this.queue.shutDownWithDrain().then(() => true), timedOut]);
    clearTimeout(timer);
    if (!drained) {
      this.#logger.warn(
        { running: this.queue.processingCount(), timeoutMs },
        'shutdown timed out with reconciles still running',
      );
      this.#abort.abort(new Error(`controller ${this.name} stopped`));
    }
    return drained;
  }

  async #work(): Promise<void> {
    for (;;) {
      const key = await this.queue.get();
      if (key === undefined) return;
      try {
        if (!this.#admits(key)) {
          this.queue.forget(key);
          this.#logger.debug({ key }, 'out of scope; dropped');
          continue;
        }
        await this.#process(key);
      } finally {
        this.queue.done(key);
      }
    }
  }

  async #process(key: string): Promise<void> {
    const traceId = newTraceId();
    const logger = this.#logger.child({ key, traceId });
    const { labels } = this.#metrics;
    this.#metrics.active.inc(labels);
    const started = performance.now();
    try {
      let result: Result | undefined;
      try {
        result =
          (await this.#reconcile(key, { key, traceId, logger, signal: this.#abort.signal })) ?? undefined;
      } catch (error) {
        const outcome = classifyOutcome({ error });
        this.#metrics.total.inc({ ...labels, result: outcome });
        this.queue.addRateLimited(key);
        if (outcome === 'requeue') {
          logger.debug(
            { error: error instanceof Error ? error.message : String(error) },
            'conflict; requeued',
          );
        } else {
          this.#metrics.errors.inc(labels);
          logger.error({ err: error, requeues: this.queue.numRequeues(key) }, 'reconcile failed');
        }
        return;
      }
      const outcome = classifyOutcome({ result });
      this.#metrics.total.inc({ ...labels, result: outcome });
      if (outcome === 'requeue_after') {
        this.queue.forget(key);
        this.queue.addAfter(key, result?.requeueAfter ?? 0);
      } else if (outcome === 'requeue') {
        this.queue.addRateLimited(key);
      } else {
        this.queue.forget(key);
      }
      logger.debug({ result: outcome }, 'reconciled');
    } finally {
      this.#metrics.time.observe(labels, (performance.now() - started) / 1000);
      this.#metrics.active.dec(labels);
    }
  }
}
