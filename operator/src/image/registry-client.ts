// A client for the OCI distribution API (https://github.com/opencontainers/distribution-spec), just what
// building and reading images needs: blobs (exists, upload, cross-repository mount, download) and
// manifests (get, put), with the token auth that Docker Hub, GHCR and most registries use.

import { sha256Digest, verifyDigest } from './digest.ts';
import { MANIFEST_MEDIA_TYPES } from './oci.ts';
import { DOCKER_HUB } from './reference.ts';
import { parseWwwAuthenticate } from './www-authenticate.ts';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryOptions {
  /** Replaces the global fetch, e.g. to count or log requests. */
  fetch?: FetchLike;
  /**
   * Registries to reach over plain HTTP: true for all, or a list of hosts as written in references.
   * Defaults to loopback hosts only (localhost, 127.x.x.x, [::1]), like docker.
   */
  plainHttp?: boolean | readonly string[];
  /**
   * Credentials for a registry, sent to its token service or as Basic auth when it asks for them. Asked
   * for only when the registry challenges, once per client, so they may come from somewhere slow (a
   * Kubernetes Secret) and a registry that needs none never causes a read.
   */
  credentials?: (
    registry: string,
  ) => RegistryCredentials | undefined | Promise<RegistryCredentials | undefined>;
}

export interface RegistryErrorDetail {
  code: string;
  message: string;
  detail?: unknown;
}

/** A registry answered with an unexpected status; `errors` holds its `{"errors":[…]}` body when it sent one. */
export class RegistryError extends Error {
  readonly status: number;
  readonly errors: RegistryErrorDetail[];
  readonly method: string;
  readonly url: string;

  constructor(
    method: string,
    url: string,
    status: number,
    statusText: string,
    errors: RegistryErrorDetail[],
    body: string,
  ) {
    const described = errors.map((e) => {
      const detail = e.detail === undefined ? '' : ` (${JSON.stringify(e.detail)})`;
      return `${e.code}: ${e.message}${detail}`;
    });
    const text =
      described.length > 0 ? described.join('; ') : body.trim().slice(0, 300) || 'no error details';
    super(`${method} ${url} failed with ${status} ${statusText}: ${text}`);
    this.name = 'RegistryError';
    this.status = status;
    this.errors = errors;
    this.method = method;
    this.url = url;
  }

  hasCode(code: string): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

export function parseRegistryErrors(body: string): RegistryErrorDetail[] {
  try {
    const parsed: unknown = JSON.parse(body);
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      !('errors' in parsed) ||
      !Array.isArray(parsed.errors)
    ) {
      return [];
    }
    return parsed.errors.flatMap((e: unknown): RegistryErrorDetail[] => {
      if (typeof e !== 'object' || e === null) return [];
      const { code, message, detail } = e as Record<string, unknown>;
      const out: RegistryErrorDetail = {
        code: typeof code === 'string' ? code : 'UNKNOWN',
        message: typeof message === 'string' ? message : '',
      };
      if (detail !== undefined) out.detail = detail;
      return [out];
    });
  } catch {
    return [];
  }
}

/** localhost, 127.x.x.x and [::1], with or without a port: the registries plain HTTP is allowed for by default. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface FetchedManifest {
  mediaType: string;
  /** The digest of `bytes`, checked against the reference when it was a digest. */
  digest: string;
  bytes: Buffer;
  json: unknown;
}

interface SendOptions {
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Token scopes the request needs, e.g. `repository:sites/bakery:pull,push`. */
  scopes: readonly string[];
  /** Statuses that count as success; anything else throws a RegistryError. */
  ok: readonly number[];
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

// Tokens are refreshed a little before the registry would reject them.
const TOKEN_MARGIN_MS = 10_000;
const DEFAULT_TOKEN_LIFETIME_S = 60;

export function pullScope(repository: string): string {
  return `repository:${repository}:pull`;
}

export function pushScope(repository: string): string {
  return `repository:${repository}:pull,push`;
}

export class RegistryClient {
  /** The registry as written in references, e.g. '127.0.0.1:15000' or 'docker.io'. */
  readonly registry: string;
  readonly baseUrl: string;
  readonly #origin: string;
  readonly #fetch: FetchLike;
  readonly #credentialSource: RegistryOptions['credentials'];
  #credentials: Promise<RegistryCredentials | undefined> | undefined;
  readonly #tokens = new Map<string, CachedToken>();
  #basicAuth: string | undefined;

  constructor(registry: string, options: RegistryOptions = {}) {
    this.registry = registry;
    const plain =
      options.plainHttp === true ||
      (Array.isArray(options.plainHttp)
        ? options.plainHttp.includes(registry)
        : isLoopbackRegistry(registry));
    // Docker Hub's API lives on another host than its references name.
    const apiHost = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
    this.baseUrl = `${plain ? 'http' : 'https'}://${apiHost}`;
    this.#origin = new URL(this.baseUrl).origin;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#credentialSource = options.credentials;
  }

  #credentialsFor(): Promise<RegistryCredentials | undefined> {
    this.#credentials ??= Promise.resolve().then(() => this.#credentialSource?.(this.registry));
    return this.#credentials;
  }

  /** Checks that the registry speaks the distribution API (and that we may talk to it). */
  async ping(): Promise<void> {
    const response = await this.#send('GET', '/v2/', { scopes: [], ok: [200] });
    await response.body?.cancel();
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.#send('HEAD', `/v2/${repository}/blobs/${digest}`, {
      scopes: [pullScope(repository)],
      ok: [200, 404],
    });
    await response.body?.cancel();
    return response.status === 200;
  }

  /** Downloads a blob and checks that it hashes to `digest`. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const response = await this.#send('GET', `/v2/${repository}/blobs/${digest}`, {
      scopes: [pullScope(repository)],
      ok: [200],
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    verifyDigest(bytes, digest, `blob ${digest} from ${this.registry}/${repository}`);
    return bytes;
  }

  /** Uploads a blob in one request (POST for an upload session, then PUT with the digest). */
  async uploadBlob(repository: string, digest: string, body: Uint8Array): Promise<void> {
    const response = await this.#send('POST', `/v2/${repository}/blobs/uploads/`, {
      scopes: [pushScope(repository)],
      ok: [202],
    });
    await response.body?.cancel();
    await this.#finishUpload(repository, response, digest, body);
  }

  /**
   * Asks the registry to link a blob from another repository it holds, which copies nothing. A registry
   * may refuse (the blob is not there, or cross-repository mounts are off) by opening an upload session
   * instead; the blob from `fallback` is uploaded into that session.
   */
  async mountBlob(
    repository: string,
    digest: string,
    from: string,
    fallback: () => Promise<Uint8Array>,
  ): Promise<'mounted' | 'uploaded'> {
    const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await this.#send('POST', `/v2/${repository}/blobs/uploads/?${query}`, {
      scopes: [pushScope(repository), pullScope(from)],
      ok: [201, 202],
    });
    await response.body?.cancel();
    if (response.status === 201) return 'mounted';
    await this.#finishUpload(repository, response, digest, await fallback());
    return 'uploaded';
  }

  async #finishUpload(
    repository: string,
    session: Response,
    digest: string,
    body: Uint8Array,
  ): Promise<void> {
    const location = session.headers.get('location');
    if (!location) {
      throw new Error(
        `${this.registry} opened an upload session for ${repository} without a Location header`,
      );
    }
    // Location may be relative to the registry or absolute, and may already carry a query (upload state).
    const url = new URL(location, this.baseUrl).href;
    const separator = url.includes('?') ? '&' : '?';
    const response = await this.#send('PUT', `${url}${separator}digest=${encodeURIComponent(digest)}`, {
      headers: { 'content-type': 'application/octet-stream' },
      body,
      scopes: [pushScope(repository)],
      ok: [201],
    });
    await response.body?.cancel();
  }

  /** Gets a manifest or index by tag or digest, in any of the media types this builder understands. */
  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    const response = await this.#send('GET', `/v2/${repository}/manifests/${reference}`, {
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      scopes: [pullScope(repository)],
      ok: [200],
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const what = `manifest ${this.registry}/${repository}:${reference}`;
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:')) verifyDigest(bytes, reference, what);
    const claimed = response.headers.get('docker-content-digest');
    if (claimed?.startsWith('sha256:') && claimed !== digest) {
      throw new Error(`${what}: the registry says its digest is ${claimed} but its bytes hash to ${digest}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new Error(`${what} is not JSON`);
    }
    const declared =
      typeof json === 'object' && json !== null && 'mediaType' in json && typeof json.mediaType === 'string'
        ? json.mediaType
        : undefined;
    const header = response.headers.get('content-type')?.split(';')[0]?.trim();
    const mediaType = declared ?? header ?? '';
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType)) {
      throw new Error(`${what} has media type '${mediaType}', which this builder does not read`);
    }
    return { mediaType, digest, bytes, json };
  }

  /** Puts a manifest under a tag or its digest and returns its digest. */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
  ): Promise<string> {
    const digest = sha256Digest(bytes);
    const response = await this.#send('PUT', `/v2/${repository}/manifests/${reference}`, {
      headers: { 'content-type': mediaType },
      body: bytes,
      scopes: [pushScope(repository)],
      ok: [201],
    });
    await response.body?.cancel();
    const stored = response.headers.get('docker-content-digest');
    if (stored?.startsWith('sha256:') && stored !== digest) {
      throw new Error(`${this.registry}/${repository} stored the manifest as ${stored}, expected ${digest}`);
    }
    return digest;
  }

  // --- requests and auth -----------------------------------------------------

  async #send(method: string, pathOrUrl: string, options: SendOptions): Promise<Response> {
    const url = pathOrUrl.startsWith('/') ? `${this.baseUrl}${pathOrUrl}` : pathOrUrl;
    let response = await this.#attempt(method, url, options);
    if (response.status === 401) {
      const challenge = response.headers.get('www-authenticate') ?? '';
      await response.body?.cancel();
      await this.#authenticate(challenge, options.scopes, method, url);
      response = await this.#attempt(method, url, options);
    }
    if (!options.ok.includes(response.status)) {
      const body = method === 'HEAD' ? '' : await response.text();
      if (response.status === 401) {
        const credentials = await this.#credentialsFor();
        const said = parseRegistryErrors(body)
          .map((e) => `${e.code}: ${e.message}`)
          .join('; ');
        throw new RegistryError(
          method,
          url,
          401,
          response.statusText,
          [],
          `${
            credentials
              ? `${this.registry} did not accept the credentials of '${credentials.username}': check the username and password (or token) configured for it`
              : `${this.registry} needs credentials: configure them for this registry`
          }${said ? ` (the registry said ${said})` : ''}`,
        );
      }
      throw new RegistryError(
        method,
        url,
        response.status,
        response.statusText,
        parseRegistryErrors(body),
        body,
      );
    }
    return response;
  }

  async #attempt(method: string, url: string, options: SendOptions): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    // Credentials are for this registry only, not for another host its upload Location points to.
    const authorization =
      new URL(url).origin === this.#origin ? this.#authorization(options.scopes) : undefined;
    if (authorization) headers.authorization = authorization;
    const init: RequestInit = { method, headers, redirect: 'follow' };
    if (options.body) init.body = options.body;
    return this.#fetch(url, init);
  }

  #authorization(scopes: readonly string[]): string | undefined {
    const cached = this.#tokens.get(scopeKey(scopes));
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    return this.#basicAuth;
  }

  async #authenticate(header: string, scopes: readonly string[], method: string, url: string): Promise<void> {
    const challenges = parseWwwAuthenticate(header);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const credentials = await this.#credentialsFor();
    if (bearer?.params.realm) {
      const wanted = [...scopes, ...(bearer.params.scope?.split(' ').filter(Boolean) ?? [])];
      this.#tokens.set(
        scopeKey(scopes),
        await this.#fetchToken(bearer.params.realm, bearer.params.service, wanted, credentials),
      );
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic') && credentials) {
      this.#basicAuth = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      return;
    }
    throw new RegistryError(
      method,
      url,
      401,
      'Unauthorized',
      [],
      credentials
        ? `the registry did not accept the credentials for ${this.registry} (challenge: ${header || 'none'})`
        : `${this.registry} needs credentials; configure them for this registry (challenge: ${header || 'none'})`,
    );
  }

  async #fetchToken(
    realm: string,
    service: string | undefined,
    scopes: readonly string[],
    credentials: RegistryCredentials | undefined,
  ): Promise<CachedToken> {
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of [...new Set(scopes)].sort()) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (credentials) {
      const { username, password } = credentials;
      headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    const response = await this.#fetch(url.href, { method: 'GET', headers });
    const body = await response.text();
    if (!response.ok) {
      throw new RegistryError(
        'GET',
        url.href,
        response.status,
        response.statusText,
        parseRegistryErrors(body),
        body,
      );
    }
    return parseTokenResponse(body, url.href, Date.now());
  }
}

function scopeKey(scopes: readonly string[]): string {
  return [...new Set(scopes)].sort().join(' ');
}

/** A token service's answer: `token` (or OAuth2's `access_token`) and an optional lifetime in seconds. */
export function parseTokenResponse(body: string, url: string, now: number): CachedToken {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`the token service at ${url} answered with something that is not JSON`);
  }
  const {
    token,
    access_token: accessToken,
    expires_in: expiresIn,
  } = (parsed ?? {}) as Record<string, unknown>;
  const value =
    typeof token === 'string' && token ? token : typeof accessToken === 'string' ? accessToken : '';
  if (!value) throw new Error(`the token service at ${url} answered without a token`);
  const lifetimeMs =
    (typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_LIFETIME_S) * 1000;
  return { token: value, expiresAt: now + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2) };
}
