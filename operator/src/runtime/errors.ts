// Reading the API server's verdict out of a thrown error, whichever client threw it: our KubeClient and
// client-node's generated APIs both throw ApiException (`code`, `body`); its Watch class sets `statusCode`.

export interface ApiStatus {
  kind?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
}

/** The HTTP status of a failed API call, or undefined for errors that never reached the server. */
export function apiStatusCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  // An AbortError is a DOMException whose numeric `code` (20) is no HTTP status.
  for (const value of [statusCode, code]) {
    if (typeof value === 'number' && value >= 100 && value <= 599 && !(error instanceof DOMException))
      return value;
  }
  return undefined;
}

/** 409: a write lost an optimistic-concurrency race (or a create found the name taken). */
export function isConflict(error: unknown): boolean {
  return apiStatusCode(error) === 409;
}

export function isNotFound(error: unknown): boolean {
  return apiStatusCode(error) === 404;
}

/** 410: a resourceVersion or continue token older than the server still remembers. */
export function isGone(error: unknown): boolean {
  return apiStatusCode(error) === 410;
}

/** `reason: AlreadyExists` tells a create's 409 from an update's. */
export function isAlreadyExists(error: unknown): boolean {
  if (!isConflict(error)) return false;
  const body = (error as { body?: unknown }).body;
  return typeof body === 'object' && body !== null && (body as ApiStatus).reason === 'AlreadyExists';
}
