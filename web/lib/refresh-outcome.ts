// What a refresh attempt means for the session. Only the API saying no to the refresh token ends it; a
// rate limit, a server error, a timeout or a network failure says nothing about the session, so the person
// is asked to try again with their cookies untouched.

import { ApiClientError } from '@pagemagic/api/client';
import type { TokenPair } from './session.ts';

export type RefreshOutcome =
  | { kind: 'refreshed'; tokens: TokenPair }
  | { kind: 'signed-out' }
  | { kind: 'unavailable'; retryAfterSeconds: number };

/** When the API does not say how long to wait. */
const DEFAULT_RETRY_SECONDS = 5;
const MAX_RETRY_SECONDS = 120;

/** The outcome of a refresh call that threw `error`. */
export function failedRefresh(error: unknown): RefreshOutcome {
  if (error instanceof ApiClientError) {
    if (error.status === 429) {
      const asked = Number(error.details?.retryAfterSeconds);
      const seconds = Number.isFinite(asked) && asked >= 1 ? Math.ceil(asked) : DEFAULT_RETRY_SECONDS;
      return { kind: 'unavailable', retryAfterSeconds: Math.min(seconds, MAX_RETRY_SECONDS) };
    }
    // 401: the token is spent, revoked, expired or unknown. Other 4xx (a token too mangled to validate)
    // would fail the same way however often it is tried. 408 is the one "try again" among them.
    if (error.status >= 400 && error.status < 500 && error.status !== 408) return { kind: 'signed-out' };
  }
  return { kind: 'unavailable', retryAfterSeconds: DEFAULT_RETRY_SECONDS };
}
