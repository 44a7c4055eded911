// Build previews against the real cluster and the local OCI registry: a site image is built and pushed the
// way the operator's build step does it (its own layerFiles, base image and buildImage), a Build CR points
// at it, and the preview link serves exactly the rendered bytes, with the site's headers sandboxed. Links
// are refused when tampered with, re-pointed at another tenant, signed with another key, or expired; one
// workspace cannot get a link for another's Build.

import { randomBytes } from 'node:crypto';
import type { Build } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { buildImage } from '@pagemagic/operator/image';
import { SiteFilesCache } from '@pagemagic/operator/serving';
import { renderSite } from '@pagemagic/operator/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv as operatorConfigFromEnv } from '../../operator/src/config.ts';
import { imageRepository, layerFiles } from '../../operator/src/controllers/build/resources.ts';
import type { PagemagicClient } from '../src/client/index.ts';
import { buildPreview } from '../src/contract/previews.ts';
import { PREVIEW_ISSUER } from '../src/previews/links.ts';
import { inPreview } from '../src/previews/serve.ts';
import { PreviewTokens } from '../src/previews/token.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const WEB_URL = 'https://app.pagemagic.test';
/** The mobile app's web export, served from an origin of its own (as make dev does). */
const APP_ORIGIN = 'http://localhost:18071';

let api: TestApi;
let alice: PagemagicClient;
let bob: PagemagicClient;
let namespaceA: string;
let namespaceB: string;
let image: string;
const rendered = renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.sites.pagemagic.test/' });
// The registry the test servers run, wherever their ports are (CI and a second checkout use different ones).
const operatorConfig = operatorConfigFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost });

async function namespaceOf(userId: string): Promise<string> {
  const { rows } = await api.services.db.query<{ namespace: string }>(
    `SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [userId],
  );
  return (rows[0] as { namespace: string }).namespace;
}

/** A Build CR as the operator leaves one, in `phase`, pointing at `image` once it succeeded. */
async function makeBuild(namespace: string, phase: 'Succeeded' | 'Running', withImage = image) {
  const name = `bakery-${randomBytes(5).toString('hex')}`;
  const build: Build = {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name, namespace, labels: { 'pagemagic.dev/website': 'bakery' } },
    spec: {
      website: 'bakery',
      contentRevision: 'bakery-content-0123456789',
      contentHash: 'a'.repeat(64),
      rendererVersion: rendered.rendererVersion,
    },
  };
  await api.services.kubeClient.create(BUILDS, build);
  await api.services.kubeClient.patchStatus(
    BUILDS,
    { namespace, name },
    phase === 'Succeeded' ? { phase, image: withImage, pages: rendered.pages.length } : { phase },
  );
  return name;
}

beforeAll(async () => {
  api = await startTestApi({
    env: { PAGEMAGIC_WEB_URL: WEB_URL, PAGEMAGIC_PREVIEW_FRAME_ORIGINS: APP_ORIGIN },
  });
  const a = await api.signUp();
  const b = await api.signUp();
  alice = api.client(a.tokens);
  bob = api.client(b.tokens);
  namespaceA = await namespaceOf(a.user.id);
  namespaceB = await namespaceOf(b.user.id);
  const pushed = await buildImage({
    base: operatorConfig.baseImage,
    target: imageRepository(operatorConfig, {
      metadata: { namespace: namespaceA },
      spec: { website: 'bakery' },
    } as Build),
    files: layerFiles(rendered),
  });
  image = pushed.reference;
}, 120_000);
afterAll(async () => api?.close());

/** The API's public URL is configured before it listens on a free port: the same path on the port it got. */
const reachable = (url: string) => `${api.url}${new URL(url).pathname}`;

const fileOf = (path: string) => {
  const file = rendered.files.get(path);
  if (!file) throw new Error(`the rendered site has no ${path}`);
  return file;
};

/** The site's own CSP for a page, as its `_headers` gives it. */
function siteCsp(path: string): string {
  const text = new TextDecoder().decode(fileOf('/_headers').body);
  const block = text.split(/\n(?=\S)/).find((rule) => rule.split('\n')[0] === path);
  const line = block?.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error(`_headers has no CSP for ${path}`);
  return line.trim().slice('Content-Security-Policy:'.length).trim();
}

describe('preview links', () => {
  let build: string;
  let previewUrl: string;

  beforeAll(async () => {
    build = await makeBuild(namespaceA, 'Succeeded');
    const link = await alice.call(buildPreview, { params: { buildId: build } });
    expect(link.previewUrl.startsWith(`${api.services.config.publicUrl}/preview/`)).toBe(true);
    expect(link.previewUrl.endsWith('/')).toBe(true);
    previewUrl = reachable(link.previewUrl);
    const expires = Date.parse(link.expiresAt);
    expect(expires).toBeGreaterThan(Date.now() + 23 * 3600 * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000 + 1000);
  });

  it('serves the Build’s files from its image without any sign-in: byte for byte, links moved into the preview', async () => {
    const root = new URL(previewUrl).pathname;
    for (const [path, file] of [
      ['', '/index.html'],
      ['about/', '/about/index.html'],
      ['pt/menu/', '/pt/menu/index.html'],
      ['sitemap.xml', '/sitemap.xml'],
      ['favicon.svg', '/favicon.svg'],
    ] as const) {
      const response = await fetch(`${previewUrl}${path}`);
      expect(response.status, path).toBe(200);
      const expected = file.endsWith('.html') ? inPreview(fileOf(file).body, root) : fileOf(file).body;
      expect(Buffer.from(await response.arrayBuffer()).equals(expected), path).toBe(true);
      expect(response.headers.get('content-type'), path).toBe(fileOf(file).contentType);
    }
    const art = [...rendered.files.keys()].find((path) => path.startsWith('/art/')) ?? '';
    const response = await fetch(`${previewUrl}${art.slice(1)}`);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(Buffer.from(await response.arrayBuffer()).equals(fileOf(art).body)).toBe(true);
  });

  it('keeps navigation and art inside the preview: every root-relative link of every page answers there', async () => {
    const root = new URL(previewUrl).pathname;
    const origin = new URL(previewUrl).origin;
    const pages = [...rendered.files.keys()].filter((path) => path.endsWith('.html') && path !== '/404.html');
    const targets = new Set<string>();
    for (const page of pages) {
      const html = await (await fetch(`${previewUrl}${page.replace(/index\.html$/, '').slice(1)}`)).text();
      const links = [...html.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1] ?? '');
      expect(links.length, page).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.startsWith(root), `${page}: ${link}`).toBe(true);
        targets.add(link.split('#')[0] ?? link);
      }
    }
    for (const target of targets) {
      expect((await fetch(`${origin}${target}`)).status, target).toBe(200);
    }
  });

  it('redirects a folder to its trailing slash inside the preview', async () => {
    const response = await fetch(`${previewUrl}about`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${new URL(previewUrl).pathname}about/`);
    const root = await fetch(previewUrl.slice(0, -1), { redirect: 'manual' });
    expect(root.status).toBe(301);
    expect(root.headers.get('location')).toBe(new URL(previewUrl).pathname);
  });

  it('answers unknown paths and the server’s own files with the site’s 404 page', async () => {
    const notFound = inPreview(fileOf('/404.html').body, new URL(previewUrl).pathname);
    for (const path of ['no-such-page/', '_headers', '_caddy.json', '..%2F..%2Fetc%2Fpasswd']) {
      const response = await fetch(`${previewUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(Buffer.from(await response.arrayBuffer()).equals(notFound), path).toBe(true);
    }
  });

  it('keeps the site’s headers, sandboxed and framable by the web app and the app origins named only', async () => {
    const response = await fetch(`${previewUrl}about/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    // Everything the site's own policy says, except who may frame it.
    for (const directive of siteCsp('/about/')
      .split(';')
      .map((d) => d.trim())) {
      if (directive.startsWith('frame-ancestors')) continue;
      expect(directives).toContain(directive);
    }
    expect(directives).toContain(`frame-ancestors ${WEB_URL} ${APP_ORIGIN}`);
    expect(directives).toContain('sandbox');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toBe('private, max-age=0, must-revalidate');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // Its sandboxed page has an opaque origin: its own files must load from there (web/test/preview-assets).
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('refuses a tampered token with 403', async () => {
    const { pathname } = new URL(previewUrl);
    const token = pathname.split('/')[2] ?? '';
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const otherTenant = Buffer.from(JSON.stringify({ ...claims, ns: namespaceB })).toString('base64url');
    const later = Buffer.from(JSON.stringify({ ...claims, exp: Number(claims.exp) + 86_400 })).toString(
      'base64url',
    );
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'pm-preview+jwt' })).toString('base64url');
    for (const forged of [
      `${header}.${payload}.${flipped}`,
      `${header}.${otherTenant}.${signature}`,
      `${header}.${later}.${signature}`,
      `${none}.${payload}.`,
      'not-a-token',
    ]) {
      const response = await fetch(`${api.url}/preview/${forged}/`);
      expect(response.status, forged).toBe(403);
      const body = await response.text();
      expect(body).toContain('This preview link is not valid');
      expect(body).not.toContain('Padaria');
      expect(response.headers.get('content-security-policy')).toContain('sandbox');
    }
  });

  it('refuses a token signed with another key with 403', async () => {
    const stranger = new PreviewTokens({
      key: randomBytes(32),
      ttlSeconds: 3600,
      issuer: PREVIEW_ISSUER,
    });
    const { token } = await stranger.sign({ namespace: namespaceA, build });
    expect((await fetch(`${api.url}/preview/${token}/`)).status).toBe(403);
  });

  it('refuses an expired token with 410', async () => {
    const { preview } = api.services.config;
    const signer = new PreviewTokens({
      key: preview.signingKey,
      ttlSeconds: preview.ttlSeconds,
      issuer: PREVIEW_ISSUER,
    });
    const { token } = await signer.sign(
      { namespace: namespaceA, build },
      new Date(Date.now() - 2 * 86_400_000),
    );
    const response = await fetch(`${api.url}/preview/${token}/`);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('expired');
    // The same signer with the present time works: only the expiry was wrong.
    const fresh = await signer.sign({ namespace: namespaceA, build });
    expect((await fetch(`${api.url}/preview/${fresh.token}/`)).status).toBe(200);
  });

  it('does not give another workspace a link to this Build', async () => {
    const error = await failure(bob.call(buildPreview, { params: { buildId: build } }));
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
    // The route needs a sign-in; only the link itself does not.
    const anonymous = await failure(api.client().call(buildPreview, { params: { buildId: build } }));
    expect(anonymous.status).toBe(401);
  });

  it('shows a page of its own for a Build that has not succeeded or is gone', async () => {
    const running = await makeBuild(namespaceA, 'Running');
    const link = await alice.call(buildPreview, { params: { buildId: running } });
    const response = await fetch(reachable(link.previewUrl));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This build is not ready');

    await api.services.kubeClient.delete(BUILDS, { namespace: namespaceA, name: running });
    const gone = await fetch(reachable(link.previewUrl));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('no longer exists');
  });
});

describe('the extracted-layer cache', () => {
  it('pulls a layer once and keeps it by digest, within its byte budget', async () => {
    const cache = new SiteFilesCache({ maxBytes: 64 * 1024 * 1024 });
    const first = await cache.get(image);
    expect(first.layerDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Buffer.from(first.files.get('/index.html')?.body ?? []).equals(fileOf('/index.html').body)).toBe(
      true,
    );
    expect(cache.has(first.layerDigest)).toBe(true);
    expect(cache.bytes).toBe(first.bytes);
    const [again, concurrent] = await Promise.all([cache.get(image), cache.get(image)]);
    expect(again).toBe(first);
    expect(concurrent).toBe(first);
  });

  it('serves a site larger than the budget without keeping it', async () => {
    const cache = new SiteFilesCache({ maxBytes: 1024 });
    const site = await cache.get(image);
    expect(site.files.size).toBeGreaterThan(0);
    expect(cache.has(site.layerDigest)).toBe(false);
    expect(cache.bytes).toBe(0);
  });
});
