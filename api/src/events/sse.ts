// Live progress of one site as Server-Sent Events, bridged from two Kubernetes watches in the workspace's
// namespace: the Website (by name) and its Builds (by the operator's `pagemagic.dev/website` label).
//
// Every event carries `id:` = a resume token holding the resourceVersion each watch has reached. A client
// that reconnects with `Last-Event-ID` resumes both watches there and misses nothing; when the API server
// no longer remembers that far back (410 Gone), the stream sends a fresh snapshot instead. A comment line
// every `heartbeatMs` keeps proxies from closing an idle stream and shows the client the stream is alive.
// When the client goes away, both watches are aborted: nothing outlives the request.

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import { isGone, type KubeClient, type WatchEvent } from '@pagemagic/operator/runtime';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Gauge, type Registry } from 'prom-client';
import { toBuild, toSite } from '../sites/mapping.ts';

export interface ResumeToken {
  /** The Website watch's resourceVersion. */
  site?: string;
  /** The Build watch's resourceVersion. */
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
    help: 'Server-Sent Events streams open now (each holds two Kubernetes watches).',
    registers: [registry],
  });
}

export interface SiteStreamOptions {
  kube: KubeClient;
  namespace: string;
  site: string;
  heartbeatMs: number;
  resume: ResumeToken | undefined;
  /** The Website as the route found it (which is what proved it is in this workspace). */
  website: Website;
  gauge: Gauge;
  /** Aborted when the server shuts down, so open streams do not hold it up. */
  shutdown: AbortSignal;
}

type Change = 'snapshot' | 'added' | 'modified' | 'deleted';
const CHANGES: Record<string, Change> = { ADDED: 'added', MODIFIED: 'modified', DELETED: 'deleted' };
/** A server-side watch timeout bounds how long one watch request lives; the loop starts the next. */
const WATCH_SECONDS = 290;
const STREAM_ERROR = 'The progress stream broke off; reconnect with Last-Event-ID to resume where it stopped';

class WatchGone extends Error {
  override name = 'WatchGone';
}

/** Takes over the reply and streams until the client leaves, the Website is deleted, or a watch fails. */
export async function streamSite(
  request: FastifyRequest,
  reply: FastifyReply,
  options: SiteStreamOptions,
): Promise<void> {
  const { kube, namespace, site } = options;
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
  const end = () => {
    if (ended) return;
    ended = true;
    abort.abort();
    raw.end();
  };
  options.gauge.inc();
  request.raw.once('close', () => abort.abort());
  raw.once('close', () => abort.abort());
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), options.heartbeatMs);
  write('retry: 3000\n\n');

  const siteSnapshot = async (): Promise<boolean> => {
    const list = await kube.listPage<Website>(WEBSITES, {
      namespace,
      fieldSelector: `metadata.name=${site}`,
      signal,
    });
    state.site = list.metadata.resourceVersion;
    const website = list.items[0];
    if (!website) {
      send('site', { id: site, name: site, change: 'deleted' });
      return false;
    }
    liveBuild = website.status?.liveBuild;
    send('site', { ...toSite(website), change: 'snapshot' });
    return true;
  };

  const buildsSnapshot = async (): Promise<boolean> => {
    const list = await kube.list<Build>(BUILDS, {
      namespace,
      labelSelector: `${LABEL_WEBSITE}=${site}`,
      signal,
    });
    // The token moves past the list only with its last item, so a client that leaves half-way through
    // the snapshot gets the whole of it again.
    const previous = state.builds;
    list.items.forEach((build, index) => {
      state.builds = index === list.items.length - 1 ? list.resourceVersion : previous;
      send('build', { ...toBuild(build, liveBuild), change: 'snapshot' });
    });
    state.builds = list.resourceVersion;
    return true;
  };

  async function follow<T extends Website | Build>(
    kind: 'site' | 'builds',
    watchOptions: { fieldSelector?: string; labelSelector?: string },
    snapshot: () => Promise<boolean>,
    deliver: (event: WatchEvent<T>, change: Change) => boolean,
  ): Promise<void> {
    while (!signal.aborted) {
      try {
        if (state[kind] === undefined && !(await snapshot())) return;
        for await (const event of kube.watch<T>(kind === 'site' ? WEBSITES : BUILDS, {
          namespace,
          ...watchOptions,
          resourceVersion: state[kind],
          allowWatchBookmarks: true,
          timeoutSeconds: WATCH_SECONDS,
          signal,
        })) {
          if (event.type === 'ERROR') {
            const code = (event.object as { code?: number }).code;
            if (code === 410) throw new WatchGone('resourceVersion too old');
            throw new Error(`the ${kind} watch failed: ${(event.object as { message?: string }).message}`);
          }
          state[kind] = event.object.metadata?.resourceVersion ?? state[kind];
          if (event.type === 'BOOKMARK') continue;
          if (!deliver(event, CHANGES[event.type] ?? 'modified')) return;
        }
      } catch (error) {
        if (signal.aborted) return;
        if (!(error instanceof WatchGone) && !isGone(error)) throw error;
        // Resuming that far back is not possible: start over from what is there now.
        state[kind] = undefined;
      }
    }
  }

  const loops: Promise<void>[] = [];
  try {
    if (state.site === undefined && !(await siteSnapshot())) return;
    if (state.builds === undefined) await buildsSnapshot();
    loops.push(
      follow<Website>('site', { fieldSelector: `metadata.name=${site}` }, siteSnapshot, (event, change) => {
        liveBuild = event.object.status?.liveBuild;
        if (change === 'deleted') {
          send('site', { id: site, name: site, change });
          return false;
        }
        send('site', { ...toSite(event.object), change });
        return true;
      }),
      follow<Build>(
        'builds',
        { labelSelector: `${LABEL_WEBSITE}=${site}` },
        buildsSnapshot,
        (event, change) => {
          send('build', { ...toBuild(event.object, liveBuild), change });
          return true;
        },
      ),
    );
    // Either loop ending ends the stream: the Website is gone, or a watch failed.
    await Promise.race(loops);
  } catch (error) {
    if (!signal.aborted) {
      request.log.warn({ err: error, namespace, site }, 'site event stream failed');
      write(sseFrame('error', { code: 'stream_failed', message: STREAM_ERROR }));
    }
  } finally {
    abort.abort();
    // The gauge counts a stream until both of its watches have really stopped.
    await Promise.allSettled(loops);
    clearInterval(heartbeat);
    options.gauge.dec();
    end();
  }
}
