// A stand-in for GitHub, which tests cannot reach, speaking its OAuth wire protocol over HTTP: the authorize
// redirect (/login/oauth/authorize), the code exchange (/login/oauth/access_token, form or JSON, answering
// errors with 200 and `{error}` as GitHub does, PKCE S256 checked), and the REST calls /user and
// /user/emails with the access token.

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from '@pagemagic/hack/testkit/free-port';

export interface GitHubTestAccount {
  id: number;
  login: string;
  name: string | null;
  emails: { email: string; primary: boolean; verified: boolean }[];
}

export interface GitHubTestServer {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Every authorisation from now on is granted by this account; undefined: the person cancels. */
  signInAs(account: GitHubTestAccount | undefined): void;
  /** Token requests seen, for asserting what the client sent. */
  tokenRequests: Record<string, string>[];
  close(): Promise<void>;
}

interface Grant {
  account: GitHubTestAccount;
  redirectUri: string;
  codeChallenge: string | undefined;
  used: boolean;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startGitHubServer(options: {
  redirectUri: string;
  port?: number;
  clientId?: string;
  clientSecret?: string;
}): Promise<GitHubTestServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? `Iv1.${randomBytes(8).toString('hex')}`;
  const clientSecret = options.clientSecret ?? randomBytes(20).toString('hex');
  const grants = new Map<string, Grant>();
  const tokens = new Map<string, GitHubTestAccount>();
  const tokenRequests: Record<string, string>[] = [];
  let current: GitHubTestAccount | undefined;

  function authorize(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    if (query.get('client_id') !== clientId) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>404</h1>');
      return;
    }
    const redirectUri = query.get('redirect_uri') ?? options.redirectUri;
    if (redirectUri !== options.redirectUri) {
      res.writeHead(400, { 'content-type': 'text/html' });
      res.end('The redirect_uri is not associated with this application.');
      return;
    }
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    const method = query.get('code_challenge_method');
    if (!current || (method !== null && method !== 'S256')) {
      back.searchParams.set('error', current ? 'invalid_request' : 'access_denied');
      back.searchParams.set(
        'error_description',
        current ? 'Only S256 is supported' : 'The user has denied your application access.',
      );
    } else {
      const code = randomBytes(10).toString('hex');
      grants.set(code, {
        account: current,
        redirectUri,
        codeChallenge: query.get('code_challenge') ?? undefined,
        used: false,
      });
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { location: back.href });
    res.end();
    void req;
  }

  async function accessToken(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const json = (req.headers['content-type'] ?? '').includes('json');
    const fields: Record<string, string> = json
      ? (JSON.parse(raw) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(raw));
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (basic) {
      const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      fields.client_id ??= decodeURIComponent(id ?? '');
      fields.client_secret ??= decodeURIComponent(secret ?? '');
    }
    tokenRequests.push(fields);
    const wantsJson = (req.headers.accept ?? '').includes('json');
    const answer = (body: Record<string, string>) => {
      if (wantsJson) send(res, 200, body);
      else {
        res.writeHead(200, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' });
        res.end(new URLSearchParams(body).toString());
      }
    };
    const fail = (error: string, description: string) =>
      answer({
        error,
        error_description: description,
        error_uri:
          'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
      });
    if (fields.client_id !== clientId || fields.client_secret !== clientSecret) {
      fail('incorrect_client_credentials', 'The client_id and/or client_secret passed are incorrect.');
      return;
    }
    const grant = grants.get(fields.code ?? '');
    if (!grant || grant.used) {
      fail('bad_verification_code', 'The code passed is incorrect or expired.');
      return;
    }
    grant.used = true;
    if (fields.redirect_uri !== undefined && fields.redirect_uri !== grant.redirectUri) {
      fail(
        'redirect_uri_mismatch',
        'The redirect_uri MUST match the registered callback URL for this application.',
      );
      return;
    }
    if (grant.codeChallenge !== undefined) {
      const verifier = fields.code_verifier ?? '';
      const computed = createHash('sha256').update(verifier).digest('base64url');
      if (computed !== grant.codeChallenge) {
        fail('bad_verification_code', 'The code_verifier does not match the code_challenge.');
        return;
      }
    }
    const token = `gho_${randomBytes(18).toString('hex')}`;
    tokens.set(token, grant.account);
    answer({ access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
  }

  function api(req: IncomingMessage, res: ServerResponse, path: string) {
    const token = /^(?:Bearer|token) (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const account = token === undefined ? undefined : tokens.get(token);
    if (!account) {
      send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    if (path === '/user') {
      send(res, 200, { login: account.login, id: account.id, name: account.name, email: null, type: 'User' });
    } else {
      send(
        res,
        200,
        account.emails.map((entry) => ({ ...entry, visibility: entry.primary ? 'private' : null })),
      );
    }
  }

  const server = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', url);
    const path = requestUrl.pathname;
    if (req.method === 'GET' && path === '/login/oauth/authorize') {
      authorize(req, res, requestUrl.searchParams);
    } else if (req.method === 'POST' && path === '/login/oauth/access_token') {
      accessToken(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
    } else if (req.method === 'GET' && (path === '/user' || path === '/user/emails')) {
      api(req, res, path);
    } else {
      send(res, 404, { message: 'Not Found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    url,
    clientId,
    clientSecret,
    tokenRequests,
    signInAs(account) {
      current = account;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
