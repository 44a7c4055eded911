// The signed-in session: the token pair, kept in a TokenStore, and the one refresh that may be in flight.
//
// The API rotates refresh tokens on every use and, when a spent one is presented again, ends the whole
// sign-in (reuse detection). Screens ask for tokens concurrently (a list, a stream, a pull to refresh), so
// every caller that finds the access token expiring joins the same refresh instead of starting its own:
// a refresh token is presented at most once.

import { ApiClientError, PagemagicClient } from '@pagemagic/api/client';
import { confirm, login, logout, pollLogin, refresh } from '@pagemagic/api/contract/auth';
import type { StoredSession, TokenStore } from './token-store.ts';

/** Refresh this long before the access token expires, so a request never leaves with one about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export type SessionListener = (session: StoredSession | undefined, reason?: string) => void;

interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  userId: string;
}

export class SignedOutError extends Error {
  override name = 'SignedOutError';
}

export class AuthSession {
  readonly #store: TokenStore;
  readonly #anonymous: PagemagicClient;
  readonly #now: () => number;
  readonly #linkOpensIn: 'browser' | 'app';
  #current: StoredSession | undefined;
  #loaded: Promise<void> | undefined;
  #refreshing: Promise<StoredSession> | undefined;
  // Bumped by every sign-in and sign-out: a refresh that started before one must not write its answer.
  #epoch = 0;
  readonly #listeners = new Set<SessionListener>();

  constructor(options: {
    store: TokenStore;
    apiUrl: string;
    fetch?: typeof fetch;
    now?: () => number;
    /** Where the email's link should open: `app` adds a pagemagic:// link (native), `browser` only a web one. */
    linkOpensIn?: 'browser' | 'app';
  }) {
    this.#store = options.store;
    this.#anonymous = new PagemagicClient({ baseUrl: options.apiUrl, fetch: options.fetch });
    this.#now = options.now ?? Date.now;
    this.#linkOpensIn = options.linkOpensIn ?? 'browser';
  }

  /** Reads the stored session once; every other method waits for it. */
  load(): Promise<void> {
    this.#loaded ??= this.#store.read().then((stored) => {
      this.#current = stored;
      this.#emit();
    });
    return this.#loaded;
  }

  get current(): StoredSession | undefined {
    return this.#current;
  }

  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * An access token good for at least REFRESH_MARGIN_MS, refreshing first when it is not; undefined when
   * nobody is signed in.
   */
  async accessToken(): Promise<string | undefined> {
    await this.load();
    const session = this.#current;
    if (!session) return undefined;
    if (session.expiresAt - this.#now() > REFRESH_MARGIN_MS) return session.accessToken;
    return (await this.refresh()).accessToken;
  }

  /**
   * A new token pair. Concurrent callers share one request; a caller arriving after it finished starts the
   * next one with the new refresh token. Throws SignedOutError when the API refuses the refresh token
   * (expired, revoked, or ended by reuse elsewhere), after forgetting the session.
   */
  refresh(): Promise<StoredSession> {
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** For the client's onExpired: true when there is a new token to retry with. */
  async renewAfterRejection(): Promise<boolean> {
    try {
      await this.refresh();
      return true;
    } catch (error) {
      if (error instanceof SignedOutError) return false;
      throw error;
    }
  }

  async #refreshOnce(): Promise<StoredSession> {
    await this.load();
    const held = this.#current;
    if (!held) throw new SignedOutError('You are not signed in: sign in with your email address.');
    const epoch = this.#epoch;
    let pair: TokenPair;
    try {
      pair = await this.#anonymous.call(refresh, { body: { refreshToken: held.refreshToken } });
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 401 && epoch === this.#epoch) {
        await this.#forget(`Your sign-in ended (${error.message}). Sign in again with your email address.`);
        throw new SignedOutError(error.message);
      }
      throw error;
    }
    if (epoch !== this.#epoch)
      throw new SignedOutError('You signed out while the sign-in was being renewed.');
    const next: StoredSession = { ...held, ...this.#fromPair(pair) };
    await this.#store.write(next);
    this.#current = next;
    this.#emit();
    return next;
  }

  /** Starts a session from a token pair (a confirmed poll or an exchanged link code). */
  async signIn(pair: TokenPair, email?: string): Promise<void> {
    await this.load();
    this.#epoch += 1;
    const previous = this.#current;
    const next: StoredSession = {
      ...this.#fromPair(pair),
      email,
      // The same person signing in again keeps the workspace they were in.
      workspaceId: previous?.userId === pair.userId ? previous.workspaceId : undefined,
    };
    await this.#store.write(next);
    this.#current = next;
    this.#emit();
  }

  /** Emails a sign-in link; the answer carries the code the link's page shows and what to poll with. */
  requestSignInLink(email: string) {
    return this.#anonymous.call(login, { body: { email, openIn: this.#linkOpensIn } });
  }

  /** Exchanges the one-time code a sign-in link carries (pagemagic://confirm?token=…) for a session. */
  async exchangeLinkCode(code: string): Promise<void> {
    const pair = await this.#anonymous.call(confirm, { body: { token: code } });
    await this.signIn(pair);
  }

  /** One poll of a login request: the session once its link is confirmed, else 'pending'. */
  async pollOnce(request: { loginRequestId: string; pollSecret: string }, email: string) {
    const answer = await this.#anonymous.call(pollLogin, { body: request });
    if (answer.status !== 'confirmed') return 'pending' as const;
    await this.signIn(answer, email);
    return 'confirmed' as const;
  }

  async setWorkspace(workspaceId: string): Promise<void> {
    await this.load();
    if (!this.#current) return;
    this.#current = { ...this.#current, workspaceId };
    await this.#store.write(this.#current);
    this.#emit();
  }

  /** Ends the sign-in at the API (its access tokens stop working) and forgets it here. */
  async signOut(): Promise<void> {
    await this.load();
    const held = this.#current;
    this.#epoch += 1;
    await this.#forget();
    // Forgotten first: a phone without a connection still signs out; the API's refresh token then lapses.
    if (held)
      await this.#anonymous.call(logout, { body: { refreshToken: held.refreshToken } }).catch(() => {});
  }

  async #forget(reason?: string): Promise<void> {
    this.#current = undefined;
    await this.#store.clear();
    this.#emit(reason);
  }

  #fromPair(pair: TokenPair) {
    return {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: this.#now() + pair.expiresIn * 1000,
      userId: pair.userId,
    };
  }

  #emit(reason?: string): void {
    for (const listener of this.#listeners) listener(this.#current, reason);
  }
}

/** The typed client for signed-in calls: tokens from the session, renewed once on invalid_token. */
export function signedInClient(
  session: AuthSession,
  apiUrl: string,
  options: { fetch?: typeof fetch } = {},
): PagemagicClient {
  return new PagemagicClient({
    baseUrl: apiUrl,
    accessToken: () => session.accessToken(),
    onExpired: () => session.renewAfterRejection(),
    workspace: () => session.current?.workspaceId,
    fetch: options.fetch,
  });
}
