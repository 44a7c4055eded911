// Per-site traffic of `serve-sites`, for metering (`pagemagic-api meter` rolls these counters up into
// usage_hourly) and dashboards. The cardinality is bounded by design: a site has at most four request series
// (one per status class) and one byte series, and nothing is labelled by path, client or host spelling, so
// 10,000 sites are at most 50,000 series however they are visited. Requests for hosts that are no site make
// no series at all: anyone can send any Host header.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, type Registry } from 'prom-client';
import type { Informer, NamespaceScope } from '../runtime/index.ts';
import type { RoutedWebsite, SiteRoute } from './routes.ts';

export const SITE_REQUESTS = 'pagemagic_site_requests_total';
export const SITE_RESPONSE_BYTES = 'pagemagic_site_response_bytes_total';

export const CODE_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const;
export type CodeClass = (typeof CODE_CLASSES)[number];

/** The status class a response is counted under; a 1xx final status (never sent here) counts as 2xx. */
export function codeClass(status: number): CodeClass {
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  if (status >= 300) return '3xx';
  return '2xx';
}

/** Statuses that never carry a body, whatever a handler writes (RFC 9110 §6.4.1). */
function bodiless(method: string | undefined, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}

export interface SiteTrafficOptions {
  registry: Registry;
  /** The route table's Websites: a site whose Website is gone has its series dropped. */
  websites: Informer<RoutedWebsite>;
  /** With a namespace selector: a site whose namespace stops matching is gone too. */
  scope?: NamespaceScope;
  /**
   * How long a site's series are kept after its Website left the route table, so that Prometheus scrapes
   * the increments of its last requests before they go. Several scrape intervals; 10 minutes by default.
   */
  keepGoneMs?: number;
  now?: () => number;
}

const KEEP_GONE_MS = 10 * 60_000;

/**
 * The request and byte counters of every routed site. Series are dropped a while after their Website left
 * the route table (deleted, or its namespace no longer selected), checked whenever /metrics is read, so a
 * deleted site leaves no series behind and its final requests are still scraped.
 */
export class SiteTraffic {
  readonly #requests: Counter<'namespace' | 'website' | 'code_class'>;
  readonly #bytes: Counter<'namespace' | 'website'>;
  readonly #websites: Informer<RoutedWebsite>;
  readonly #scope: NamespaceScope | undefined;
  readonly #keepGoneMs: number;
  readonly #now: () => number;
  /** `namespace/website` of every site with series → since when its Website has been gone (0: it is not). */
  readonly #sites = new Map<string, number>();

  constructor(options: SiteTrafficOptions) {
    this.#websites = options.websites;
    this.#scope = options.scope;
    this.#keepGoneMs = options.keepGoneMs ?? KEEP_GONE_MS;
    this.#now = options.now ?? Date.now;
    const prune = () => this.#prune();
    this.#requests = new Counter({
      name: SITE_REQUESTS,
      help: 'Requests answered for a routed site, by status class (2xx, 3xx, 4xx, 5xx)',
      labelNames: ['namespace', 'website', 'code_class'],
      registers: [options.registry],
      collect: prune,
    });
    this.#bytes = new Counter({
      name: SITE_RESPONSE_BYTES,
      help: 'Bytes of response bodies sent for a routed site (headers not included; HEAD sends none)',
      labelNames: ['namespace', 'website'],
      registers: [options.registry],
    });
  }

  /**
   * Counts `response` once it has ended, if `route` is a site: the request under its status class, and the
   * body bytes it wrote. A response the client abandoned counts as a request with no bytes, since how much
   * of its body reached the client is unknown.
   */
  watch(request: IncomingMessage, response: ServerResponse, route: SiteRoute): void {
    if (route.kind !== 'site') return;
    const { namespace, website } = route;
    let bodyBytes = 0;
    const count = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      bodyBytes +=
        typeof chunk === 'string'
          ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : (chunk as Uint8Array).byteLength;
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      count(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    response.end = function (this: ServerResponse, ...args: unknown[]) {
      count(args[0], args[1]);
      return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse['end'];
    response.once('close', () => {
      this.#sites.set(`${namespace}/${website}`, 0);
      this.#requests.inc({ namespace, website, code_class: codeClass(response.statusCode) });
      const sent =
        response.writableFinished && !bodiless(request.method, response.statusCode) ? bodyBytes : 0;
      this.#bytes.inc({ namespace, website }, sent);
    });
  }

  #routed(key: string): boolean {
    const namespace = key.slice(0, key.indexOf('/'));
    return this.#websites.get(key) !== undefined && (this.#scope?.admits(namespace) ?? true);
  }

  #prune(): void {
    const now = this.#now();
    for (const [key, goneSince] of this.#sites) {
      if (this.#routed(key)) {
        if (goneSince !== 0) this.#sites.set(key, 0);
        continue;
      }
      if (goneSince === 0) {
        this.#sites.set(key, now);
      } else if (now - goneSince >= this.#keepGoneMs) {
        const [namespace = '', website = ''] = key.split('/');
        for (const code_class of CODE_CLASSES) this.#requests.remove({ namespace, website, code_class });
        this.#bytes.remove({ namespace, website });
        this.#sites.delete(key);
      }
    }
  }
}
