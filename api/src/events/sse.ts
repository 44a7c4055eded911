// Live progress of one site as Server-Sent Events, fed from the API's informer caches (src/sites/cache.ts):
// one watch per kind for the whole process, whose changes are fanned out in memory to every stream of the
// site they belong to (the Website by name, its Builds by the operator's `pagemagic.dev/website` label).
//
// Every event carries `id:` = a resume token holding the position (the kind's resourceVersion) each kind had
// reached. A client that reconnects with `Last-Event-ID` gets what it missed from the caches' recent
// history; when the history no longer reaches back that far, the stream sends a fresh snapshot instead. A
// comment line every `heartbeatMs` keeps proxies from closing an idle stream and shows the client the
// stream is alive. When the client goes away, its subscriptions go: nothing outlives the request.

import type { Build, Website } from '@pagemagic/crds';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Gauge, type Registry } from 'prom-client';
import type { CacheEvent, ResourceCache } from '../sites/cache.ts';
import { pickupDueIn, pickupOverdue, toBuild, toSite } from '../sites/mapping.ts';

export interface ResumeToken {
  /** How far the Websites cache had got (its resourceVersion). */
  site?: string;
  /** How far the Builds cache had got. */
  builds?: string;
}

const RV = /^[A-Za-z0-9._-]{1,64}$/;

export function encodeResumeToken(token: ResumeToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

/** A token this API made, or undefined: a forged or garbled Last-Event-ID gets a fresh snapshot. */
export function decodeResumeToken(raw: string | undefined): ResumeToken | undefined {
  if (!raw || raw.length > 512) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const { site, builds } = parsed as Record<string, unknown>;
    const valid = (value: unknown) => value === undefined || (typeof value === 'string' && RV.test(value));
    if (!valid(site) || !valid(builds)) return undefined;
    return {
      ...(typeof site === 'string' ? { site } : {}),
      ...(typeof builds === 'string' ? { builds } : {}),
    };
  } catch {
    return undefined;
  }
}

/** One SSE frame; data is one JSON line, so it never needs splitting over `data:` lines. */
export function sseFrame(event: string, data: unknown, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseStreamsGauge(registry: Registry): Gauge {
  const name = 'pagemagic_api_sse_streams';
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Gauge;
  return new Gauge({
    name,
    help: 'Server-Sent Events streams open now (all fed from the one watch per kind of the API process).',
    registers: [registry],
  });
}

export interface SiteStreamOptions {
  cache: ResourceCache;
  namespace: string;
  site: string;
  heartbeatMs: number;
  resume: ResumeToken | undefined;
  /** The Website as the route found it (which is what proved it is in this workspace). */
  website: Website;
  gauge: Gauge;
  /** Aborted when the server shuts down, so open streams do not hold it up. */
  shutdown: AbortSignal;
  /** How long a change may wait for an operator before the site says none has picked it up. */
  pickupGraceMs: number;
}

/** `overdue`: nothing changed, but no operator has picked up the latest change in time (the Site says so). */
type Change = 'snapshot' | 'added' | 'modified' | 'deleted' | 'overdue';

/** Takes over the reply and streams until the client leaves, the Website is deleted, or the server stops. */
export async function streamSite(
  request: FastifyRequest,
  reply: FastifyReply,
  options: SiteStreamOptions,
): Promise<void> {
  const { cache, namespace, site } = options;
  const abort = new AbortController();
  const signal = AbortSignal.any([abort.signal, options.shutdown]);
  const state: ResumeToken = { ...options.resume };
  let liveBuild = options.website.status?.liveBuild;
  let ended = false;

  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx buffers responses unless told otherwise, which would hold events back.
    'x-accel-buffering': 'no',
  });
  const write = (chunk: string) => {
    if (!ended && !raw.destroyed) raw.write(chunk);
  };
  const send = (event: string, data: unknown) => write(sseFrame(event, data, encodeResumeToken(state)));
  options.gauge.inc();
  request.raw.once('close', () => abort.abort());
  raw.once('close', () => abort.abort());
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
  write('retry: 3000\n\n');

  // A change no operator picks up produces no event at all, so the stream itself says when it is overdue.
  let overdueTimer: NodeJS.Timeout | undefined;
  const watchPickup = (website: Website) => {
    clearTimeout(overdueTimer);
    const graceMs = options.pickupGraceMs;
    const dueIn = pickupDueIn(website, Date.now(), graceMs);
    // 0: already overdue, which the Site just sent says itself.
    if (!dueIn) return;
    overdueTimer = setTimeout(() => {
      const current = cache.website(namespace, site);
      if (current && pickupOverdue(current, Date.now(), graceMs))
        send('site', { ...toSite(current, { pickupGraceMs: graceMs }), change: 'overdue' });
    }, dueIn + 50);
  };
  const siteChange = (change: Change, website: Website): boolean => {
    if (change === 'deleted') {
      send('site', { id: site, name: site, change });
      return false;
    }
    liveBuild = website.status?.liveBuild;
    send('site', { ...toSite(website, { pickupGraceMs: options.pickupGraceMs }), change });
    watchPickup(website);
    return true;
  };
  const buildChange = (change: Change, build: Build) =>
    send('build', { ...toBuild(build, liveBuild), change });

  const onSite = (event: CacheEvent) => {
    state.site = event.position;
    if (!siteChange(event.change, event.object as Website)) abort.abort();
  };
  const onBuild = (event: CacheEvent) => {
    state.builds = event.position;
    buildChange(event.change, event.object as Build);
  };

  // From here to the subscriptions nothing awaits: the caches cannot change in between, so the snapshot or
  // the replay and the live changes join without a gap or a repeat.
  const start = (): boolean => {
    const missedSite =
      state.site === undefined ? undefined : cache.since('websites', namespace, site, state.site);
    if (missedSite === undefined) {
      state.site = cache.position('websites');
      const website = cache.website(namespace, site);
      if (!siteChange(website ? 'snapshot' : 'deleted', website as Website)) return false;
    } else {
      for (const event of missedSite) {
        state.site = event.position;
        if (!siteChange(event.change, event.object as Website)) return false;
      }
    }
    const missedBuilds =
      state.builds === undefined ? undefined : cache.since('builds', namespace, site, state.builds);
    if (missedBuilds === undefined) {
      const position = cache.position('builds');
      const builds = cache.buildsOf(namespace, site);
      // The token moves past the snapshot only with its last item, so a client that leaves half-way
      // through it gets the whole of it again.
      const previous = state.builds;
      builds.forEach((build, index) => {
        state.builds = index === builds.length - 1 ? position : previous;
        buildChange('snapshot', build);
      });
      state.builds = position;
    } else {
      for (const event of missedBuilds) {
        state.builds = event.position;
        buildChange(event.change, event.object as Build);
      }
    }
    return true;
  };

  const unsubscribe: Array<() => void> = [];
  try {
    if (start() && !signal.aborted) {
      unsubscribe.push(
        cache.subscribe('websites', namespace, site, onSite),
        cache.subscribe('builds', namespace, site, onBuild),
      );
      await new Promise<void>((resolve) => {
        if (signal.aborted) resolve();
        else signal.addEventListener('abort', () => resolve(), { once: true });
      });
    }
  } finally {
    for (const stop of unsubscribe) stop();
    abort.abort();
    clearInterval(heartbeat);
    clearTimeout(overdueTimer);
    options.gauge.dec();
    ended = true;
    raw.end();
  }
}
