// How many event streams may be open at once: each holds two Kubernetes watches for as long as it lasts,
// so one person (or one workspace) opening dozens would tie up the API server and the cluster. Real
// streams, opened concurrently, against real watches: past the limit the answer is 429
// `too_many_streams` saying how many are open and what the limit is, and a stream that closes frees its
// slot.

import { once } from 'node:events';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PagemagicClient } from '../src/client/index.ts';
import { createSite } from '../src/contract/sites.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const PER_USER = 3;
const PER_WORKSPACE = 5;

let api: TestApi;
let owner: { token: string; client: PagemagicClient };
let workspace: string;
const SITE = 'bakery';

interface Refusal {
  status: number;
  body: { error: { code: string; message: string; details?: Record<string, unknown> } };
}

/** An open stream: its first event has arrived, and closing it ends the request. */
interface Stream {
  close(): void;
}

const open: Stream[] = [];

/** Opens a stream as `token` (in `workspaceId` when given): the open stream once its first event arrives, or the refusal. */
async function stream(token: string, workspaceId?: string): Promise<Stream | Refusal> {
  const abort = new AbortController();
  const response = await fetch(`${api.url}/api/v1/sites/${SITE}/events`, {
    headers: {
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
      ...(workspaceId ? { 'x-pagemagic-workspace': workspaceId } : {}),
    },
    signal: abort.signal,
  });
  if (response.status !== 200) {
    return { status: response.status, body: (await response.json()) as Refusal['body'] };
  }
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  // Wait for the snapshot, so the stream really holds its watches.
  let text = '';
  while (!text.includes('event: site')) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended before its first event: ${text}`);
    text += new TextDecoder().decode(value);
  }
  const opened = { close: () => abort.abort() };
  open.push(opened);
  return opened;
}

const isRefusal = (result: Stream | Refusal): result is Refusal => 'status' in result;

async function gauge(): Promise<number> {
  const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
  return Number(/^pagemagic_api_sse_streams (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

/** Opens one more stream once a slot is free again (the server frees it when it sees the client leave). */
async function openWhenFree(token: string, workspaceId?: string): Promise<Stream> {
  return eventually('a slot to be free again', async () => {
    const result = await stream(token, workspaceId);
    return isRefusal(result) ? undefined : result;
  });
}

beforeAll(async () => {
  api = await startTestApi({
    env: {
      PAGEMAGIC_SSE_MAX_STREAMS_PER_USER: String(PER_USER),
      PAGEMAGIC_SSE_MAX_STREAMS_PER_WORKSPACE: String(PER_WORKSPACE),
    },
  });
  const { user, tokens } = await api.signUp();
  owner = { token: tokens.accessToken, client: api.client(tokens) };
  const { rows } = await api.services.db.query<{ id: string }>(
    'SELECT workspace_id AS id FROM memberships WHERE user_id = $1',
    [user.id],
  );
  workspace = rows[0]?.id ?? '';
  await owner.client.call(createSite, { body: { prompt: 'A bakery in Leeds', name: SITE } });
});

afterEach(async () => {
  for (const stream of open.splice(0)) stream.close();
  await eventually('every stream of the test to be gone', async () =>
    (await gauge()) === 0 ? true : undefined,
  );
});

afterAll(async () => api?.close());

/** Another person, made a member of the owner's workspace. */
async function member(): Promise<string> {
  const { user, tokens } = await api.signUp();
  await api.services.db.query(
    "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
    [workspace, user.id],
  );
  return tokens.accessToken;
}

describe('event streams per person', () => {
  it('lets one person open only so many at once, however many they ask for together', async () => {
    // The attack: 40 streams at once from one person.
    const results = await Promise.all(Array.from({ length: 40 }, () => stream(owner.token)));
    const opened = results.filter((result) => !isRefusal(result));
    const refused = results.filter(isRefusal);
    expect(opened).toHaveLength(PER_USER);
    expect(refused).toHaveLength(40 - PER_USER);
    expect(await gauge()).toBe(PER_USER);
    for (const refusal of refused) {
      expect(refusal.status).toBe(429);
      expect(refusal.body.error.code).toBe('too_many_streams');
      expect(refusal.body.error.details).toEqual({ scope: 'user', open: PER_USER, limit: PER_USER });
      expect(refusal.body.error.message).toBe(
        `You have ${PER_USER} event streams open, the most one person may have at once (${PER_USER}); close one (another tab or window showing a site's progress) and try again`,
      );
    }
  });

  it('frees a slot when a stream closes', async () => {
    const streams = [];
    for (let i = 0; i < PER_USER; i++) streams.push(await stream(owner.token));
    expect(streams.every((result) => !isRefusal(result))).toBe(true);
    expect(await stream(owner.token)).toMatchObject({ status: 429 });
    (streams[0] as Stream).close();
    await openWhenFree(owner.token);
    expect(await gauge()).toBe(PER_USER);
    expect(await stream(owner.token)).toMatchObject({ status: 429 });
  });
});

describe('event streams per workspace', () => {
  it('holds the whole workspace to its limit, counting every member, and frees it as streams close', async () => {
    const [second, third] = [await member(), await member()];
    const ownerStreams = await Promise.all(Array.from({ length: PER_USER }, () => stream(owner.token)));
    const secondStreams = await Promise.all(
      Array.from({ length: PER_WORKSPACE - PER_USER }, () => stream(second, workspace)),
    );
    expect([...ownerStreams, ...secondStreams].every((result) => !isRefusal(result))).toBe(true);

    // The second member is under their own limit, the third has none open: the workspace is full for both.
    for (const token of [second, third]) {
      const refusal = await stream(token, workspace);
      expect(refusal).toMatchObject({
        status: 429,
        body: {
          error: {
            code: 'too_many_streams',
            details: { scope: 'workspace', open: PER_WORKSPACE, limit: PER_WORKSPACE },
          },
        },
      });
      expect((refusal as Refusal).body.error.message).toBe(
        `This workspace has ${PER_WORKSPACE} event streams open, the most a workspace may have at once (${PER_WORKSPACE}); close one and try again`,
      );
    }
    // Their own workspaces are apart from this one.
    const ownSite = await api.client({ accessToken: third }).call(createSite, {
      body: { prompt: 'A bicycle shop in Leeds', name: SITE },
    });
    expect(ownSite.name).toBe(SITE);
    const elsewhere = await stream(third);
    expect(isRefusal(elsewhere)).toBe(false);

    (ownerStreams[0] as Stream).close();
    await openWhenFree(third, workspace);
    expect(await stream(second, workspace)).toMatchObject({ status: 429 });
  });
});

describe('when Redis is away', () => {
  it("keeps the limits with this replica's own count, and says so in a metric", async () => {
    const redis = api.services.redis;
    // Away for certain: the client has closed its connection, and says so, before any stream is asked for.
    const ended = once(redis, 'end');
    redis.disconnect(false);
    await ended;
    try {
      const results = await Promise.all(Array.from({ length: PER_USER + 2 }, () => stream(owner.token)));
      expect(results.filter((result) => !isRefusal(result))).toHaveLength(PER_USER);
      expect(results.filter(isRefusal)).toEqual(
        Array.from({ length: 2 }, () =>
          expect.objectContaining({
            status: 429,
            body: expect.objectContaining({
              error: expect.objectContaining({ details: { scope: 'user', open: PER_USER, limit: PER_USER } }),
            }),
          }),
        ),
      );
    } finally {
      await redis.connect();
    }
    const metrics = await (await fetch(`${api.internalUrl}/metrics`)).text();
    expect(metrics).toMatch(/^pagemagic_api_sse_limit_errors_total [1-9]/m);
  });
});
