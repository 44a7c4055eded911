// Exit codes as DESIGN.md §8 fixes them, and the one error type commands throw: it carries the code and a
// message that says what was wrong and what to do next.

import { ApiClientError } from '@pagemagic/api/client';

export const EXIT = { ok: 0, failure: 1, usage: 2, notSignedIn: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = EXIT.failure) {
    super(message);
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);

export const notSignedIn = (why = 'You are not signed in') =>
  new CliError(
    `${why}: run pagemagic login --email you@example.com (or set PAGEMAGIC_TOKEN)`,
    EXIT.notSignedIn,
  );

/** Turns what the API (or the network) said into a CliError a person can act on. */
export function fromApiError(error: unknown, apiUrl: string, envToken = false): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ApiClientError) {
    if (error.status === 401 && envToken) {
      return new CliError(
        `The API refused PAGEMAGIC_TOKEN (${error.message}): set a fresh access token, or unset it and run pagemagic login`,
        EXIT.notSignedIn,
      );
    }
    if (error.status === 401) return notSignedIn(`Your sign-in was refused (${error.message})`);
    // A plan's limit (402): the API's message names the way to upgrade where there is one; where it does not,
    // the plan and its limits are one command away.
    const hint =
      error.status === 402
        ? error.message.includes('pagemagic billing')
          ? undefined
          : "see the plan's limits and what the workspace uses with pagemagic billing view"
        : HINTS[error.status];
    const request = error.requestId ? ` (request ${error.requestId})` : '';
    return new CliError(`${error.message}${hint ? `; ${hint}` : ''}${request}`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return new CliError(
      `Could not reach the Page Magic API at ${apiUrl} (${cause?.code ?? cause?.message ?? 'no answer'}): check the address, or pass --api-url / set PAGEMAGIC_API_URL`,
    );
  }
  return new CliError((error as Error).message ?? String(error));
}

const HINTS: Record<number, string> = {
  403: 'ask an owner of the workspace for the role, or switch with pagemagic workspaces switch <id>',
  404: 'check the name with pagemagic sites list (or builds list / domains list)',
  429: 'wait a moment and run the command again',
  503: 'the cluster is busy: run the command again in a little while',
};
