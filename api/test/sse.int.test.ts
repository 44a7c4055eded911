// A site's live progress as Server-Sent Events, bridged from real Kubernetes watches: the operator's
// status changes (simulated here by writing status the way it does) arrive in order as `site` and
// `build` events; Last-Event-ID resumes without a gap; a token the API server has forgotten gets a fresh
// snapshot; heartbeats flow; a client that leaves takes its watches with it; other tenants see nothing.

import { randomBytes } from 'node:crypto';
import { API_VERSION, BUILDS, type Build, type Condition, WEBSITES } from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError, type PagemagicClient } from '../src/client/index.ts';
import { siteEvents } from '../src/contract/events.ts';
import { createSite, deleteSite } from '../src/contract/sites.ts';
import { encodeResumeToken } from '../src/events/sse.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

interface Frame {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
  comment?: string;
}

/** Reads SSE frames off a fetch Response as they arrive. */
class EventReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();
  readonly #abort: AbortController;
  #buffer = '';
  readonly frames: Frame[] = [];
  #closed = false;

  constructor(response: Response, abort: AbortController) {
    if (!response.body) throw new Error('no body');
    this.#reader = response.body.getReader();
    this.#abort = abort;
  }

  get closed(): boolean {
    return this.#closed;
  }

  async #more(): Promise<boolean> {
    const { value, done } = await this.#reader.read();
    if (done) {
      this.#closed = true;
      return false;
    }
    this.#buffer += this.#decoder.decode(value, { stream: true });
    let end = this.#buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      const frame: Frame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else if (line.startsWith('id: ')) frame.id = line.slice(4);
        else if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('data: ')) frame.data = JSON.parse(line.slice(6)) as Record<string, unknown>;
      }
      this.frames.push(frame);
      end = this.#buffer.indexOf('\n\n');
    }
    return true;
  }

  /** The next frame (after those already taken) that matches, reading until it comes. */
  async next(match: (frame: Frame) => boolean, what: string, timeoutMs = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex(match);
      if (index >= 0) return this.frames.splice(0, index + 1).at(-1) as Frame;
      if (Date.now() > deadline)
        throw new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      if (!(await this.#more()))
        throw new Error(`the stream ended before ${what}; got ${JSON.stringify(this.frames)}`);
    }
  }

  /** The next event frame, skipping heartbeats and the retry hint. */
  event(what = 'an event'): Promise<Frame> {
    return this.next((frame) => frame.event !== undefined, what);
  }

  async untilClosed(): Promise<void> {
    while (await this.#more()) {
      // Keep reading until the server ends the stream.
    }
  }

  close(): void {
    this.#abort.abort();
  }
}

let api: TestApi;
let client: PagemagicClient;
let namespace: string;
const readers: EventReader[] = [];

async function open(site: string, lastEventId?: string, who: PagemagicClient = client): Promise<EventReader> {
  const abort = new AbortController();
  const response = await who.send(
    siteEvents,
    { params: { siteId: site } },
    {
      headers: { accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: abort.signal,
    },
  );
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = new EventReader(response, abort);
  readers.push(reader);
  return reader;
}

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const condition = (type: string, status: Condition['status'], reason: string): Condition => ({
  type,
  status,
  reason,
  message: `${type} is ${reason}`,
  lastTransitionTime: stamp(),
});

async function websiteStatus(site: string, status: Record<string, unknown>) {
  const website = await api.services.kubeClient.get<{ metadata: { generation?: number } }>(
    WEBSITES,
    namespace,
    site,
  );
  await api.services.kubeClient.patchStatus(
    WEBSITES,
    { namespace, name: site },
    { observedGeneration: website.metadata.generation, ...status },
  );
}

async function createBuild(site: string, name: string): Promise<void> {
  const build: Build = {
    apiVersion: API_VERSION,
    kind: 'Build',
    metadata: { name, namespace, labels: { [LABEL_WEBSITE]: site } },
    spec: {
      website: site,
      contentRevision: `${site}-content-1`,
      contentHash: randomBytes(32).toString('hex'),
      rendererVersion: '1',
    },
  };
  await api.services.kubeClient.create(BUILDS, build);
}

async function gauge(): Promise<number> {
  const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
  const match = /^pagemagic_api_sse_streams (\d+)/m.exec(text);
  return Number(match?.[1] ?? Number.NaN);
}

beforeAll(async () => {
  const saved = process.env.PAGEMAGIC_SSE_HEARTBEAT_MS;
  process.env.PAGEMAGIC_SSE_HEARTBEAT_MS = '300';
  try {
    api = await startTestApi();
  } finally {
    if (saved === undefined) delete process.env.PAGEMAGIC_SSE_HEARTBEAT_MS;
    else process.env.PAGEMAGIC_SSE_HEARTBEAT_MS = saved;
  }
  const { user, tokens } = await api.signUp();
  client = api.client(tokens);
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [user.id],
  );
  namespace = rows[0]?.namespace ?? '';
  await client.call(createSite, { body: { prompt: 'A bakery in Leeds', name: 'bakery' } });
});

// A test that fails half way must not leave its stream open for the next one to count.
afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

afterAll(async () => {
  await api?.close();
});

describe('site events', () => {
  let resumeFrom: string;

  it('starts with a snapshot, then sends status changes and builds in order', async () => {
    const stream = await open('bakery');
    const first = await stream.event('the site snapshot');
    expect(first.event).toBe('site');
    expect(first.data).toMatchObject({ name: 'bakery', change: 'snapshot', status: { phase: 'writing' } });
    expect(first.id).toBeTruthy();

    await websiteStatus('bakery', {
      conditions: [condition('ContentReady', 'True', 'Generated'), condition('Built', 'Unknown', 'Building')],
      contentRevision: 'bakery-content-1',
    });
    const building = await stream.event('the building status');
    expect(building).toMatchObject({
      event: 'site',
      data: { change: 'modified', status: { phase: 'building' } },
    });

    await createBuild('bakery', 'bakery-build-1');
    const added = await stream.event('the new build');
    expect(added).toMatchObject({
      event: 'build',
      data: { id: 'bakery-build-1', change: 'added', phase: 'Pending' },
    });

    await api.services.kubeClient.patchStatus(
      BUILDS,
      { namespace, name: 'bakery-build-1' },
      { phase: 'Succeeded', image: '127.0.0.1:15000/sites/bakery@sha256:abc', pages: 3 },
    );
    const succeeded = await stream.event('the build succeeding');
    expect(succeeded).toMatchObject({
      event: 'build',
      data: { id: 'bakery-build-1', change: 'modified', phase: 'Succeeded', pages: 3 },
    });
    resumeFrom = succeeded.id as string;
    expect(resumeFrom).not.toBe(added.id);
    stream.close();
  });

  it('resumes after Last-Event-ID with exactly what happened while away', async () => {
    await websiteStatus('bakery', {
      conditions: [
        condition('ContentReady', 'True', 'Generated'),
        condition('Built', 'True', 'Built'),
        condition('Deployed', 'True', 'Available'),
        condition('Ready', 'True', 'Ready'),
      ],
      liveBuild: 'bakery-build-1',
      url: 'http://bakery.sites.pagemagic.localhost',
    });
    await createBuild('bakery', 'bakery-build-2');
    const stream = await open('bakery', resumeFrom);
    // The site and its Builds come from two watches: each is in order, but which of the two missed
    // changes arrives first is not promised, so they are matched by kind.
    const missed = [await stream.event('a missed change'), await stream.event('the other missed change')];
    expect(missed.find((frame) => frame.event === 'site')).toMatchObject({
      data: { change: 'modified', status: { phase: 'ready', liveBuild: 'bakery-build-1' } },
    });
    expect(missed.find((frame) => frame.event === 'build')).toMatchObject({
      data: { id: 'bakery-build-2', change: 'added', live: false },
    });
    stream.close();
  });

  it('sends a fresh snapshot when the resume point is older than the API server remembers', async () => {
    const stream = await open('bakery', encodeResumeToken({ site: '1', builds: '1' }));
    // Two watches answer the stale resume point each with a snapshot; which comes first is not promised.
    const frames = [
      await stream.event('a snapshot'),
      await stream.event('a snapshot'),
      await stream.event('a snapshot'),
    ];
    const site = frames.find((frame) => frame.event === 'site');
    expect(site).toMatchObject({ event: 'site', data: { change: 'snapshot', status: { phase: 'ready' } } });
    const builds = frames.filter((frame) => frame.event === 'build');
    expect(builds.map((frame) => [frame.event, frame.data?.change]).sort()).toEqual([
      ['build', 'snapshot'],
      ['build', 'snapshot'],
    ]);
    expect(builds.map((frame) => frame.data?.id).sort()).toEqual(['bakery-build-1', 'bakery-build-2']);
    expect(builds.find((frame) => frame.data?.id === 'bakery-build-1')?.data?.live).toBe(true);
    stream.close();
  });

  it('treats a Last-Event-ID it did not make as no resume point at all', async () => {
    const stream = await open('bakery', 'eyJzaXRlIjoiMTsgcm0gLXJmIC8ifQ');
    expect(await stream.event()).toMatchObject({ event: 'site', data: { change: 'snapshot' } });
    stream.close();
  });

  it('sends heartbeats while nothing happens', async () => {
    const stream = await open('bakery');
    const heartbeat = await stream.next((frame) => frame.comment === 'heartbeat', 'a heartbeat');
    expect(heartbeat.event).toBeUndefined();
    await stream.next((frame) => frame.comment === 'heartbeat', 'a second heartbeat');
    stream.close();
  });

  it('stops its watches when the client goes away', async () => {
    await eventually('no streams left from earlier tests', async () =>
      (await gauge()) === 0 ? true : undefined,
    );
    const streams = await Promise.all([open('bakery'), open('bakery')]);
    await Promise.all(streams.map((stream) => stream.event()));
    expect(await gauge()).toBe(2);
    for (const stream of streams) stream.close();
    await eventually('the streams to be gone', async () => ((await gauge()) === 0 ? true : undefined));
  });

  it("answers 404 for another workspace's site or a made-up one, and 401 without a token", async () => {
    const other = await api.signUp();
    const outsider = api.client(other.tokens);
    for (const [who, site] of [
      [outsider, 'bakery'],
      [client, 'no-such-site'],
    ] as const) {
      const error = await open(site, undefined, who).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiClientError);
      expect((error as ApiClientError).status).toBe(404);
    }
    const anonymous = await open('bakery', undefined, api.client()).catch((caught: unknown) => caught);
    expect((anonymous as ApiClientError).status).toBe(401);
  });

  it('says when the site is deleted, and ends the stream', async () => {
    const stream = await open('bakery');
    await stream.event('the snapshot');
    await client.call(deleteSite, { params: { siteId: 'bakery' } });
    const gone = await stream.next(
      (frame) => frame.event === 'site' && frame.data?.change === 'deleted',
      'the deletion',
    );
    expect(gone.data).toMatchObject({ name: 'bakery', change: 'deleted' });
    await stream.untilClosed();
    expect(stream.closed).toBe(true);
  });
});
