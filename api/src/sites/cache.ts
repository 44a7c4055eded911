// The API's reads of Websites, Builds and Domains come from informer caches: one list and one watch per
// kind for the whole process (all namespaces; a read is always narrowed to the caller's workspace
// namespace, exactly as the API server did it), and every SSE stream is fed from the same watches in memory.
//
// The informers are the operator's own (@pagemagic/operator/runtime), not client-node's makeInformer:
// client-node's lists without paging and has stalled silently (DESIGN.md §9); ours pages, relists on 410
// and relists when a watch goes quiet for too long.
//
// Reads go through `CachedKubeClient`, a KubeClient whose get/list of the three kinds are answered from the
// caches and whose writes go to the API server, as controller-runtime's default client does. It keeps
// read-your-writes: every write (and every direct read) records the resourceVersion the API server
// answered with, and a cached read first waits, briefly, until the cache has seen that version; a cache
// still behind after that is bypassed for a direct read. resourceVersions are etcd revisions, compared as
// integers (Kubernetes documents them as comparable since 1.35, KEP-5504); anything else is never trusted
// as fresh.

import type { KubeConfig } from '@kubernetes/client-node';
import {
  API_VERSION,
  BUILDS,
  type Build,
  DOMAINS,
  type Domain,
  WEBSITES,
  type Website,
} from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import {
  apiError,
  Informer,
  KubeClient,
  type KubeClientOptions,
  type KubeList,
  type KubeObject,
  type ListOptions,
  type Logger,
  objectKey,
  type RequestOptions,
  type ResourceRef,
} from '@pagemagic/operator/runtime';
import type { Registry } from 'prom-client';

export type CachedKind = 'websites' | 'builds' | 'domains';
const BY_UID = 'uid';

const KINDS: Record<CachedKind, ResourceRef> = { websites: WEBSITES, builds: BUILDS, domains: DOMAINS };
const BY_NAMESPACE = 'namespace';

export type Change = 'added' | 'modified' | 'deleted';

/** One change as the cache saw it; `position` is the kind's resourceVersion once it was applied. */
export interface CacheEvent<T extends KubeObject = KubeObject> {
  kind: CachedKind;
  change: Change;
  object: T;
  position: string;
}

type Listener = (event: CacheEvent) => void;

export interface ResourceCacheOptions {
  /** Changes kept per kind for SSE resumes (Last-Event-ID); older resume points get a snapshot. */
  historySize?: number;
  /** How long a read waits for the cache to catch up with a write before reading the API server. */
  freshWaitMs?: number;
  /** How long a read waits for the first list before reading the API server. */
  syncWaitMs?: number;
  registry?: Registry;
  logger?: Logger;
}

const NUMERIC = /^\d{1,30}$/;

/** Whether resourceVersion `a` is at or past `b`; false when either is not an etcd revision. */
export function atOrPast(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || !NUMERIC.test(a) || !NUMERIC.test(b)) return false;
  return BigInt(a) >= BigInt(b);
}

/** `key=value` and `key==value` terms joined by commas; anything else is left to the API server. */
export function parseEqualitySelector(selector: string | undefined): Map<string, string> | undefined {
  const terms = new Map<string, string>();
  if (selector === undefined || selector === '') return terms;
  for (const term of selector.split(',')) {
    const match = /^\s*([A-Za-z0-9./_-]+)\s*==?\s*([A-Za-z0-9._-]*)\s*$/.exec(term);
    if (!match) return undefined;
    terms.set(match[1] as string, match[2] as string);
  }
  return terms;
}

function keyOf(kind: CachedKind, object: KubeObject): string | undefined {
  const namespace = object.metadata?.namespace ?? '';
  if (kind === 'builds') {
    const site = (object as Build).metadata?.labels?.[LABEL_WEBSITE];
    return site === undefined ? undefined : `${namespace}/${site}`;
  }
  return `${namespace}/${object.metadata?.name ?? ''}`;
}

class KindCache {
  readonly informer: Informer<KubeObject>;
  readonly #history: CacheEvent[] = [];
  readonly #historySize: number;
  /** Resume points at or past this are covered by the history. */
  #historyFrom: string | undefined;
  /** The newest resourceVersion this process has seen the API server answer with, for this kind. */
  written: string | undefined;
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #waiters = new Set<() => void>();

  readonly kind: CachedKind;

  constructor(kind: CachedKind, client: KubeClient, options: ResourceCacheOptions) {
    this.kind = kind;
    this.#historySize = options.historySize ?? 4096;
    this.informer = new Informer<KubeObject>({
      client,
      resource: KINDS[kind],
      name: `api-${kind}`,
      // managedFields stay: reads answer what the API server would. Frozen, so a list can hand out the
      // cached objects themselves (no copy per request) and a caller that would change one fails loudly.
      transform: (object) => deepFreeze(withKind(KINDS[kind], object)),
      registry: options.registry,
      logger: options.logger,
    });
    this.informer.addIndex(BY_NAMESPACE, (object) => [object.metadata?.namespace ?? '']);
    this.informer.addIndex(BY_UID, (object) => (object.metadata?.uid ? [object.metadata.uid] : []));
    this.informer.onAdd((object) => this.#record('added', object));
    this.informer.onUpdate((_previous, object) => this.#record('modified', object));
    this.informer.onDelete((object) => this.#record('deleted', object));
  }

  #record(change: Change, object: KubeObject): void {
    // The first list announces everything as added; that is the snapshot, not history.
    if (this.informer.hasSynced()) {
      const event: CacheEvent = {
        kind: this.kind,
        change,
        object,
        position: this.informer.resourceVersion ?? '',
      };
      this.#history.push(event);
      if (this.#history.length > this.#historySize) {
        const dropped = this.#history.shift() as CacheEvent;
        this.#historyFrom = dropped.position;
      }
      const key = keyOf(this.kind, object);
      if (key !== undefined) {
        for (const listener of this.#listeners.get(key) ?? []) listener(event);
      }
    }
    for (const wake of this.#waiters) wake();
  }

  synced(): void {
    this.#historyFrom = this.informer.resourceVersion;
    for (const wake of this.#waiters) wake();
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.#listeners.get(key);
    if (!set) {
      set = new Set();
      this.#listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(key) === set) this.#listeners.delete(key);
    };
  }

  /** The changes to `key` after `from`, or undefined when the history does not reach back that far. */
  since(key: string, from: string): CacheEvent[] | undefined {
    if (!atOrPast(from, this.#historyFrom)) return undefined;
    return this.#history.filter(
      (event) => !atOrPast(from, event.position) && keyOf(this.kind, event.object) === key,
    );
  }

  /** Whether the cache has synced and seen every version this process knows of. */
  fresh(): boolean {
    if (!this.informer.hasSynced()) return false;
    return this.written === undefined || atOrPast(this.informer.resourceVersion, this.written);
  }

  /** Resolves true once fresh, or false after `timeoutMs`. */
  async waitFresh(timeoutMs: number): Promise<boolean> {
    if (this.fresh()) return true;
    return new Promise<boolean>((resolve) => {
      const done = (result: boolean) => {
        clearTimeout(timer);
        clearInterval(poll);
        this.#waiters.delete(check);
        resolve(result);
      };
      const check = () => {
        if (this.fresh()) done(true);
      };
      // Events wake waiters; the poll covers a relist that changed nothing (no events, a newer version).
      const poll = setInterval(check, 25);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#waiters.add(check);
    });
  }

  saw(resourceVersion: string | undefined): void {
    if (resourceVersion === undefined || !NUMERIC.test(resourceVersion)) return;
    if (!atOrPast(this.written, resourceVersion)) this.written = resourceVersion;
  }
}

/** The three informers, their history for SSE resumes, and per-site fan-out of their changes. */
export class ResourceCache {
  readonly #kinds: Record<CachedKind, KindCache>;
  readonly #options: ResourceCacheOptions;
  #started = false;

  constructor(client: KubeClient, options: ResourceCacheOptions = {}) {
    this.#options = options;
    this.#kinds = {
      websites: new KindCache('websites', client, options),
      builds: new KindCache('builds', client, options),
      domains: new KindCache('domains', client, options),
    };
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    for (const kind of Object.values(this.#kinds)) {
      kind.informer.start();
      kind.informer.waitForSync().then(
        () => kind.synced(),
        () => undefined,
      );
    }
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.#kinds).map((kind) => kind.informer.stop()));
  }

  /** Every informer has listed once. */
  synced(): boolean {
    return Object.values(this.#kinds).every((kind) => kind.informer.hasSynced());
  }

  /** The kinds that have not listed yet. */
  unsynced(): CachedKind[] {
    return Object.values(this.#kinds)
      .filter((kind) => !kind.informer.hasSynced())
      .map((kind) => kind.kind);
  }

  kindOf(ref: ResourceRef | string): KindCache | undefined {
    const plural = typeof ref === 'string' ? ref.split('/')[0] : ref.plural;
    if (typeof ref !== 'string' && ref.apiVersion !== API_VERSION) return undefined;
    return plural === 'websites' || plural === 'builds' || plural === 'domains'
      ? this.#kinds[plural]
      : undefined;
  }

  /** The cache of `kind` once it is fresh enough to answer (bounded waits), else undefined. */
  async ready(kind: KindCache): Promise<KindCache | undefined> {
    if (kind.fresh()) return kind;
    if (!kind.informer.hasSynced()) {
      const synced = await Promise.race([
        kind.informer.waitForSync().then(
          () => true,
          () => false,
        ),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), this.#options.syncWaitMs ?? 10_000)),
      ]);
      if (!synced) return undefined;
    }
    return (await kind.waitFresh(this.#options.freshWaitMs ?? 1_000)) ? kind : undefined;
  }

  /** The kind's current resourceVersion: where a snapshot taken now stands. */
  position(kind: CachedKind): string {
    return this.#kinds[kind].informer.resourceVersion ?? '';
  }

  /** The Website with this uid, in any namespace (a contact form names its site by uid). */
  websiteByUid(uid: string): Website | undefined {
    return this.#kinds.websites.informer.byIndex(BY_UID, uid)[0] as Website | undefined;
  }

  website(namespace: string, name: string): Website | undefined {
    return this.#kinds.websites.informer.get(`${namespace}/${name}`) as Website | undefined;
  }

  buildsOf(namespace: string, site: string): Build[] {
    return (this.#kinds.builds.informer.byIndex(BY_NAMESPACE, namespace) as Build[]).filter(
      (build) => build.metadata?.labels?.[LABEL_WEBSITE] === site,
    );
  }

  domains(namespace: string): Domain[] {
    return this.#kinds.domains.informer.byIndex(BY_NAMESPACE, namespace) as Domain[];
  }

  inNamespace(kind: KindCache, namespace: string): KubeObject[] {
    return kind.informer.byIndex(BY_NAMESPACE, namespace);
  }

  /** Live changes of one site (kind websites) or of its Builds (kind builds), in order. */
  subscribe(kind: 'websites' | 'builds', namespace: string, site: string, listener: Listener): () => void {
    return this.#kinds[kind].subscribe(`${namespace}/${site}`, listener);
  }

  /** What happened to one site (or its Builds) after `from`; undefined when that is too far back. */
  since(
    kind: 'websites' | 'builds',
    namespace: string,
    site: string,
    from: string,
  ): CacheEvent[] | undefined {
    return this.#kinds[kind].since(`${namespace}/${site}`, from);
  }
}

const CONTINUE_VERSION = 'pm1';

function encodeContinue(namespace: string | undefined, after: string): string {
  return Buffer.from(JSON.stringify({ v: CONTINUE_VERSION, ns: namespace ?? '', after })).toString(
    'base64url',
  );
}

function decodeContinue(token: string, namespace: string | undefined): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (
      parsed.v === CONTINUE_VERSION &&
      parsed.ns === (namespace ?? '') &&
      typeof parsed.after === 'string'
    ) {
      return parsed.after;
    }
  } catch {
    // Falls through to the refusal.
  }
  throw apiError(400, 'list', {
    kind: 'Status',
    code: 400,
    reason: 'BadRequest',
    message: 'invalid continue token',
  });
}

const DELETE_PATH = /\/namespaces\/([^/]+)\/([^/]+)\/([^/]+)$/;

/**
 * A KubeClient whose reads of Websites, Builds and Domains come from the ResourceCache, and whose writes go
 * to the API server and are remembered so the next read waits for the cache to have seen them.
 */
export class CachedKubeClient extends KubeClient {
  readonly cache: ResourceCache;
  /** The plain client underneath (the informers' own). */
  readonly direct: KubeClient;
  /** Objects deleted by this process whose deletion the cache has not seen yet (namespace/name by kind). */
  readonly #deleted = new Map<KindCache, Set<string>>();

  constructor(config: KubeConfig, options: KubeClientOptions & { cache?: ResourceCacheOptions }) {
    super(config, options);
    this.direct = new KubeClient(config, options);
    this.cache = new ResourceCache(this.direct, { registry: this.registry, ...options.cache });
  }

  override async request<T>(options: RequestOptions): Promise<T> {
    const result = await super.request<T>(options);
    const kind = this.cache.kindOf(options.resource);
    // A list's version is the whole store's, which the cache reaches only with the next event of this kind:
    // only single objects (written or read) say what the cache must have seen.
    if (kind !== undefined && options.verb !== 'watch' && options.verb !== 'list') {
      const body = result as KubeObject & { kind?: string; metadata?: { resourceVersion?: string } };
      if (options.method === 'DELETE' && body?.kind === 'Status') {
        // Deleted at once, answered with a Status: no version to wait for, so the name is hidden until
        // the cache sees the deletion.
        const match = DELETE_PATH.exec(options.path);
        if (match)
          this.#tombstone(
            kind,
            `${decodeURIComponent(match[1] as string)}/${decodeURIComponent(match[3] as string)}`,
          );
      } else {
        kind.saw(body?.metadata?.resourceVersion);
      }
    }
    return result;
  }

  #tombstone(kind: KindCache, key: string): void {
    let set = this.#deleted.get(kind);
    if (!set) {
      set = new Set();
      this.#deleted.set(kind, set);
    }
    set.add(key);
  }

  #hidden(kind: KindCache, key: string): boolean {
    const set = this.#deleted.get(kind);
    if (!set?.has(key)) return false;
    if (kind.informer.get(key) === undefined) {
      set.delete(key);
      return false;
    }
    return true;
  }

  override async get<T extends KubeObject>(
    ref: ResourceRef,
    namespace: string | undefined,
    name: string,
    signal?: AbortSignal,
    notOlderThan?: string,
  ): Promise<T> {
    const kind = this.cache.kindOf(ref);
    if (kind === undefined || namespace === undefined) {
      return super.get<T>(ref, namespace, name, signal, notOlderThan);
    }
    const ready = await this.cache.ready(kind);
    const key = `${namespace}/${name}`;
    let object: KubeObject | undefined;
    if (ready) {
      object = this.#hidden(ready, key) ? undefined : ready.informer.get(key);
    } else {
      // The cache is behind: one object from the API server, by a list narrowed to its name (so the API
      // needs no `get` on these kinds at all).
      const list = await super.listPage<T>(ref, {
        namespace,
        fieldSelector: `metadata.name=${name}`,
        signal,
      });
      object = list.items[0];
      kind.saw(object?.metadata?.resourceVersion);
    }
    if (object === undefined) {
      throw apiError(404, `get ${ref.plural}/${name}`, {
        kind: 'Status',
        code: 404,
        reason: 'NotFound',
        message: `${ref.plural} "${name}" not found`,
      });
    }
    return withKind(ref, structuredClone(object) as T);
  }

  override async listPage<T extends KubeObject>(
    ref: ResourceRef,
    options: ListOptions = {},
  ): Promise<KubeList<T>> {
    const kind = this.cache.kindOf(ref);
    const labels = parseEqualitySelector(options.labelSelector);
    const cacheable =
      kind !== undefined &&
      options.namespace !== undefined &&
      labels !== undefined &&
      !options.fieldSelector &&
      options.resourceVersion === undefined &&
      !options.metadataOnly;
    const ready = cacheable ? await this.cache.ready(kind) : undefined;
    if (!ready || !labels || options.namespace === undefined) return super.listPage<T>(ref, options);
    const namespace = options.namespace;
    const after = options.continue ? decodeContinue(options.continue, namespace) : undefined;
    const matching = this.cache
      .inNamespace(ready, namespace)
      .filter((object) => !this.#hidden(ready, objectKey(object)))
      .filter((object) => {
        for (const [key, value] of labels) {
          if (object.metadata?.labels?.[key] !== value) return false;
        }
        return true;
      })
      .filter((object) => after === undefined || (object.metadata?.name ?? '') > after)
      .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
    const limit = options.limit && options.limit > 0 ? options.limit : matching.length;
    const page = matching.slice(0, limit);
    const more = matching.length > page.length;
    const last = page.at(-1)?.metadata?.name ?? '';
    return {
      metadata: {
        resourceVersion: ready.informer.resourceVersion,
        ...(more
          ? { continue: encodeContinue(namespace, last), remainingItemCount: matching.length - page.length }
          : {}),
      },
      items: page as T[],
    };
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function withKind<T extends KubeObject>(ref: ResourceRef, object: T): T {
  object.apiVersion ??= ref.apiVersion;
  if (ref.kind) object.kind ??= ref.kind;
  return object;
}
