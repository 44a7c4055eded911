// The real site image served by its own server. Pushes the real base (hack/bin/pagemagic-static), builds
// the example site on it as a Build does, pulls it back and unpacks every layer, then runs the image's
// entrypoint from the unpacked tree (with the image's Env, the listen address and root pointed at a loopback
// port and the tree) and compares it path by path with site/serve.ts serving the same rendered files.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, zstdDecompressSync } from 'node:zlib';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerFiles } from '../../src/controllers/build/resources.ts';
import {
  type BaseImageResult,
  type BuildImageResult,
  buildImage,
  createBaseImage,
  extractImage,
  RegistryClient,
  type ResolvedImage,
  STATIC_CONFIG_PATH,
  staticServerConfigFile,
} from '../../src/image/index.ts';
import { headersForPath, parseHeadersFile, renderSite } from '../../src/site/render/index.ts';
import { type SiteServer, startSiteServer } from '../../src/site/serve.ts';

const { registryHost, registryUrl } = testServerSettings();
// Built by hack/tools/build.sh (`make tools`).
const serverPath = join(repoRoot, 'hack', 'bin', 'pagemagic-static');
const ns = `test/${randomBytes(6).toString('hex')}`;
const baseRepository = `${registryHost}/${ns}/base`;
const siteRepository = `${registryHost}/${ns}/bakery`;

const render = () => renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.pagemagic.site' });
const rendered = render();
const rules = parseHeadersFile(new TextDecoder().decode(rendered.files.get('/_headers')?.body));
/** Every header name some `_headers` rule sets: each must come out of both servers alike. */
const ruleHeaderNames = [
  ...new Set(rules.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()))),
];
const servedPaths = [...rendered.files.keys()].filter((path) => path !== '/_headers');
const pagePaths = rendered.pages.map((page) => page.urlPath);

let base: BaseImageResult;
let site: BuildImageResult;
let image: ResolvedImage;
let work: string;
let tree: string;
let home: string;
let caddy: ChildProcess;
let caddyLog = '';
let caddyUrl: string;
let reference: SiteServer;
let treeBefore: string[];

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request, byte for byte: no decompression, the path sent as given. */
function get(
  url: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const both = (path: string, options?: Parameters<typeof get>[2]) =>
  Promise.all([get(caddyUrl, path, options), get(reference.url, path, options)]);

function ruleHeaders(response: Response): Record<string, string | string[] | undefined> {
  return Object.fromEntries(ruleHeaderNames.map((name) => [name, response.headers[name]]));
}

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** Every path under `directory` with its size and mtime, to show the server wrote nothing. */
async function listTree(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const lines = await Promise.all(
    entries.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const info = await stat(path);
      return `${path} ${entry.isDirectory() ? 'dir' : info.size} ${info.mtimeMs}`;
    }),
  );
  return lines.sort();
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pagemagic-static exited (${child.exitCode}):\n${caddyLog}`);
    try {
      await get(url, '/');
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`pagemagic-static did not answer within 30s:\n${caddyLog}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The image's entrypoint and Env, run from the unpacked tree: absolute paths re-rooted there. */
async function runImage(): Promise<void> {
  const config = image.config.config ?? {};
  const [program, ...args] = (config.Entrypoint ?? []).map((arg) =>
    arg.startsWith('/') ? join(tree, arg) : arg,
  );
  if (!program) throw new Error('the site image has no entrypoint');
  const port = await freePort();
  caddyUrl = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries((config.Env ?? []).map((entry) => entry.split(/=(.*)/s).slice(0, 2)));
  caddy = spawn(program, args, {
    cwd: join(tree, config.WorkingDir ?? '/'),
    env: {
      ...env,
      PAGEMAGIC_STATIC_LISTEN: `127.0.0.1:${port}`,
      PAGEMAGIC_STATIC_ROOT: join(tree, 'srv', 'site'),
      HOME: home,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  caddy.stderr?.on('data', (chunk: Buffer) => {
    caddyLog += chunk.toString();
  });
  await waitUntilServing(caddyUrl, caddy);
}

beforeAll(async () => {
  try {
    await new RegistryClient(registryHost).ping();
  } catch (error) {
    throw new Error(`no OCI registry at ${registryUrl}: run 'bash hack/test-servers.sh up' (${error})`);
  }
  base = await createBaseImage({ target: baseRepository, tag: '1', serverPath });
  site = await buildImage({
    base: `${baseRepository}:1`,
    target: siteRepository,
    tag: 'live',
    files: layerFiles(rendered),
  });
  work = await mkdtemp(join(tmpdir(), 'pagemagic-static-'));
  tree = join(work, 'image');
  home = join(work, 'home');
  await mkdir(home);
  image = await extractImage(site.reference, tree);
  treeBefore = await listTree(work);
  await runImage();
  reference = await startSiteServer(rendered.files);
}, 300_000);

afterAll(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((resolve) => caddy.once('exit', resolve));
    caddy.kill('SIGTERM');
    await exited;
  }
  await reference?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the site image', () => {
  it('runs pagemagic-static on its config, as a non-root user on 8080, from /srv/site', () => {
    expect(image.config.config).toMatchObject({
      User: '65532:65532',
      ExposedPorts: { '8080/tcp': {} },
      Entrypoint: ['/usr/bin/pagemagic-static', 'run', '--config', '/srv/site/_caddy.json'],
      WorkingDir: '/srv/site',
      Env: [
        'PATH=/usr/local/bin:/usr/bin:/bin',
        'PAGEMAGIC_STATIC_LISTEN=:8080',
        'PAGEMAGIC_STATIC_ROOT=/srv/site',
      ],
    });
    expect(image.manifest.layers.map((layer) => layer.digest)).toEqual([base.layerDigest, site.layerDigest]);
  });

  it('holds the server and the site with its server config, and nothing else', async () => {
    const server = join(tree, 'usr', 'bin', 'pagemagic-static');
    expect((await readFile(server)).equals(await readFile(serverPath))).toBe(true);
    expect((await stat(server)).mode & 0o777).toBe(0o755);
    const siteFiles = (await readdir(join(tree, 'srv', 'site'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(join(tree, 'srv', 'site').length));
    expect(siteFiles.sort()).toEqual([...rendered.files.keys(), STATIC_CONFIG_PATH].sort());
    expect(
      (await readFile(join(tree, 'srv', 'site', STATIC_CONFIG_PATH))).equals(staticServerConfigFile(rules)),
    ).toBe(true);
    expect((await readdir(tree)).sort()).toEqual(['srv', 'usr']);
  });

  it('has the same digest when built again from the same files, on a base pushed again', async () => {
    const again = await createBaseImage({ target: baseRepository, tag: '1', serverPath });
    expect(again.digest).toBe(base.digest);
    const rebuilt = await buildImage({
      base: `${baseRepository}:1`,
      target: siteRepository,
      tag: 'live',
      files: layerFiles(render()),
    });
    expect(rebuilt.digest).toBe(site.digest);
  });
});

describe('pagemagic-static serving the site image, against site/serve.ts', () => {
  it('serves every file and page with the same status, body, Content-Type and `_headers` headers', async () => {
    expect(servedPaths.length).toBeGreaterThan(20);
    for (const path of [...servedPaths, ...pagePaths]) {
      const [real, expected] = await both(path);
      expect(real.status, path).toBe(200);
      expect(real.status, path).toBe(expected.status);
      expect(real.body.equals(expected.body), path).toBe(true);
      expect(real.headers['content-type'], path).toBe(expected.headers['content-type']);
      expect(real.headers.vary, path).toBe(expected.headers.vary);
      expect(ruleHeaders(real), path).toEqual(ruleHeaders(expected));
      expect(ruleHeaders(real), path).toMatchObject(lower(headersForPath(rules, path)));
      expect(real.headers['content-security-policy'], path).toBeDefined();
    }
  });

  it("redirects a page's path without its trailing slash, with that page's headers", async () => {
    const pages = pagePaths.filter((path) => path !== '/' && path.endsWith('/'));
    expect(pages).toContain('/menu/');
    for (const page of pages) {
      const path = page.slice(0, -1);
      const [real, expected] = await both(path);
      expect([real.status, real.headers.location], path).toEqual([301, page]);
      expect([real.status, real.headers.location], path).toEqual([
        expected.status,
        expected.headers.location,
      ]);
      expect(ruleHeaders(real), path).toEqual(ruleHeaders(expected));
    }
  });

  it('answers unknown paths, `_headers`, the config and folders without an index with the 404 page and its headers', async () => {
    const notFound = rendered.files.get('/404.html')?.body;
    for (const path of ['/no-such-page', '/menu/no-such-page/', '/art/', '/_headers', STATIC_CONFIG_PATH]) {
      const [real, expected] = await both(path);
      expect(real.status, path).toBe(404);
      expect(expected.status, path).toBe(404);
      expect(notFound && real.body.equals(notFound), path).toBe(true);
      expect(real.body.equals(expected.body), path).toBe(true);
      expect(real.headers['content-type'], path).toBe(expected.headers['content-type']);
      expect(ruleHeaders(real), path).toEqual(ruleHeaders(expected));
      expect(ruleHeaders(real), path).toMatchObject(lower(headersForPath(rules, '/404.html')));
    }
  });

  it('answers GET and HEAD only: anything else is 405 with Allow and no site headers', async () => {
    for (const [method, path] of [
      ['POST', '/'],
      ['PUT', '/menu/'],
      ['DELETE', '/no-such-page'],
      ['OPTIONS', '/'],
    ] as const) {
      const [real, expected] = await both(path, { method });
      expect([real.status, real.headers.allow], `${method} ${path}`).toEqual([405, 'GET, HEAD']);
      expect([real.status, real.headers.allow]).toEqual([expected.status, expected.headers.allow]);
      expect(ruleHeaders(real)).toEqual(ruleHeaders(expected));
      expect(real.headers['content-security-policy']).toBeUndefined();
    }
    const [head, getResponse] = await Promise.all([
      get(caddyUrl, '/menu/', { method: 'HEAD' }),
      get(caddyUrl, '/menu/'),
    ]);
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect(ruleHeaders(head)).toEqual(ruleHeaders(getResponse));
    expect(head.headers['content-type']).toBe(getResponse.headers['content-type']);
  });

  it('compresses what serve.ts compresses when the client accepts gzip, and offers zstd', async () => {
    const svg = [...rendered.files]
      .filter(([path]) => path.endsWith('.svg'))
      .sort(([, a], [, b]) => b.body.length - a.body.length)[0];
    const paths = ['/menu/', '/sitemap.xml', svg?.[0] ?? '/favicon.svg', '/no-such-page'];
    for (const path of paths) {
      const [real, expected] = await both(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(real.headers['content-encoding'], path).toBe('gzip');
      expect(expected.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(real.body).equals(gunzipSync(expected.body)), path).toBe(true);
    }
    const [small, smallExpected] = await both('/robots.txt', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.equals(smallExpected.body)).toBe(true);
    const zstd = await get(caddyUrl, '/menu/', { headers: { 'Accept-Encoding': 'zstd, gzip' } });
    expect(zstd.headers['content-encoding']).toBe('zstd');
    expect(
      zstdDecompressSync(zstd.body).equals(rendered.files.get('/menu/index.html')?.body ?? Buffer.alloc(0)),
    ).toBe(true);
  });

  it('gives paths that are not clean the 404 page rather than another path under the wrong headers', async () => {
    for (const path of ['//menu/', '/art/../menu/', '/./index.html']) {
      const real = await get(caddyUrl, path);
      expect(real.status, path).toBe(404);
      expect(ruleHeaders(real), path).toMatchObject(lower(headersForPath(rules, '/404.html')));
    }
  });

  it('has written nothing: not in the tree it serves, not in its home', async () => {
    expect(await listTree(work)).toEqual(treeBefore);
    expect(await readdir(home)).toEqual([]);
  });
});
