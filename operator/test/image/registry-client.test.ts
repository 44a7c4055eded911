// The client's protocol handling against a scripted fetch: auth challenges, upload sessions, error bodies and
// digest checks. The real registry is exercised in registry.int.test.ts.
import { describe, expect, it } from 'vitest';
import { sha256Digest } from '../../src/image/digest.ts';
import { type FetchLike, RegistryClient, RegistryError } from '../../src/image/registry-client.ts';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  accept: string | undefined;
  body?: Buffer;
}

type Handler = (request: Seen) => Response | undefined;

function scripted(...handlers: Handler[]): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = new Headers(init.headers);
    const request: Seen = {
      method: init.method ?? 'GET',
      url,
      authorization: headers.get('authorization') ?? undefined,
      accept: headers.get('accept') ?? undefined,
    };
    if (init.body) request.body = Buffer.from(init.body as Uint8Array);
    seen.push(request);
    for (const handler of handlers) {
      const response = handler(request);
      if (response) return response;
    }
    return new Response('{"errors":[{"code":"UNSUPPORTED","message":"not scripted"}]}', { status: 405 });
  };
  return { fetch, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const BEARER =
  'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:team/app:pull,push"';

describe('RegistryClient addresses', () => {
  it('uses plain HTTP for loopback registries only, unless told otherwise', () => {
    expect(new RegistryClient('127.0.0.1:15000').baseUrl).toBe('http://127.0.0.1:15000');
    expect(new RegistryClient('localhost:5000').baseUrl).toBe('http://localhost:5000');
    expect(new RegistryClient('ghcr.io').baseUrl).toBe('https://ghcr.io');
    expect(new RegistryClient('registry.svc:5000', { plainHttp: ['registry.svc:5000'] }).baseUrl).toBe(
      'http://registry.svc:5000',
    );
    expect(new RegistryClient('docker.io').baseUrl).toBe('https://registry-1.docker.io');
  });
});

describe('RegistryClient auth', () => {
  it('fetches a bearer token for the challenge and the request scopes, retries, and reuses it', async () => {
    const { fetch, seen } = scripted(
      (r) =>
        r.url.startsWith('https://auth.example/token')
          ? json(200, { token: 'T1', expires_in: 300 })
          : undefined,
      (r) =>
        r.authorization !== 'Bearer T1'
          ? new Response(null, { status: 401, headers: { 'www-authenticate': BEARER } })
          : undefined,
      (r) =>
        r.method === 'HEAD'
          ? new Response(null, { status: r.url.endsWith('a'.repeat(64)) ? 200 : 404 })
          : undefined,
    );
    const client = new RegistryClient('registry.example', {
      fetch,
      credentials: (registry) =>
        registry === 'registry.example' ? { username: 'robot', password: 's3cret' } : undefined,
    });
    expect(await client.blobExists('team/app', `sha256:${'a'.repeat(64)}`)).toBe(true);
    expect(await client.blobExists('team/app', `sha256:${'b'.repeat(64)}`)).toBe(false);

    expect(seen.map((r) => `${r.method} ${r.url.split('?')[0]} ${r.authorization ?? '-'}`)).toEqual([
      `HEAD https://registry.example/v2/team/app/blobs/sha256:${'a'.repeat(64)} -`,
      `GET https://auth.example/token Basic ${Buffer.from('robot:s3cret').toString('base64')}`,
      `HEAD https://registry.example/v2/team/app/blobs/sha256:${'a'.repeat(64)} Bearer T1`,
      `HEAD https://registry.example/v2/team/app/blobs/sha256:${'b'.repeat(64)} Bearer T1`,
    ]);
    const tokenUrl = new URL(seen[1]?.url ?? '');
    expect(tokenUrl.searchParams.get('service')).toBe('registry.example');
    expect(tokenUrl.searchParams.getAll('scope')).toEqual([
      'repository:team/app:pull',
      'repository:team/app:pull,push',
    ]);
  });

  it('accepts an OAuth2-style access_token', async () => {
    const { fetch } = scripted(
      (r) => (r.url.startsWith('https://auth.example/token') ? json(200, { access_token: 'A1' }) : undefined),
      (r) =>
        r.authorization === 'Bearer A1'
          ? json(200, {})
          : new Response(null, { status: 401, headers: { 'www-authenticate': BEARER } }),
    );
    await expect(new RegistryClient('registry.example', { fetch }).ping()).resolves.toBeUndefined();
  });

  it('answers a Basic challenge with the credentials', async () => {
    const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const { fetch, seen } = scripted((r) =>
      r.authorization === basic
        ? json(200, {})
        : new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } }),
    );
    await new RegistryClient('registry.example', {
      fetch,
      credentials: () => ({ username: 'u', password: 'p' }),
    }).ping();
    expect(seen.map((r) => r.authorization)).toEqual([undefined, basic]);
  });

  it('says that credentials are needed when it has none', async () => {
    const { fetch } = scripted(
      () => new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } }),
    );
    await expect(new RegistryClient('registry.example', { fetch }).ping()).rejects.toThrow(
      /registry\.example needs credentials/,
    );
  });

  it('surfaces a token service that refuses', async () => {
    const { fetch } = scripted(
      (r) =>
        r.url.startsWith('https://auth.example/token')
          ? json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad password' }] })
          : undefined,
      () => new Response(null, { status: 401, headers: { 'www-authenticate': BEARER } }),
    );
    await expect(new RegistryClient('registry.example', { fetch }).ping()).rejects.toThrow(
      /UNAUTHORIZED: bad password/,
    );
  });
});

describe('RegistryClient uploads', () => {
  const body = Buffer.from('layer bytes');
  const digest = sha256Digest(body);

  it('PUTs to a relative Location, keeping its query and adding the digest', async () => {
    const { fetch, seen } = scripted(
      (r) =>
        r.method === 'POST'
          ? new Response(null, {
              status: 202,
              headers: { location: '/v2/app/blobs/uploads/u1?_state=abc%2B' },
            })
          : undefined,
      (r) => (r.method === 'PUT' ? new Response(null, { status: 201 }) : undefined),
    );
    await new RegistryClient('127.0.0.1:15000', { fetch }).uploadBlob('app', digest, body);
    expect(seen[0]?.url).toBe('http://127.0.0.1:15000/v2/app/blobs/uploads/');
    expect(seen[1]?.url).toBe(
      `http://127.0.0.1:15000/v2/app/blobs/uploads/u1?_state=abc%2B&digest=${encodeURIComponent(digest)}`,
    );
    expect(seen[1]?.body?.equals(body)).toBe(true);
  });

  it("PUTs to an absolute Location on another host, without the registry's credentials", async () => {
    const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;
    const { fetch, seen } = scripted(
      (r) =>
        r.method === 'POST' && r.authorization !== basic
          ? new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } })
          : undefined,
      (r) =>
        r.method === 'POST'
          ? new Response(null, { status: 202, headers: { location: 'https://uploads.example/session/9' } })
          : undefined,
      (r) => (r.method === 'PUT' ? new Response(null, { status: 201 }) : undefined),
    );
    const credentials = () => ({ username: 'u', password: 'p' });
    await new RegistryClient('registry.example', { fetch, credentials }).uploadBlob('app', digest, body);
    expect(seen.map((r) => [r.method, r.authorization])).toEqual([
      ['POST', undefined],
      ['POST', basic],
      ['PUT', undefined],
    ]);
    expect(seen[2]?.url).toBe(`https://uploads.example/session/9?digest=${encodeURIComponent(digest)}`);
  });

  it('mounts from another repository, and uploads into the session when the mount is refused', async () => {
    let mount = 201;
    const { fetch, seen } = scripted(
      (r) =>
        r.method === 'POST'
          ? new Response(null, { status: mount, headers: { location: '/v2/site/blobs/uploads/s' } })
          : undefined,
      (r) => (r.method === 'PUT' ? new Response(null, { status: 201 }) : undefined),
    );
    const client = new RegistryClient('127.0.0.1:15000', { fetch });
    let fallbacks = 0;
    const fallback = async () => {
      fallbacks++;
      return body;
    };
    expect(await client.mountBlob('site', digest, 'base/image', fallback)).toBe('mounted');
    expect(seen[0]?.url).toBe(
      `http://127.0.0.1:15000/v2/site/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=base%2Fimage`,
    );
    expect(fallbacks).toBe(0);
    mount = 202;
    expect(await client.mountBlob('site', digest, 'base/image', fallback)).toBe('uploaded');
    expect(fallbacks).toBe(1);
    expect(seen.at(-1)?.method).toBe('PUT');
    expect(seen.at(-1)?.body?.equals(body)).toBe(true);
  });
});

describe('RegistryClient errors and checks', () => {
  it("puts the registry's error JSON in the error", async () => {
    const { fetch } = scripted(() =>
      json(400, {
        errors: [
          { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:abc' },
        ],
      }),
    );
    const client = new RegistryClient('127.0.0.1:15000', { fetch });
    const error = await client
      .putManifest('app', 'v1', Buffer.from('{}'), 'application/json')
      .catch((e) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.status).toBe(400);
    expect(error.hasCode('MANIFEST_BLOB_UNKNOWN')).toBe(true);
    expect(error.message).toContain('PUT http://127.0.0.1:15000/v2/app/manifests/v1 failed with 400');
    expect(error.message).toContain('MANIFEST_BLOB_UNKNOWN: blob unknown to registry ("sha256:abc")');
  });

  it('shows the start of a body that is not error JSON', async () => {
    const { fetch } = scripted(() => new Response('upstream proxy exploded', { status: 502 }));
    await expect(new RegistryClient('127.0.0.1:15000', { fetch }).ping()).rejects.toThrow(
      /502.*upstream proxy exploded/,
    );
  });

  it('refuses a blob whose bytes do not match its digest', async () => {
    const { fetch } = scripted(() => new Response('tampered', { status: 200 }));
    const digest = sha256Digest(Buffer.from('original'));
    await expect(new RegistryClient('127.0.0.1:15000', { fetch }).getBlob('app', digest)).rejects.toThrow(
      /should have digest .* but its 8 bytes hash to/,
    );
  });

  it('reads the media type of a manifest and checks a digest reference', async () => {
    const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, config: {}, layers: [] }));
    const { fetch, seen } = scripted(
      () =>
        new Response(manifest, {
          status: 200,
          headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v2+json; charset=utf-8' },
        }),
    );
    const client = new RegistryClient('127.0.0.1:15000', { fetch });
    const fetched = await client.getManifest('app', 'latest');
    expect(fetched.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    expect(fetched.digest).toBe(sha256Digest(manifest));
    await expect(client.getManifest('app', sha256Digest(manifest))).resolves.toBeDefined();
    await expect(client.getManifest('app', `sha256:${'0'.repeat(64)}`)).rejects.toThrow(/should have digest/);
    expect(seen[0]?.accept?.split(', ').sort()).toEqual([
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
  });

  it('refuses a manifest in a media type it does not read', async () => {
    const { fetch } = scripted(
      () =>
        new Response('{"schemaVersion":1}', {
          status: 200,
          headers: { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws' },
        }),
    );
    await expect(new RegistryClient('127.0.0.1:15000', { fetch }).getManifest('app', 'old')).rejects.toThrow(
      /media type 'application\/vnd\.docker\.distribution\.manifest\.v1\+prettyjws'/,
    );
  });
});
