// The typed client for cli, web and mobile. Each call names a route contract (src/contract), so its input
// and result types are the same TypeBox schemas the server validates with. Errors come back as
// ApiClientError with the server's code, message and details.

import type { Static, TSchema } from '@sinclair/typebox';
import type { ResultOf, RouteContract } from '../contract/define.ts';

export type { BodyOf, ParamsOf, QueryOf, ResultOf, RouteContract } from '../contract/define.ts';
export { readEvents, type SseEvent, SseParser } from './events.ts';

export const API_PREFIX = '/api/v1';

export class ApiClientError extends Error {
  override name = 'ApiClientError';
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;
  constructor(
    status: number,
    code: string,
    message: string,
    details?: Record<string, unknown>,
    requestId?: string,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

export interface ClientOptions {
  baseUrl: string;
  /** The access token to send, read before every call so a refreshed token is picked up. */
  accessToken?: () => string | undefined | Promise<string | undefined>;
  /** Called once when a call fails with 401 invalid_token; return true when it got a new token to retry with. */
  onExpired?: () => Promise<boolean>;
  workspace?: () => string | undefined;
  fetch?: typeof fetch;
  userAgent?: string;
}

// Whether an input part is required is read from the contract's schemas, not by comparing their Static
// types: the comparison makes TypeScript expand every schema and gives up (TS2589) on large ones.
type Part<K extends string, S, Required extends boolean> = S extends TSchema
  ? Required extends true
    ? { [P in K]: Static<S> }
    : { [P in K]?: Static<S> }
  : { [P in K]?: never };
export type CallInput<C extends RouteContract> = Part<'params', C['params'], true> &
  Part<'query', C['querystring'], false> &
  Part<'body', C['body'], true>;

export function routePath(contract: RouteContract, params: Record<string, unknown> = {}): string {
  const path = contract.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${contract.url} needs the parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return contract.root ? path : `${API_PREFIX}${path}`;
}

export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export class PagemagicClient {
  readonly baseUrl: string;
  readonly #options: ClientOptions;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#options = options;
  }

  async call<C extends RouteContract>(contract: C, ...[input]: NoInfer<CallArgs<C>>): Promise<ResultOf<C>> {
    const response = await this.send(contract, (input ?? {}) as CallInput<C>);
    if (response.status === 204) return undefined as ResultOf<C>;
    return (await response.json()) as ResultOf<C>;
  }

  /** The raw response of a successful call (for streams such as Server-Sent Events). */
  async send<C extends RouteContract>(
    contract: C,
    input: NoInfer<CallInput<C>>,
    init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    const { params, query, body } = input as { params?: object; query?: object; body?: unknown };
    const url = `${this.baseUrl}${routePath(contract, params as Record<string, unknown>)}${queryString(query as Record<string, unknown>)}`;
    const attempt = async () => {
      const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
      const token = await this.#options.accessToken?.();
      if (token && contract.auth) headers.authorization = `Bearer ${token}`;
      const workspace = this.#options.workspace?.();
      if (workspace) headers['x-pagemagic-workspace'] = workspace;
      if (this.#options.userAgent) headers['user-agent'] = this.#options.userAgent;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return (this.#options.fetch ?? fetch)(url, {
        method: contract.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: init.signal,
      });
    };
    let response = await attempt();
    if (response.status === 401 && contract.auth && this.#options.onExpired) {
      const error = await readError(response);
      if (error.code === 'invalid_token' && (await this.#options.onExpired())) response = await attempt();
      else throw error;
    }
    if (!response.ok) throw await readError(response);
    return response;
  }
}

type CallArgs<C extends RouteContract> = C['params'] extends TSchema
  ? [input: CallInput<C>]
  : C['body'] extends TSchema
    ? [input: CallInput<C>]
    : [input?: CallInput<C>];

async function readError(response: Response): Promise<ApiClientError> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const text = await response.text();
  try {
    const { error } = JSON.parse(text) as {
      error: { code: string; message: string; details?: Record<string, unknown> };
    };
    return new ApiClientError(response.status, error.code, error.message, error.details, requestId);
  } catch {
    return new ApiClientError(
      response.status,
      'unexpected_response',
      `The API answered ${response.status} without an error body: ${text.slice(0, 200)}`,
      undefined,
      requestId,
    );
  }
}
