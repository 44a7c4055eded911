// An informer written on our own list and watch, because client-node's lists without paging, has stalled
// silently and can swallow list errors. It lists page by page, watches from the list's resourceVersion
// (bookmarks keep that current), relists on 410 Gone, reconnects with jittered backoff on anything else, and
// relists when no event at all has arrived for `maxEventAgeMs`: a stalled stream looks exactly like a quiet
// one, and only a bound on silence tells them apart. The age of the last event is a metric.

import { Registry } from 'prom-client';
import type { ApiStatus } from './errors.ts';
import { isGone } from './errors.ts';
import { apiError, type KubeClient, type KubeObject, type ResourceRef } from './kube-client.ts';
import { type Logger, silentLogger } from './log.ts';
import { computedGauge, counter } from './metrics.ts';
import { jitteredBackoff } from './rate-limit.ts';
import { sleepUnlessAborted } from './sleep.ts';

export type RelistReason = 'initial' | 'gone' | 'stale' | 'requested';

export interface InformerOptions<T extends KubeObject> {
  client: KubeClient;
  resource: ResourceRef;
  /** The `resource` label of the informer metrics; defaults to the plural. */
  name?: string;
  /** Only this namespace; all namespaces when left out. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /**
   * Cache only metadata (PartialObjectMetadata, `kind` and `apiVersion` say so): for kinds whose bodies are
   * large and which reconcilers read by name when they need them.
   */
  metadataOnly?: boolean;
  /** Objects per list page; defaults to 500. */
  pageSize?: number;
  /** Shapes each object before it is cached; defaults to dropping metadata.managedFields. */
  transform?: (object: T) => T;
  /** Relist when nothing (not even a bookmark) has arrived for this long; defaults to 5 minutes. */
  maxEventAgeMs?: number;
  /** How long the server keeps one watch open; defaults to a random 5–10 minutes, as client-go does. */
  watchTimeoutSeconds?: number;
  backoff?: { initialMs?: number; maxMs?: number };
  /** Calls onUpdate(object, object) for every cached object this often; off by default. */
  resyncIntervalMs?: number;
  registry?: Registry;
  logger?: Logger;
}

export interface InformerStats {
  lists: number;
  pages: number;
  watches: number;
  relists: Record<RelistReason, number>;
}

type AddHandler<T> = (object: T) => void;
type UpdateHandler<T> = (previous: T, object: T) => void;
type DeleteHandler<T> = (object: T) => void;
/** The values an object is filed under in one index; none leaves it out of that index. */
export type IndexFunction<T> = (object: T) => readonly string[];

/** The cache key: `namespace/name`, or `name` for cluster-scoped objects. */
export function objectKey(object: KubeObject): string {
  const name = object.metadata?.name ?? '';
  const namespace = object.metadata?.namespace;
  return namespace ? `${namespace}/${name}` : name;
}

/** managedFields often outweighs the rest of an object and no reconciler reads it. */
export function stripManagedFields<T extends KubeObject>(object: T): T {
  if (object.metadata?.managedFields !== undefined) delete object.metadata.managedFields;
  return object;
}

export interface SnapshotDiff<T> {
  added: T[];
  updated: Array<{ previous: T; object: T }>;
  deleted: T[];
}

/**
 * What changed between the cache and a fresh list: new keys, keys whose resourceVersion moved, and keys
 * that are gone (their deletion happened while we were not watching).
 */
export function diffSnapshot<T extends KubeObject>(
  previous: ReadonlyMap<string, T>,
  next: ReadonlyMap<string, T>,
): SnapshotDiff<T> {
  const diff: SnapshotDiff<T> = { added: [], updated: [], deleted: [] };
  for (const [key, object] of next) {
    const old = previous.get(key);
    if (old === undefined) diff.added.push(object);
    else if (old.metadata?.resourceVersion !== object.metadata?.resourceVersion) {
      diff.updated.push({ previous: old, object });
    }
  }
  for (const [key, object] of previous) {
    if (!next.has(key)) diff.deleted.push(object);
  }
  return diff;
}

export class Informer<T extends KubeObject = KubeObject> {
  readonly name: string;
  readonly resource: ResourceRef;
  readonly #client: KubeClient;
  readonly #options: InformerOptions<T>;
  readonly #transform: (object: T) => T;
  readonly #maxEventAgeMs: number;
  readonly #logger: Logger;
  readonly #handlers = {
    add: new Set<AddHandler<T>>(),
    update: new Set<UpdateHandler<T>>(),
    delete: new Set<DeleteHandler<T>>(),
  };
  readonly #metrics;
  readonly #stats: InformerStats = {
    lists: 0,
    pages: 0,
    watches: 0,
    relists: { initial: 0, gone: 0, stale: 0, requested: 0 },
  };
  #store = new Map<string, T>();
  /** index name → value → keys: a reconciler finds a Website's children without scanning every object. */
  readonly #indexers = new Map<string, IndexFunction<T>>();
  #indices = new Map<string, Map<string, Set<string>>>();
  #resourceVersion: string | undefined;
  #synced = false;
  #syncWaiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  #lastEventAt = performance.now();
  /** When a stale relist was last forced, so a server that stays silent is not relisted in a tight loop. */
  #lastForcedAt = 0;
  #relistWanted: RelistReason | undefined;
  #attempt: AbortController | undefined;
  #loop: Promise<void> | undefined;
  #timers: NodeJS.Timeout[] = [];
  #stopped = false;

  constructor(options: InformerOptions<T>) {
    this.#options = options;
    this.#client = options.client;
    this.resource = options.resource;
    this.name = options.name ?? options.resource.plural;
    this.#transform = options.transform ?? stripManagedFields;
    this.#maxEventAgeMs = options.maxEventAgeMs ?? 300_000;
    this.#logger = (options.logger ?? silentLogger).child({ informer: this.name });
    const registry = options.registry ?? new Registry();
    const labels = { resource: this.name };
    this.#metrics = {
      labels,
      relists: counter(
        registry,
        'pagemagic_informer_relists_total',
        'Full lists an informer made, by reason',
        ['resource', 'reason'],
      ),
      restarts: counter(
        registry,
        'pagemagic_informer_watch_failures_total',
        'Watches that failed or ended without delivering anything',
        ['resource'],
      ),
    };
    this.#metrics.restarts.inc(labels, 0);
    computedGauge(
      registry,
      'pagemagic_informer_last_event_age_seconds',
      'Seconds since the informer last received anything from the API server (list page, event or bookmark)',
      ['resource'],
      (metric) => metric.set(labels, this.lastEventAgeSeconds()),
    );
    computedGauge(
      registry,
      'pagemagic_informer_objects',
      'Objects in the informer cache',
      ['resource'],
      (metric) => metric.set(labels, this.#store.size),
    );
  }

  onAdd(handler: AddHandler<T>): () => void {
    this.#handlers.add.add(handler);
    return () => this.#handlers.add.delete(handler);
  }

  onUpdate(handler: UpdateHandler<T>): () => void {
    this.#handlers.update.add(handler);
    return () => this.#handlers.update.delete(handler);
  }

  onDelete(handler: DeleteHandler<T>): () => void {
    this.#handlers.delete.add(handler);
    return () => this.#handlers.delete.delete(handler);
  }

  /**
   * Files every cached object under the values `indexFunction` gives it, kept current with every change.
   * Add indexes before `start`.
   */
  addIndex(name: string, indexFunction: IndexFunction<T>): void {
    if (this.#indexers.has(name)) throw new Error(`informer ${this.name} already has an index '${name}'`);
    this.#indexers.set(name, indexFunction);
    const index = new Map<string, Set<string>>();
    this.#indices.set(name, index);
    for (const [key, object] of this.#store) this.#fileUnder(index, indexFunction(object), key);
  }

  hasIndex(name: string): boolean {
    return this.#indexers.has(name);
  }

  /** The cached objects filed under `value` in the index `name`. */
  byIndex(name: string, value: string): T[] {
    const index = this.#indices.get(name);
    if (!index) throw new Error(`informer ${this.name} has no index '${name}'`);
    const objects: T[] = [];
    for (const key of index.get(value) ?? []) {
      const object = this.#store.get(key);
      if (object !== undefined) objects.push(object);
    }
    return objects;
  }

  /** A cached object by `namespace/name` (or `name` for cluster-scoped kinds). */
  get(key: string): T | undefined {
    return this.#store.get(key);
  }

  list(): T[] {
    return [...this.#store.values()];
  }

  keys(): string[] {
    return [...this.#store.keys()];
  }

  get size(): number {
    return this.#store.size;
  }

  /** The resourceVersion the next watch starts from. */
  get resourceVersion(): string | undefined {
    return this.#resourceVersion;
  }

  hasSynced(): boolean {
    return this.#synced;
  }

  /** Resolves after the first complete list has been cached and announced; rejects if stopped first. */
  waitForSync(signal?: AbortSignal): Promise<void> {
    if (this.#synced) return Promise.resolve();
    if (this.#stopped) return Promise.reject(new Error(`informer ${this.name} stopped before it synced`));
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      this.#syncWaiters.push(waiter);
      signal?.addEventListener(
        'abort',
        () => {
          this.#syncWaiters = this.#syncWaiters.filter((w) => w !== waiter);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  lastEventAgeSeconds(): number {
    return (performance.now() - this.#lastEventAt) / 1000;
  }

  stats(): InformerStats {
    return { ...this.#stats, relists: { ...this.#stats.relists } };
  }

  start(): void {
    if (this.#loop !== undefined || this.#stopped) return;
    this.#lastEventAt = performance.now();
    this.#loop = this.#run();
    const checkEvery = Math.max(50, Math.min(this.#maxEventAgeMs / 4, 10_000));
    this.#timers.push(setInterval(() => this.#checkStale(), checkEvery));
    const resync = this.#options.resyncIntervalMs;
    if (resync !== undefined && resync > 0) this.#timers.push(setInterval(() => this.#resync(), resync));
    for (const timer of this.#timers) timer.unref();
  }

  /** Drops the watch and lists everything again, announcing what changed. */
  relist(reason: RelistReason = 'requested'): void {
    this.#relistWanted ??= reason;
    this.#attempt?.abort();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    this.#attempt?.abort();
    for (const waiter of this.#syncWaiters.splice(0)) {
      waiter.reject(new Error(`informer ${this.name} stopped before it synced`));
    }
    await this.#loop;
  }

  #checkStale(): void {
    const now = performance.now();
    if (now - Math.max(this.#lastEventAt, this.#lastForcedAt) <= this.#maxEventAgeMs) return;
    this.#lastForcedAt = now;
    this.#logger.warn(
      {
        lastEventAgeSeconds: Number(this.lastEventAgeSeconds().toFixed(1)),
        maxEventAgeMs: this.#maxEventAgeMs,
      },
      'no event within the bound; relisting',
    );
    this.relist('stale');
  }

  #resync(): void {
    if (!this.#synced) return;
    for (const object of this.#store.values()) this.#emit('update', object, object);
  }

  async #run(): Promise<void> {
    let needList: RelistReason | undefined = 'initial';
    let failures = 0;
    const { initialMs = 800, maxMs = 30_000 } = this.#options.backoff ?? {};
    while (!this.#stopped) {
      const attempt = new AbortController();
      this.#attempt = attempt;
      if (this.#relistWanted !== undefined) {
        needList ??= this.#relistWanted;
        this.#relistWanted = undefined;
      }
      try {
        if (needList !== undefined) {
          await this.#listAndReplace(needList, attempt.signal);
          needList = undefined;
          failures = 0;
        }
        if (await this.#watch(attempt.signal)) {
          failures = 0;
          continue;
        }
        // A watch the server closed without sending even a bookmark: treat it as a failure, or a server
        // that closes at once would be hammered.
        if (attempt.signal.aborted) continue;
        failures += 1;
        this.#metrics.restarts.inc(this.#metrics.labels);
        this.#logger.warn({ failures }, 'watch ended without delivering an event');
      } catch (error) {
        if (this.#stopped || attempt.signal.aborted) continue;
        if (isGone(error)) {
          this.#logger.info({ error: (error as Error).message }, 'resourceVersion expired; relisting');
          needList = 'gone';
          continue;
        }
        failures += 1;
        this.#metrics.restarts.inc(this.#metrics.labels);
        this.#logger.warn({ err: error, failures }, needList ? 'list failed' : 'watch failed');
      }
      await sleepUnlessAborted(jitteredBackoff(failures, initialMs, maxMs), attempt.signal);
    }
  }

  async #listAndReplace(reason: RelistReason, signal: AbortSignal): Promise<void> {
    this.#stats.lists += 1;
    this.#stats.relists[reason] += 1;
    this.#metrics.relists.inc({ ...this.#metrics.labels, reason });
    const fresh = new Map<string, T>();
    let token: string | undefined;
    let resourceVersion: string | undefined;
    let pages = 0;
    do {
      const page = await this.#client.listPage<T>(this.resource, {
        namespace: this.#options.namespace,
        labelSelector: this.#options.labelSelector,
        fieldSelector: this.#options.fieldSelector,
        metadataOnly: this.#options.metadataOnly,
        limit: this.#options.pageSize ?? 500,
        continue: token,
        signal,
      });
      pages += 1;
      this.#stats.pages += 1;
      this.#touch();
      for (const item of page.items) {
        const object = this.#transform(item);
        fresh.set(objectKey(object), object);
      }
      token = page.metadata.continue || undefined;
      resourceVersion = page.metadata.resourceVersion;
    } while (token !== undefined);

    const previous = this.#store;
    this.#store = fresh;
    this.#rebuildIndices();
    this.#resourceVersion = resourceVersion;
    const diff = diffSnapshot(previous, fresh);
    for (const object of diff.added) this.#emit('add', object);
    for (const { previous: old, object } of diff.updated) this.#emit('update', old, object);
    for (const object of diff.deleted) this.#emit('delete', object);
    this.#logger.info(
      {
        reason,
        objects: fresh.size,
        pages,
        added: diff.added.length,
        updated: diff.updated.length,
        deleted: diff.deleted.length,
      },
      'listed',
    );
    if (!this.#synced) {
      this.#synced = true;
      for (const waiter of this.#syncWaiters.splice(0)) waiter.resolve();
    }
  }

  /** One watch, until the server ends it; true if it delivered at least one event. */
  async #watch(signal: AbortSignal): Promise<boolean> {
    this.#stats.watches += 1;
    const timeoutSeconds = this.#options.watchTimeoutSeconds ?? Math.floor(300 + Math.random() * 300);
    let delivered = false;
    const events = this.#client.watch<T>(this.resource, {
      namespace: this.#options.namespace,
      labelSelector: this.#options.labelSelector,
      fieldSelector: this.#options.fieldSelector,
      metadataOnly: this.#options.metadataOnly,
      resourceVersion: this.#resourceVersion,
      allowWatchBookmarks: true,
      timeoutSeconds,
      signal,
    });
    for await (const event of events) {
      delivered = true;
      this.#touch();
      if (event.type === 'ERROR') {
        const status = event.object as ApiStatus;
        throw apiError(status.code ?? 500, `watch ${this.name}`, status);
      }
      const object = event.type === 'BOOKMARK' ? event.object : this.#transform(event.object);
      const resourceVersion = object.metadata?.resourceVersion;
      if (resourceVersion) this.#resourceVersion = resourceVersion;
      if (event.type === 'ADDED' || event.type === 'MODIFIED') this.#upsert(object);
      else if (event.type === 'DELETED') this.#remove(object);
    }
    return delivered;
  }

  #upsert(object: T): void {
    const key = objectKey(object);
    const previous = this.#store.get(key);
    this.#store.set(key, object);
    this.#reindex(key, previous, object);
    if (previous === undefined) this.#emit('add', object);
    else this.#emit('update', previous, object);
  }

  #remove(object: T): void {
    const key = objectKey(object);
    const previous = this.#store.get(key);
    this.#store.delete(key);
    this.#reindex(key, previous, undefined);
    this.#emit('delete', previous ?? object);
  }

  #rebuildIndices(): void {
    for (const [name, indexFunction] of this.#indexers) {
      const index = new Map<string, Set<string>>();
      for (const [key, object] of this.#store) this.#fileUnder(index, indexFunction(object), key);
      this.#indices.set(name, index);
    }
  }

  #reindex(key: string, previous: T | undefined, next: T | undefined): void {
    for (const [name, indexFunction] of this.#indexers) {
      const index = this.#indices.get(name) as Map<string, Set<string>>;
      if (previous !== undefined) {
        for (const value of indexFunction(previous)) {
          const keys = index.get(value);
          keys?.delete(key);
          if (keys?.size === 0) index.delete(value);
        }
      }
      if (next !== undefined) this.#fileUnder(index, indexFunction(next), key);
    }
  }

  #fileUnder(index: Map<string, Set<string>>, values: readonly string[], key: string): void {
    for (const value of values) {
      let keys = index.get(value);
      if (!keys) {
        keys = new Set();
        index.set(value, keys);
      }
      keys.add(key);
    }
  }

  #touch(): void {
    this.#lastEventAt = performance.now();
  }

  #emit(type: 'add', object: T): void;
  #emit(type: 'update', previous: T, object: T): void;
  #emit(type: 'delete', object: T): void;
  #emit(type: 'add' | 'update' | 'delete', first: T, second?: T): void {
    const handlers: Set<(a: T, b: T) => void> = this.#handlers[type] as Set<(a: T, b: T) => void>;
    for (const handler of handlers) {
      try {
        handler(first, second ?? first);
      } catch (error) {
        // A failing handler must not stop the informer or starve the other handlers.
        this.#logger.error({ event: type, key: objectKey(first), err: error }, 'event handler failed');
      }
    }
  }
}
