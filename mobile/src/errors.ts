// What a person is told when a call fails: the API's own message (it says what was wrong and what to do),
// or, when the API could not be reached at all, that the phone is offline or the server is down.

import { ApiClientError } from '@pagemagic/api/client';
import { SignedOutError } from './auth/session.ts';

export interface ProblemText {
  title: string;
  message: string;
  /** The API's error code, for support and for screens that react to one (e.g. 409 conflict). */
  code?: string;
}

export function describeProblem(error: unknown): ProblemText {
  if (error instanceof ApiClientError) {
    const reference = error.requestId ? ` (request ${error.requestId})` : '';
    return { title: titleFor(error), message: `${error.message}${reference}`, code: error.code };
  }
  if (error instanceof SignedOutError) return { title: 'Signed out', message: error.message };
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError when no answer came back at all.
    return {
      title: 'Could not reach Page Magic',
      message: `No answer from the server (${error.message}). Check your connection and try again.`,
    };
  }
  return { title: 'Unexpected problem', message: error instanceof Error ? error.message : String(error) };
}

function titleFor(error: ApiClientError): string {
  if (error.status === 401) return 'Sign-in needed';
  if (error.status === 402) return 'Plan limit reached';
  if (error.status === 403) return 'Not allowed';
  if (error.status === 404) return 'Not found';
  if (error.status === 409) return 'Conflict';
  if (error.status === 429) return 'Too many requests';
  if (error.status >= 500) return 'The server had a problem';
  return 'The request was refused';
}
