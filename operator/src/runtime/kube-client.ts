// The operator's one door to the API server. Every request goes through `request`, which counts it in
// pagemagic_kube_requests_total{verb,resource}: a test can then prove that a no-op resync writes nothing.
// Refused ones are also counted by status code, so a 403 (a missing RBAC rule) shows even where the caller
// swallows the error, as Event recording does.
// It speaks plain JSON over client-node's own HTTP layer (so auth, TLS and proxies follow the kubeconfig)
// and adds what the generated clients lack: paged lists, streamed watches, server-side apply, /status.

import {
  ApiException,
  IsomorphicFetchHttpLibrary,
  type KubeConfig,
  PatchStrategy,
  RequestContext,
} from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import type { ApiStatus } from './errors.ts';
import { counter, histogram } from './metrics.ts';

/** Where a kind lives: `{ apiVersion: 'v1', plural: 'configmaps' }`. */
export interface ResourceRef {
  apiVersion: string;
  plural: string;
  /** Defaults to true. */
  namespaced?: boolean;
  /** Filled into listed items, which the API server sends without kind. */
  kind?: string;
}

export const resources = {
  configMaps: { apiVersion: 'v1', plural: 'configmaps', kind: 'ConfigMap' },
  secrets: { apiVersion: 'v1', plural: 'secrets', kind: 'Secret' },
  services: { apiVersion: 'v1', plural: 'services', kind: 'Service' },
  events: { apiVersion: 'v1', plural: 'events', kind: 'Event' },
  namespaces: { apiVersion: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false },
  deployments: { apiVersion: 'apps/v1', plural: 'deployments', kind: 'Deployment' },
  jobs: { apiVersion: 'batch/v1', plural: 'jobs', kind: 'Job' },
  ingresses: { apiVersion: 'networking.k8s.io/v1', plural: 'ingresses', kind: 'Ingress' },
  leases: { apiVersion: 'coordination.k8s.io/v1', plural: 'leases', kind: 'Lease' },
} as const satisfies Record<string, ResourceRef>;

/** The metadata fields the runtime reads; timestamps are left out because they arrive as strings. */
export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  managedFields?: unknown[];
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

export interface KubeList<T> {
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  items: T[];
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
export interface WatchEvent<T> {
  type: WatchEventType;
  object: T;
}

export const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'apply', 'delete'] as const;
export type Verb = (typeof VERBS)[number];
/** The verbs that change state; `apply` is server-side apply (a PATCH the API server audits as `patch`). */
export const WRITE_VERBS: readonly Verb[] = ['create', 'update', 'patch', 'apply', 'delete'];

type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  verb: Verb;
  /** The metric label: the plural, with `/status` for the subresource. */
  resource: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  contentType?: string;
  /** Defaults to application/json. */
  accept?: string;
  signal?: AbortSignal;
  /** Defaults to the client's request timeout; 0 means none (watches). */
  timeoutMs?: number;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
  resourceVersion?: string;
  /** Only metadata (PartialObjectMetadata): what a cache needs when the bodies are large and rarely read. */
  metadataOnly?: boolean;
  signal?: AbortSignal;
}

export interface WatchOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  resourceVersion?: string;
  timeoutSeconds?: number;
  allowWatchBookmarks?: boolean;
  metadataOnly?: boolean;
  signal?: AbortSignal;
}

// The server converts each object to its metadata before it sends it; JSON stays the fallback.
const METADATA_LIST = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json';
const METADATA_ONLY = 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1,application/json';

export interface WriteOptions {
  signal?: AbortSignal;
  fieldManager?: string;
}

export interface KubeClientOptions {
  /**
   * Who this process is to server-side apply and managedFields: each process names itself
   * (`pagemagic-operator`, `pagemagic-api`), so one never takes over the fields of another.
   */
  fieldManager: string;
  registry?: Registry;
  requestTimeoutMs?: number;
  /** How long one set of credentials (headers, TLS connection pool) is reused before it is read again. */
  authTtlMs?: number;
}

/** An API server refusal, with the Status message as its message instead of ApiException's dump. */
export class KubeApiError extends ApiException<ApiStatus | string | undefined> {
  constructor(
    code: number,
    summary: string,
    body: ApiStatus | string | undefined,
    headers: Record<string, string>,
  ) {
    super(code, summary, body, headers);
    this.name = 'KubeApiError';
    this.message = summary;
  }
}

/** The URL path of a collection, an object or its subresource. */
export function resourcePath(
  ref: ResourceRef,
  target: { namespace?: string; name?: string; subresource?: string } = {},
): string {
  const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
  const namespaced = ref.namespaced !== false;
  let path = base;
  if (namespaced && target.namespace !== undefined)
    path += `/namespaces/${encodeURIComponent(target.namespace)}`;
  path += `/${ref.plural}`;
  if (target.name !== undefined) path += `/${encodeURIComponent(target.name)}`;
  if (target.subresource !== undefined) path += `/${target.subresource}`;
  return path;
}

function identify(ref: ResourceRef, object: KubeObject): { name: string; namespace?: string } {
  const name = object.metadata?.name;
  if (!name) throw new Error(`a ${ref.plural} object needs metadata.name`);
  const namespace = object.metadata?.namespace;
  if (ref.namespaced !== false && !namespace)
    throw new Error(`${ref.plural}/${name} needs metadata.namespace`);
  return { name, namespace };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The error a failed response (or a watch ERROR event) stands for. */
export function apiError(
  code: number,
  what: string,
  body: unknown,
  headers: Record<string, string> = {},
): KubeApiError {
  const status = typeof body === 'object' && body !== null ? (body as ApiStatus) : undefined;
  const detail =
    status?.message ?? (typeof body === 'string' && body !== '' ? body.slice(0, 500) : undefined);
  const summary = `${what}: ${code}${status?.reason ? ` ${status.reason}` : ''}${detail ? `: ${detail}` : ''}`;
  return new KubeApiError(code, summary, status ?? (typeof body === 'string' ? body : undefined), headers);
}

type Dispatcher = ReturnType<RequestContext['getDispatcher']>;
interface Credentials {
  headers: Record<string, string>;
  dispatcher: Dispatcher;
  expiresAt: number;
}

export class KubeClient {
  readonly config: KubeConfig;
  readonly fieldManager: string;
  readonly registry: Registry;
  readonly #server: string;
  readonly #http = new IsomorphicFetchHttpLibrary();
  readonly #requests;
  readonly #failures;
  readonly #latency;
  readonly #timeoutMs: number;
  readonly #authTtlMs: number;
  #credentials: Promise<Credentials> | undefined;

  constructor(config: KubeConfig, options: KubeClientOptions) {
    const cluster = config.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    this.config = config;
    this.#server = cluster.server.replace(/\/+$/, '');
    this.fieldManager = options.fieldManager;
    this.registry = options.registry ?? new Registry();
    this.#timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#authTtlMs = options.authTtlMs ?? 60_000;
    this.#requests = counter(
      this.registry,
      'pagemagic_kube_requests_total',
      'Kubernetes API requests by verb.',
      ['verb', 'resource'],
    );
    // A counter of its own rather than a `code` label on the one above: that one's series stay one per
    // (verb, resource), which is what the no-op-resync checks read.
    this.#failures = counter(
      this.registry,
      'pagemagic_kube_request_failures_total',
      'Kubernetes API requests the API server answered with a non-2xx status, by verb and status code.',
      ['verb', 'resource', 'code'],
    );
    this.#latency = histogram(
      this.registry,
      'pagemagic_kube_request_duration_seconds',
      'Time to the response headers of Kubernetes API requests (watches excluded), by verb.',
      ['verb', 'resource'],
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    );
  }

  /**
   * client-node builds a fresh connection pool for every request it authenticates, which costs a TLS
   * handshake per call; at hundreds of requests a second that matters, so one pool is reused for a while.
   */
  #authenticate(): Promise<Credentials> {
    const cached = this.#credentials;
    if (cached !== undefined) {
      return cached.then((credentials) =>
        credentials.expiresAt > Date.now() ? credentials : this.#refresh(),
      );
    }
    return this.#refresh();
  }

  #refresh(): Promise<Credentials> {
    const pending = (async () => {
      const context = new RequestContext(this.#server, 'GET');
      await this.config.applySecurityAuthentication(context);
      return {
        headers: context.getHeaders(),
        dispatcher: context.getDispatcher(),
        expiresAt: Date.now() + this.#authTtlMs,
      };
    })();
    this.#credentials = pending;
    // A failed read of credentials must not be cached.
    pending.catch(() => {
      if (this.#credentials === pending) this.#credentials = undefined;
    });
    return pending;
  }

  async #send(options: RequestOptions) {
    this.#requests.inc({ verb: options.verb, resource: options.resource });
    const url = new URL(this.#server + options.path);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const credentials = await this.#authenticate();
    const context = new RequestContext(url.toString(), options.method);
    for (const [name, value] of Object.entries(credentials.headers)) context.setHeaderParam(name, value);
    context.setHeaderParam('Accept', options.accept ?? 'application/json');
    if (credentials.dispatcher !== undefined) context.setDispatcher(credentials.dispatcher);
    if (options.body !== undefined) {
      context.setHeaderParam('Content-Type', options.contentType ?? 'application/json');
      context.setBody(JSON.stringify(options.body));
    }
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const signals = [
      ...(options.signal ? [options.signal] : []),
      ...(timeoutMs > 0 ? [AbortSignal.timeout(Math.ceil(timeoutMs))] : []),
    ];
    if (signals.length > 0) context.setSignal(AbortSignal.any(signals));
    const started = performance.now();
    const response = await this.#http.send(context).toPromise();
    if (options.verb !== 'watch') {
      this.#latency.observe(
        { verb: options.verb, resource: options.resource },
        (performance.now() - started) / 1000,
      );
    }
    if (response.httpStatusCode >= 200 && response.httpStatusCode < 300) return response;
    this.#failures.inc({ verb: options.verb, resource: options.resource, code: response.httpStatusCode });
    const body = parseBody(await response.body.text());
    throw apiError(response.httpStatusCode, `${options.verb} ${options.path}`, body, response.headers);
  }

  /** One request; the parsed JSON body, or a KubeApiError for any non-2xx answer. */
  async request<T>(options: RequestOptions): Promise<T> {
    const response = await this.#send(options);
    return parseBody(await response.body.text()) as T;
  }

  /**
   * One object. With `notOlderThan` (a resourceVersion the caller has seen) the API server may answer from
   * its watch cache instead of a quorum read of etcd: as fresh as needed, and much cheaper under load.
   */
  get<T extends KubeObject>(
    ref: ResourceRef,
    namespace: string | undefined,
    name: string,
    signal?: AbortSignal,
    notOlderThan?: string,
  ) {
    return this.request<T>({
      verb: 'get',
      resource: ref.plural,
      method: 'GET',
      path: resourcePath(ref, { namespace, name }),
      query: { resourceVersion: notOlderThan },
      signal,
    });
  }

  /** One page of a list; pass `limit` and the previous page's `continue` to walk them all. */
  async listPage<T extends KubeObject>(ref: ResourceRef, options: ListOptions = {}): Promise<KubeList<T>> {
    const list = await this.request<KubeList<T> & { kind?: string }>({
      verb: 'list',
      resource: ref.plural,
      method: 'GET',
      path: resourcePath(ref, { namespace: options.namespace }),
      query: {
        labelSelector: options.labelSelector,
        fieldSelector: options.fieldSelector,
        limit: options.limit,
        continue: options.continue,
        resourceVersion: options.resourceVersion,
      },
      ...(options.metadataOnly ? { accept: METADATA_LIST } : {}),
      signal: options.signal,
    });
    const kind = ref.kind ?? list.kind?.replace(/List$/, '');
    const items = list.items ?? [];
    for (const item of items) {
      item.apiVersion ??= ref.apiVersion;
      if (kind) item.kind ??= kind;
    }
    return { metadata: list.metadata ?? {}, items };
  }

  /** Every page of a list, `limit` objects at a time. */
  async list<T extends KubeObject>(
    ref: ResourceRef,
    options: Omit<ListOptions, 'continue'> = {},
  ): Promise<{ items: T[]; resourceVersion: string | undefined; pages: number }> {
    const items: T[] = [];
    let pages = 0;
    let token: string | undefined;
    let resourceVersion: string | undefined;
    do {
      const page = await this.listPage<T>(ref, { ...options, continue: token });
      pages += 1;
      items.push(...page.items);
      resourceVersion = page.metadata.resourceVersion;
      token = page.metadata.continue || undefined;
    } while (token);
    return { items, resourceVersion, pages };
  }

  /**
   * A watch as a stream of events. It ends when the server closes the watch, and throws on a network error,
   * a refused request, or a line that is not JSON (it never skips what it cannot read). An ERROR event is
   * yielded as is; the caller decides (a 410 in it means "relist").
   */
  async *watch<T extends KubeObject>(
    ref: ResourceRef,
    options: WatchOptions = {},
  ): AsyncGenerator<WatchEvent<T>> {
    const response = await this.#send({
      verb: 'watch',
      resource: ref.plural,
      method: 'GET',
      path: resourcePath(ref, { namespace: options.namespace }),
      query: {
        watch: true,
        allowWatchBookmarks: options.allowWatchBookmarks ?? true,
        resourceVersion: options.resourceVersion,
        labelSelector: options.labelSelector,
        fieldSelector: options.fieldSelector,
        timeoutSeconds: options.timeoutSeconds,
      },
      ...(options.metadataOnly ? { accept: METADATA_ONLY } : {}),
      signal: options.signal,
      timeoutMs: 0,
    });
    const stream = response.body.stream();
    if (stream === null) return;
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line !== '') yield JSON.parse(line) as WatchEvent<T>;
        newline = buffered.indexOf('\n');
      }
    }
    const rest = (buffered + decoder.decode()).trim();
    if (rest !== '') yield JSON.parse(rest) as WatchEvent<T>;
  }

  create<T extends KubeObject>(ref: ResourceRef, object: T, options: WriteOptions = {}): Promise<T> {
    const namespace = object.metadata?.namespace;
    if (ref.namespaced !== false && !namespace)
      throw new Error(`a new ${ref.plural} object needs metadata.namespace`);
    return this.request<T>({
      verb: 'create',
      resource: ref.plural,
      method: 'POST',
      path: resourcePath(ref, { namespace }),
      query: { fieldManager: options.fieldManager ?? this.fieldManager },
      body: object,
      signal: options.signal,
    });
  }

  /** PUT: fails with 409 unless metadata.resourceVersion is still current (optimistic concurrency). */
  replace<T extends KubeObject>(
    ref: ResourceRef,
    object: T,
    options: WriteOptions & { timeoutMs?: number } = {},
  ): Promise<T> {
    const { name, namespace } = identify(ref, object);
    return this.request<T>({
      verb: 'update',
      resource: ref.plural,
      method: 'PUT',
      path: resourcePath(ref, { namespace, name }),
      query: { fieldManager: options.fieldManager ?? this.fieldManager },
      body: object,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
  }

  /**
   * Server-side apply with force: `object` is the whole of what this operator wants to own (fields left out
   * are released). Applying an unchanged object is a no-op on the server: resourceVersion stays the same.
   */
  apply<T extends KubeObject>(ref: ResourceRef, object: T, options: WriteOptions = {}): Promise<T> {
    return this.#apply(ref, object, undefined, options);
  }

  /** Server-side apply on the /status subresource: `object` carries apiVersion, kind, metadata and status. */
  applyStatus<T extends KubeObject>(ref: ResourceRef, object: T, options: WriteOptions = {}): Promise<T> {
    return this.#apply(ref, object, 'status', options);
  }

  #apply<T extends KubeObject>(
    ref: ResourceRef,
    object: T,
    subresource: 'status' | undefined,
    options: WriteOptions,
  ): Promise<T> {
    const { name, namespace } = identify(ref, object);
    if (!object.apiVersion || !object.kind)
      throw new Error(`apply of ${ref.plural}/${name} needs apiVersion and kind`);
    return this.request<T>({
      verb: 'apply',
      resource: subresource ? `${ref.plural}/${subresource}` : ref.plural,
      method: 'PATCH',
      path: resourcePath(ref, { namespace, name, subresource }),
      query: { fieldManager: options.fieldManager ?? this.fieldManager, force: true },
      // JSON is YAML, so the apply content type takes it as is.
      contentType: PatchStrategy.ServerSideApply,
      body: object,
      signal: options.signal,
    });
  }

  /** A JSON merge patch; `subresource: 'status'` writes status only. */
  mergePatch<T extends KubeObject>(
    ref: ResourceRef,
    target: { namespace?: string; name: string; subresource?: 'status' },
    patch: unknown,
    options: WriteOptions = {},
  ): Promise<T> {
    return this.request<T>({
      verb: 'patch',
      resource: target.subresource ? `${ref.plural}/${target.subresource}` : ref.plural,
      method: 'PATCH',
      path: resourcePath(ref, target),
      query: { fieldManager: options.fieldManager ?? this.fieldManager },
      contentType: PatchStrategy.MergePatch,
      body: patch,
      signal: options.signal,
    });
  }

  /** Merge-patches `status` through the /status subresource, leaving spec and metadata alone. */
  patchStatus<T extends KubeObject>(
    ref: ResourceRef,
    target: { namespace?: string; name: string },
    status: unknown,
    options: WriteOptions = {},
  ): Promise<T> {
    return this.mergePatch<T>(ref, { ...target, subresource: 'status' }, { status }, options);
  }

  delete(
    ref: ResourceRef,
    target: { namespace?: string; name: string },
    options: {
      propagationPolicy?: 'Foreground' | 'Background' | 'Orphan';
      preconditions?: { uid?: string; resourceVersion?: string };
      signal?: AbortSignal;
    } = {},
  ): Promise<unknown> {
    const body =
      options.propagationPolicy || options.preconditions
        ? {
            apiVersion: 'v1',
            kind: 'DeleteOptions',
            propagationPolicy: options.propagationPolicy,
            preconditions: options.preconditions,
          }
        : undefined;
    return this.request({
      verb: 'delete',
      resource: ref.plural,
      method: 'DELETE',
      path: resourcePath(ref, target),
      body,
      signal: options.signal,
    });
  }
}
