// A route's contract: method, path and TypeBox schemas for everything that goes in and comes out. The
// server registers handlers against contracts (src/route.ts) and the typed client calls them
// (src/client), so a request or response shape is written once and both ends type-check against it.

import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContract {
  method: HttpMethod;
  /** Below /api/v1 unless `root` is set; fastify path syntax (`/sites/:siteId`). */
  url: string;
  /** Served at the server root rather than under /api/v1 (health, JWKS). */
  root?: boolean;
  /** True: a valid access token is required, and the principal's workspace is the tenant. */
  auth: boolean;
  summary: string;
  tags: string[];
  params?: TObject;
  querystring?: TObject;
  body?: TSchema;
  /** The body's media type when it is not JSON (a contact form's `application/x-www-form-urlencoded`). */
  bodyMediaType?: string;
  headers?: TObject;
  /** Every status the route can answer with, errors included. */
  response: Record<number, TSchema>;
  /** Statuses whose answer is not JSON, with its media type ("text/html", "text/event-stream"). */
  mediaTypes?: Partial<Record<number, string>>;
  /**
   * Which rate-limit budget applies (rate-limit/plugin.ts): `auth` is the strict per-IP (and per-email)
   * budget that fails closed, `refresh` the per-IP budget of token refreshes; unset means `auth` for urls
   * under `/auth/` and `default` otherwise.
   */
  rateLimit?: RateLimitClass;
}

/** `form`: a site's contact form, counted by its route per address and per site (routes/forms.ts). */
export type RateLimitClass = 'auth' | 'refresh' | 'default' | 'form';

/** Keeps the literal types of a contract, which the server and client both infer from. */
export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

type StaticOf<S> = S extends TSchema ? Static<S> : undefined;

export type ParamsOf<C extends RouteContract> = StaticOf<C['params']>;
export type QueryOf<C extends RouteContract> = StaticOf<C['querystring']>;
export type BodyOf<C extends RouteContract> = StaticOf<C['body']>;

type SuccessCode<C extends RouteContract> = Extract<keyof C['response'], 200 | 201 | 202 | 204>;
/** What the route answers when it succeeds. */
export type ResultOf<C extends RouteContract> = Static<C['response'][SuccessCode<C>]>;

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable: validation_failed, not_found, …' }),
      message: Type.String({ description: 'For a person: what was wrong and what to do' }),
      details: Type.Optional(
        Type.Record(Type.String(), Type.Unknown(), {
          description:
            'Specifics, e.g. `issues` (validation paths) and `hint`: the route that helps, for API clients (messages name no routes, since people read them in the web app and the CLI)',
        }),
      ),
    }),
  },
  { title: 'ErrorBody' },
);

/** The error responses every route can give, so OpenAPI lists them and responses are validated. */
export const commonErrors = {
  400: ErrorBodySchema,
  429: ErrorBodySchema,
  500: ErrorBodySchema,
} as const;

/**
 * What any route may answer before its handler runs, added to every contract when it is registered: 414
 * for a path segment longer than the router takes (no id or host name is that long), 431 for a request
 * line and headers past Node's 16 KB.
 */
export const transportErrors = {
  414: ErrorBodySchema,
  431: ErrorBodySchema,
} as const;

export const authErrors = { ...commonErrors, 401: ErrorBodySchema, 403: ErrorBodySchema } as const;
