// One error shape for every failure the API reports: `{error: {code, message, details}}`. `code` is stable
// and machine-readable, `message` is a sentence for a person that says what to do, `details` carries
// specifics such as validation paths.

export const ERROR_CODES = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_token: 401,
  payment_required: 402,
  /** The plan does not allow one more of something; details say which limit, the number and the plan. */
  plan_limit: 402,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  quota_exceeded: 409,
  request_timeout: 408,
  gone: 410,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  headers_too_large: 431,
  too_many_streams: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ApiError extends Error {
  override name = 'ApiError';
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, statusCode?: number) {
    super(message);
    this.code = code;
    this.details = details;
    this.statusCode = statusCode ?? ERROR_CODES[code];
  }
}

export const notFound = (what: string) =>
  new ApiError('not_found', `${what} was not found; check the id, or list what you can see`);

export const forbidden = (message: string) => new ApiError('forbidden', message);

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export function errorBody(code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
