import { ApiClientError } from '@pagemagic/api/client';
import { getProfile } from '@pagemagic/api/contract/profile';
import { getSite, listSites } from '@pagemagic/api/contract/sites';
import { AuthSession, REFRESH_MARGIN_MS, SignedOutError, signedInClient } from '../src/auth/session.ts';
import { memoryTokenStore, type StoredSession } from '../src/auth/token-store.ts';
import { FakeAuthApi } from './fake-api.ts';

const API = 'http://api.test';

function setup(options: { expiresInMs: number }) {
  const api = new FakeAuthApi();
  let now = 1_000_000;
  const pair = api.issue();
  const stored: StoredSession = {
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
    expiresAt: now + options.expiresInMs,
    userId: pair.userId,
    workspaceId: 'ws00000001',
  };
  const store = memoryTokenStore(stored);
  const session = new AuthSession({ store, apiUrl: API, fetch: api.fetch, now: () => now });
  api.routes.set('GET /api/v1/profile', () => ({ status: 200, body: { ok: true } }));
  return {
    api,
    store,
    session,
    client: signedInClient(session, API, { fetch: api.fetch }),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('AuthSession', () => {
  it('uses the stored access token while it has more than the margin left', async () => {
    const { api, session } = setup({ expiresInMs: REFRESH_MARGIN_MS + 5_000 });
    expect(await session.accessToken()).toBe('access-1');
    expect(api.refreshCalls).toEqual([]);
  });

  it('refreshes before expiry and stores the rotated pair', async () => {
    const { api, session, store } = setup({ expiresInMs: REFRESH_MARGIN_MS - 1 });
    expect(await session.accessToken()).toBe('access-2');
    expect(api.refreshCalls).toEqual(['refresh-1']);
    expect(store.current?.refreshToken).toBe('refresh-2');
    expect(store.current?.workspaceId).toBe('ws00000001');
  });

  it('presents a refresh token once however many requests need a new access token at the same time', async () => {
    const { api, client } = setup({ expiresInMs: 0 });
    api.holdRefreshes();
    const calls = Array.from({ length: 8 }, () => client.call(getProfile));
    // Let every call reach the session before the API answers the refresh.
    await new Promise((resolve) => setImmediate(resolve));
    api.release();
    const answers = await Promise.all(calls);
    expect(answers).toHaveLength(8);
    expect(api.refreshCalls).toEqual(['refresh-1']);
    expect(api.revoked).toBe(false);
  });

  it('renews once when the API rejects an access token it thought was valid, and retries the call', async () => {
    const { api, client } = setup({ expiresInMs: 10 * 60_000 });
    api.validAccess.delete('access-1');
    const calls = [1, 2, 3].map(() => client.call(getProfile));
    await Promise.all(calls);
    expect(api.revoked).toBe(false);
    expect(new Set(api.refreshCalls).size).toBe(api.refreshCalls.length);
  });

  it('starts the next refresh with the new token after the previous one finished', async () => {
    const { api, session, advance } = setup({ expiresInMs: 0 });
    await session.accessToken();
    advance(15 * 60_000);
    await session.accessToken();
    expect(api.refreshCalls).toEqual(['refresh-1', 'refresh-2']);
    expect(api.revoked).toBe(false);
  });

  it('forgets the session and says why when the API refuses the refresh token', async () => {
    const { api, session, store } = setup({ expiresInMs: 0 });
    api.revoked = true;
    const reasons: Array<string | undefined> = [];
    session.subscribe((current, reason) => {
      if (!current) reasons.push(reason);
    });
    await expect(session.accessToken()).rejects.toBeInstanceOf(SignedOutError);
    expect(store.current).toBeUndefined();
    expect(reasons[0]).toMatch(/Sign in again/);
  });

  it('keeps the session when the refresh fails for want of a connection', async () => {
    const { session, store } = setup({ expiresInMs: 0 });
    const offline = new AuthSession({
      store,
      apiUrl: API,
      fetch: async () => {
        throw new TypeError('Network request failed');
      },
    });
    await expect(offline.accessToken()).rejects.toBeInstanceOf(TypeError);
    expect(store.current?.refreshToken).toBe('refresh-1');
    expect(session.current).toBeUndefined();
  });

  it('drops the answer of a refresh that was in flight when the person signed out', async () => {
    const { api, session, store } = setup({ expiresInMs: 0 });
    api.holdRefreshes();
    const pending = session.accessToken();
    await new Promise((resolve) => setImmediate(resolve));
    await session.signOut();
    api.release();
    await expect(pending).rejects.toBeInstanceOf(SignedOutError);
    expect(store.current).toBeUndefined();
    expect(api.logoutCalls).toEqual(['refresh-1']);
  });

  it('keeps the workspace when the same person signs in again, and not for someone else', async () => {
    const { api, session, store } = setup({ expiresInMs: 60 * 60_000 });
    await session.signIn(api.issue(), 'a@example.com');
    expect(store.current?.workspaceId).toBe('ws00000001');
    await session.signIn({ ...api.issue(), userId: '00000000-0000-4000-8000-000000000002' });
    expect(store.current?.workspaceId).toBeUndefined();
  });

  it('sends the chosen workspace with every call', async () => {
    const { api, client } = setup({ expiresInMs: 60 * 60_000 });
    let seen: string | null = null;
    api.routes.set('GET /api/v1/sites', ({ headers }) => {
      seen = headers.get('x-pagemagic-workspace');
      return { status: 200, body: { items: [] } };
    });
    await client.call(listSites);
    expect(seen).toBe('ws00000001');
  });

  it('reports an API error with its code and message', async () => {
    const { client } = setup({ expiresInMs: 60 * 60_000 });
    const failure = await client
      .call(getSite, { params: { siteId: 'nowhere' } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiClientError);
    expect((failure as ApiClientError).code).toBe('not_found');
  });
});
