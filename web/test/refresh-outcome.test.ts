import { ApiClientError } from '@pagemagic/api/client';
import { describe, expect, it } from 'vitest';
import { failedRefresh } from '../lib/refresh-outcome.ts';

const apiError = (status: number, code: string, details?: Record<string, unknown>) =>
  new ApiClientError(status, code, `${code} from the API`, details);

describe('failedRefresh', () => {
  it('takes a refused refresh token as the end of the session', () => {
    expect(failedRefresh(apiError(401, 'invalid_token'))).toEqual({ kind: 'signed-out' });
    // A token the API cannot even read (a mangled cookie) will never work either.
    expect(failedRefresh(apiError(400, 'validation_failed'))).toEqual({ kind: 'signed-out' });
  });

  it('takes a rate limit as "try again", after the time the API names', () => {
    expect(failedRefresh(apiError(429, 'rate_limited', { retryAfterSeconds: 42 }))).toEqual({
      kind: 'unavailable',
      retryAfterSeconds: 42,
    });
    expect(failedRefresh(apiError(429, 'rate_limited'))).toEqual({
      kind: 'unavailable',
      retryAfterSeconds: 5,
    });
    // Bounded: a page that says "try again in a day" helps nobody.
    expect(failedRefresh(apiError(429, 'rate_limited', { retryAfterSeconds: 86_400 }))).toEqual({
      kind: 'unavailable',
      retryAfterSeconds: 120,
    });
  });

  it('takes a server error, a timeout or a network failure as "try again"', () => {
    for (const error of [
      apiError(500, 'internal'),
      apiError(502, 'unexpected_response'),
      apiError(503, 'unavailable'),
      apiError(504, 'unexpected_response'),
      apiError(408, 'timeout'),
      new TypeError('fetch failed'),
      new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    ]) {
      expect(failedRefresh(error), String(error)).toEqual({ kind: 'unavailable', retryAfterSeconds: 5 });
    }
  });
});
