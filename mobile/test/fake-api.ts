// A stand-in for the API's sign-in routes with the rules the app must live with: refresh tokens rotate on
// every use, and presenting a spent one revokes the whole family (every later refresh answers 401). It
// answers over the fetch interface the typed client uses, so the client's real request and error handling
// run; access tokens are plain strings and checked by the routes below.

type Handler = (request: { method: string; path: string; body: unknown; headers: Headers }) => {
  status: number;
  body?: unknown;
};

export class FakeAuthApi {
  readonly refreshCalls: string[] = [];
  readonly logoutCalls: string[] = [];
  revoked = false;
  /** Access tokens the API accepts. */
  readonly validAccess = new Set<string>();
  #live = new Set<string>();
  #spent = new Set<string>();
  #counter = 0;
  /** Holds refresh answers until release(), to make requests overlap deterministically. */
  #gate: Promise<void> | undefined;
  #open: (() => void) | undefined;
  readonly routes = new Map<string, Handler>();
  /** Event streams by path: the body of a text/event-stream answer, opened per request. */
  readonly streams = new Map<string, (headers: Headers) => ReadableStream<Uint8Array>>();

  issue(expiresIn = 900) {
    this.#counter += 1;
    const pair = {
      accessToken: `access-${this.#counter}`,
      refreshToken: `refresh-${this.#counter}`,
      tokenType: 'Bearer' as const,
      expiresIn,
      userId: '00000000-0000-4000-8000-000000000001',
    };
    this.#live.add(pair.refreshToken);
    this.validAccess.add(pair.accessToken);
    return pair;
  }

  holdRefreshes(): void {
    this.#gate = new Promise((resolve) => {
      this.#open = resolve;
    });
  }

  release(): void {
    this.#open?.();
    this.#gate = undefined;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    const headers = new Headers(init?.headers);
    if (url.pathname === '/api/v1/auth/refresh') {
      const token = (body as { refreshToken: string }).refreshToken;
      this.refreshCalls.push(token);
      if (this.#gate) await this.#gate;
      if (this.#spent.has(token)) this.revoked = true;
      if (this.revoked || !this.#live.has(token))
        return error(401, 'invalid_refresh_token', 'Sign in again.');
      this.#live.delete(token);
      this.#spent.add(token);
      return json(200, this.issue());
    }
    if (url.pathname === '/api/v1/auth/logout') {
      this.logoutCalls.push((body as { refreshToken: string }).refreshToken);
      return new Response(null, { status: 204 });
    }
    const handler = this.routes.get(`${method} ${url.pathname}`);
    if (!handler && !this.streams.has(url.pathname))
      return error(404, 'not_found', `No route ${method} ${url.pathname}`);
    const authorization = headers.get('authorization');
    const anonymous = url.pathname.startsWith('/api/v1/auth/');
    if (!anonymous && (!authorization || !this.validAccess.has(authorization.replace(/^Bearer /, '')))) {
      return error(401, 'invalid_token', 'The access token expired.');
    }
    const stream = this.streams.get(url.pathname);
    if (stream) {
      // The stream itself, not wrapped in Node's Response: its body machinery runs on process.nextTick,
      // which the router's fake timers (renderRouter) hold back between tests.
      return {
        status: 200,
        ok: true,
        headers: new Headers({ 'content-type': 'text/event-stream' }),
        body: abortable(stream(headers), init?.signal ?? undefined),
      } as Response;
    }
    const answer = (handler as Handler)({ method, path: url.pathname, body, headers });
    return answer.body === undefined
      ? new Response(null, { status: answer.status })
      : json(answer.status, answer.body);
  };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function error(status: number, code: string, message: string): Response {
  return json(status, { error: { code, message } });
}

/** Like fetch's body: aborting the request cancels the server's stream and errors the body being read. */
function abortable(
  source: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      signal?.addEventListener('abort', () => {
        controller.error(signal.reason);
        reader.cancel(signal.reason).catch(() => undefined);
      });
    },
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
