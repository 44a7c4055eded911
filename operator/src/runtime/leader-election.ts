// Leader election on a coordination.k8s.io/v1 Lease, after client-go's leaderelection package (client-node
// has none). Writes use the Lease's resourceVersion, so of two replicas writing in one round exactly one
// wins and the other gets a 409. Expiry is judged by the local clock from when this replica last saw the
// Lease change, never by the holder's timestamps, so clock skew between nodes cannot cause two leaders.

import { Registry } from 'prom-client';
import { isConflict, isNotFound } from './errors.ts';
import { type KubeClient, type KubeObject, resources } from './kube-client.ts';
import { type Logger, silentLogger } from './log.ts';
import { gauge } from './metrics.ts';
import { sleepUnlessAborted } from './sleep.ts';

export interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

export interface Lease extends KubeObject {
  spec?: LeaseSpec;
}

/** Kubernetes MicroTime: RFC 3339 with exactly six fractional digits. */
export function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/**
 * Whether another replica still holds the Lease: it names a holder other than us, and that holder's term
 * has not run out since we last saw the Lease change (`observedAt`, our clock, in ms).
 */
export function heldByOther(
  spec: LeaseSpec | undefined,
  identity: string,
  observedAt: number,
  now: number,
): boolean {
  const holder = spec?.holderIdentity;
  if (!holder || holder === identity) return false;
  return observedAt + (spec?.leaseDurationSeconds ?? 0) * 1000 > now;
}

/** The spec that takes or renews the Lease for `identity`; a change of holder counts a transition. */
export function claimedSpec(
  current: LeaseSpec | undefined,
  identity: string,
  leaseDurationSeconds: number,
  now: Date,
): LeaseSpec {
  const stamp = microTime(now);
  if (current?.holderIdentity === identity) {
    return { ...current, holderIdentity: identity, leaseDurationSeconds, renewTime: stamp };
  }
  return {
    holderIdentity: identity,
    leaseDurationSeconds,
    acquireTime: stamp,
    renewTime: stamp,
    leaseTransitions: current === undefined ? 0 : (current.leaseTransitions ?? 0) + 1,
  };
}

/** What a leader writes on a graceful exit: no holder, a 1 s term, so a standby takes over at its next try. */
export function releasedSpec(current: LeaseSpec | undefined, now: Date): LeaseSpec {
  const stamp = microTime(now);
  return {
    holderIdentity: '',
    leaseDurationSeconds: 1,
    acquireTime: stamp,
    renewTime: stamp,
    leaseTransitions: current?.leaseTransitions ?? 0,
  };
}

export interface LeaderElectionOptions {
  client: KubeClient;
  namespace: string;
  /** The Lease's name. */
  name: string;
  /** Unique per replica; the pod name is the usual choice. */
  identity: string;
  leaseDurationSeconds?: number;
  /** A leader that cannot renew for this long steps down; must be shorter than the lease duration. */
  renewDeadlineSeconds?: number;
  retryPeriodSeconds?: number;
  /** Called on becoming leader; `signal` aborts when leadership ends. */
  onStartedLeading?: (signal: AbortSignal) => void | Promise<void>;
  onStoppedLeading?: () => void | Promise<void>;
  /** Called whenever the observed holder changes (undefined: nobody). */
  onNewLeader?: (identity: string | undefined) => void;
  registry?: Registry;
  logger?: Logger;
}

export type ElectionEnd = 'stopped' | 'lost';

export class LeaderElector {
  readonly identity: string;
  readonly #options: LeaderElectionOptions;
  readonly #client: KubeClient;
  readonly #leaseDurationMs: number;
  readonly #renewDeadlineMs: number;
  readonly #retryPeriodMs: number;
  readonly #logger: Logger;
  readonly #status;
  readonly #stop = new AbortController();
  #release = true;
  /** The Lease as last read or written, and when (our clock) its content last changed. */
  #observed: Lease | undefined;
  #observedAt = 0;
  /** When the API server last answered us about the Lease at all, for readiness. */
  #lastContactAt: number | undefined;
  #leading = false;
  #run: Promise<ElectionEnd> | undefined;

  constructor(options: LeaderElectionOptions) {
    this.#options = options;
    this.#client = options.client;
    this.identity = options.identity;
    this.#leaseDurationMs = (options.leaseDurationSeconds ?? 15) * 1000;
    this.#renewDeadlineMs = (options.renewDeadlineSeconds ?? 10) * 1000;
    this.#retryPeriodMs = (options.retryPeriodSeconds ?? 2) * 1000;
    if (!(this.#retryPeriodMs < this.#renewDeadlineMs && this.#renewDeadlineMs < this.#leaseDurationMs)) {
      throw new Error('leader election needs retryPeriod < renewDeadline < leaseDuration');
    }
    this.#logger = (options.logger ?? silentLogger).child({ lease: `${options.namespace}/${options.name}` });
    this.#status = gauge(
      options.registry ?? new Registry(),
      'leader_election_master_status',
      'Gauge of if the reporting system is master of the relevant lease, 0 indicates backup, 1 indicates master.',
      ['name'],
    );
    this.#status.set({ name: options.name }, 0);
  }

  isLeader(): boolean {
    return this.#leading;
  }

  /** The holder named in the Lease as last seen; undefined if nobody holds it. */
  leader(): string | undefined {
    return this.#observed?.spec?.holderIdentity || undefined;
  }

  /**
   * Whether this replica is taking part properly: leading, or standing by with a recent answer about the
   * Lease from the API server.
   */
  healthy(): boolean {
    if (this.#stop.signal.aborted || this.#run === undefined) return false;
    if (this.#leading) return true;
    return (
      this.#lastContactAt !== undefined && performance.now() - this.#lastContactAt < 2 * this.#leaseDurationMs
    );
  }

  /**
   * Campaigns until elected, leads until `stop` or until the Lease cannot be renewed within the renew
   * deadline. Resolves with why it ended; it does not campaign again after losing.
   */
  run(): Promise<ElectionEnd> {
    this.#run ??= this.#campaign();
    return this.#run;
  }

  /**
   * Stops campaigning or leading. With `release` (the default) a leader hands the Lease back so a standby
   * takes over at once; without it, the Lease is left to expire, as after a crash.
   */
  async stop(options: { release?: boolean } = {}): Promise<void> {
    this.#release = options.release ?? true;
    this.#stop.abort();
    await this.#run;
  }

  async #campaign(): Promise<ElectionEnd> {
    const stop = this.#stop.signal;
    while (!stop.aborted && !(await this.#tryAcquireOrRenew(this.#renewDeadlineMs))) {
      // client-go's JitterUntil(retryPeriod, 1.2): replicas that start together do not collide forever.
      await sleepUnlessAborted(this.#retryPeriodMs * (1 + Math.random() * 1.2), stop);
    }
    if (stop.aborted) return 'stopped';

    this.#setLeading(true);
    const leadership = new AbortController();
    this.#logger.info({ identity: this.identity }, 'became leader');
    void this.#callback('onStartedLeading', () => this.#options.onStartedLeading?.(leadership.signal));

    let lastRenew = performance.now();
    let lost = false;
    while (!stop.aborted) {
      await sleepUnlessAborted(this.#retryPeriodMs, stop);
      if (stop.aborted) break;
      // Retry every retry period until the renew deadline has passed since the last successful renewal.
      let renewed = false;
      for (;;) {
        const left = this.#renewDeadlineMs - (performance.now() - lastRenew);
        if (stop.aborted || left <= 0) break;
        if (await this.#tryAcquireOrRenew(left)) {
          renewed = true;
          break;
        }
        await sleepUnlessAborted(
          Math.min(this.#retryPeriodMs, this.#renewDeadlineMs - (performance.now() - lastRenew)),
          stop,
        );
      }
      if (stop.aborted) break;
      if (!renewed) {
        lost = true;
        break;
      }
      lastRenew = performance.now();
    }

    leadership.abort();
    this.#setLeading(false);
    if (lost) this.#logger.error('lost the lease: could not renew it before the renew deadline');
    else this.#logger.info('stopped leading');
    await this.#callback('onStoppedLeading', () => this.#options.onStoppedLeading?.());
    if (!lost && this.#release) await this.#releaseLease();
    return lost ? 'lost' : 'stopped';
  }

  async #callback(name: string, call: () => void | Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.#logger.error({ err: error }, `${name} failed`);
    }
  }

  #setLeading(leading: boolean): void {
    this.#leading = leading;
    this.#status.set({ name: this.#options.name }, leading ? 1 : 0);
  }

  #observe(lease: Lease): void {
    const previous = this.#observed;
    const changed = JSON.stringify(previous?.spec ?? null) !== JSON.stringify(lease.spec ?? null);
    this.#observed = lease;
    this.#lastContactAt = performance.now();
    if (changed || previous === undefined) this.#observedAt = performance.now();
    const holder = lease.spec?.holderIdentity || undefined;
    if ((previous?.spec?.holderIdentity || undefined) !== holder || previous === undefined) {
      this.#options.onNewLeader?.(holder);
    }
  }

  /** One round: true if we hold the Lease afterwards. Each request gives up after `timeoutMs`. */
  async #tryAcquireOrRenew(timeLeftMs: number): Promise<boolean> {
    // AbortSignal.timeout takes whole milliseconds only.
    const timeoutMs = Math.max(1, Math.ceil(timeLeftMs));
    const { namespace, name } = this.#options;
    const leaseDurationSeconds = this.#leaseDurationMs / 1000;
    const now = new Date();

    // The leader renews straight from what it last wrote; a 409 sends it the long way round.
    if (this.#leading && this.#observed?.spec?.holderIdentity === this.identity) {
      try {
        const renewed = await this.#client.replace<Lease>(
          resources.leases,
          {
            ...this.#observed,
            spec: claimedSpec(this.#observed.spec, this.identity, leaseDurationSeconds, now),
          },
          { timeoutMs },
        );
        this.#observe(renewed);
        return true;
      } catch (error) {
        if (!isConflict(error)) {
          this.#logger.warn({ err: error }, 'could not renew the lease');
          return false;
        }
      }
    }

    let lease: Lease;
    try {
      lease = await this.#client.get<Lease>(
        resources.leases,
        namespace,
        name,
        AbortSignal.timeout(timeoutMs),
      );
    } catch (error) {
      if (!isNotFound(error)) {
        this.#logger.warn({ err: error }, 'could not read the lease');
        return false;
      }
      try {
        const created = await this.#client.create<Lease>(
          resources.leases,
          {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: { name, namespace },
            spec: claimedSpec(undefined, this.identity, leaseDurationSeconds, now),
          },
          { signal: AbortSignal.timeout(timeoutMs) },
        );
        this.#observe(created);
        return true;
      } catch (createError) {
        // 409 AlreadyExists: another replica created it first and won this round.
        if (!isConflict(createError)) this.#logger.warn({ err: createError }, 'could not create the lease');
        return false;
      }
    }

    this.#observe(lease);
    if (heldByOther(lease.spec, this.identity, this.#observedAt, performance.now())) return false;
    try {
      const claimed = await this.#client.replace<Lease>(
        resources.leases,
        { ...lease, spec: claimedSpec(lease.spec, this.identity, leaseDurationSeconds, now) },
        { timeoutMs },
      );
      this.#observe(claimed);
      return true;
    } catch (error) {
      if (isConflict(error)) this.#logger.debug('lost a race for the lease');
      else this.#logger.warn({ err: error }, 'could not claim the lease');
      return false;
    }
  }

  async #releaseLease(): Promise<void> {
    const lease = this.#observed;
    if (lease?.spec?.holderIdentity !== this.identity) return;
    try {
      const released = await this.#client.replace<Lease>(
        resources.leases,
        { ...lease, spec: releasedSpec(lease.spec, new Date()) },
        { timeoutMs: this.#renewDeadlineMs },
      );
      this.#observe(released);
      this.#logger.info('released the lease');
    } catch (error) {
      this.#logger.warn({ err: error }, 'could not release the lease; it will expire instead');
    }
  }
}
