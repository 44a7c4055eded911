// A change no operator picks up: no operator runs beside this API, so every site it creates waits. After
// the grace period (3 s here) the site says so, on a read and on its open event stream, where nothing else
// would ever arrive. managedFields record the change to the second, so a change can look up to a second
// older than it is: a grace of 1 s could be over before the stream opens, and the snapshot would say it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagemagicClient, readEvents } from '../src/client/index.ts';
import { createSite, getSite } from '../src/contract/sites.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let client: PagemagicClient;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ env: { PAGEMAGIC_PICKUP_GRACE_SECONDS: '3' } });
  const { tokens } = await api.signUp();
  token = tokens.accessToken;
  client = api.client(tokens);
});
afterAll(async () => api?.close());

describe('a change no operator picks up', () => {
  it('is reported on the event stream by itself, then on every read', async () => {
    const site = await client.call(createSite, { body: { prompt: 'A bakery in Porto' } });
    expect(site.status.notPickedUp).toBeUndefined();
    const stream = await fetch(`${api.url}/api/v1/sites/${site.id}/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    });
    expect(stream.status).toBe(200);
    const changes: string[] = [];
    let overdue: { status: { notPickedUp?: { since: string; message: string } } } | undefined;
    for await (const event of readEvents(stream.body as ReadableStream<Uint8Array>)) {
      if (event.event !== 'site') continue;
      const data = JSON.parse(event.data) as {
        change: string;
        status: { notPickedUp?: { since: string; message: string } };
      };
      changes.push(data.change);
      if (data.change === 'overdue') {
        overdue = data;
        break;
      }
    }
    expect(changes).toEqual(['snapshot', 'overdue']);
    expect(overdue?.status.notPickedUp?.message).toMatch(
      /^Not picked up: no Page Magic operator has acted on this change for \d+ seconds?, so it is not being built\. .* watches namespace pm-/,
    );
    const read = await client.call(getSite, { params: { siteId: site.id } });
    expect(read.status.notPickedUp?.since).toBe(overdue?.status.notPickedUp?.since);
  }, 30_000);
});
