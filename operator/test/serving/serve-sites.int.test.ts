// `serve-sites` against the local cluster and registry, with a real Website built by the operator: the
// Website's URL names the router's scheme and port, a request with that Host gets the live Build's files
// exactly as its image holds them (pretty URLs, the site's 404 page and headers), an unknown host gets a
// page saying what to do, and a newly published Build is served without a restart.

import { gunzipSync } from 'node:zlib';
import type { Build, Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullLayerFiles, SITE_PREFIX } from '../../src/image/index.ts';
import { type KubeObject, resources } from '../../src/runtime/index.ts';
import { headersForPath, parseHeadersFile } from '../../src/site/index.ts';
import { getByHost, type ServedSites, startServedSites } from '../helpers/served-sites.ts';

const NAME = 'bakery';
let served: ServedSites;
let website: Website;
let build: Build;
let host: string;
let files: Map<string, { body: Buffer }>;

beforeAll(async () => {
  served = await startServedSites('serve-sites');
  ({ website, build } = await served.createWebsite(
    NAME,
    'A family bakery in Porto with fresh bread and pastel de nata',
  ));
  host = new URL(website.status?.url ?? 'http://missing/').hostname;
  files = await pullLayerFiles(build.status?.image ?? '', { prefix: SITE_PREFIX });
}, 300_000);

afterAll(async () => {
  await served?.stop();
});

describe('a Website under serve-sites', () => {
  it('is given a URL at its generated host on the router’s port, and an Ingress for the bare host', async () => {
    expect(website.status?.url).toBe(
      `http://${NAME}-${served.namespace}.sites.pagemagic.localhost:${served.port}/`,
    );
    const ingress = await served.client.get<KubeObject & { spec: { rules: Array<{ host: string }> } }>(
      resources.ingresses,
      served.namespace,
      NAME,
    );
    expect(ingress.spec.rules.map((rule) => rule.host)).toEqual([host]);
  });

  it('serves the live Build’s pages by Host, with the site’s own headers', async () => {
    const rules = parseHeadersFile(files.get('/_headers')?.body.toString('utf8') ?? '');
    const home = await getByHost(served.port, `${host}:${served.port}`, '/');
    expect(home.status).toBe(200);
    expect(home.body.equals(files.get('/index.html')?.body ?? Buffer.alloc(0))).toBe(true);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const [name, value] of Object.entries(headersForPath(rules, '/'))) {
      expect(home.headers[name.toLowerCase()], name).toBe(value);
    }
    expect(home.headers['content-security-policy']).toMatch(/^default-src 'none'/);

    const zipped = await getByHost(served.port, `${host}:${served.port}`, '/', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(home.body)).toBe(true);

    const head = await getByHost(served.port, `${host}:${served.port}`, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('serves pretty URLs: a folder’s page at its slash, and a redirect to it without', async () => {
    const folder = [...files.keys()].find((path) => /^\/[^/_]+\/index\.html$/.test(path));
    expect(folder, 'a page besides the home page').toBeDefined();
    const page = (folder as string).slice(0, -'index.html'.length);
    const withSlash = await getByHost(served.port, host, page);
    expect(withSlash.status).toBe(200);
    expect(withSlash.body.equals(files.get(folder as string)?.body ?? Buffer.alloc(0))).toBe(true);
    const withoutSlash = await getByHost(served.port, host, page.slice(0, -1));
    expect(withoutSlash.status).toBe(301);
    expect(withoutSlash.headers.location).toBe(page);
  });

  it('answers an unknown path with the site’s 404 page, and never serves its configuration', async () => {
    const missing = await getByHost(served.port, host, '/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.equals(files.get('/404.html')?.body ?? Buffer.alloc(0))).toBe(true);
    for (const hidden of ['/_headers', '/_caddy.json']) {
      const answer = await getByHost(served.port, host, hidden);
      expect(answer.status, hidden).toBe(404);
    }
  });

  it('takes the host in any case, with a trailing dot, and without a port', async () => {
    for (const spelling of [host.toUpperCase(), `${host}.:${served.port}`, host]) {
      const answer = await getByHost(served.port, spelling, '/');
      expect(answer.status, spelling).toBe(200);
    }
  });

  it('answers a host that is no site with a 404 page naming it and how to list sites', async () => {
    const stranger = `nobody-${served.namespace}.sites.pagemagic.localhost:${served.port}`;
    const answer = await getByHost(served.port, stranger, '/');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    const text = answer.body.toString('utf8');
    expect(text).toContain(`No site is served at ${stranger}.`);
    expect(text).toContain('pagemagic sites list');
    expect(text).toContain('kubectl get websites -A');
  });

  it('serves a newly published Build without a restart', async () => {
    const first = build.metadata.name;
    const content = validateSiteDocument(
      JSON.parse(
        (
          await served.client.get<KubeObject & { data?: Record<string, string> }>(
            resources.configMaps,
            served.namespace,
            website.status?.contentRevision ?? '',
          )
        ).data?.['site.json'] ?? 'null',
      ),
    );
    expect(content.ok).toBe(true);
    const edited: SiteDocument = {
      ...(content.ok ? content.value : ({} as SiteDocument)),
      name: 'Padaria Nova',
    };
    await served.client.mergePatch(
      WEBSITES,
      { namespace: served.namespace, name: NAME },
      { spec: { content: { inline: edited } } },
    );
    const next = await eventually('the edited site to go live', () => served.servedBuild(NAME, first), 180);
    const nextFiles = await pullLayerFiles(next.build.status?.image ?? '', { prefix: SITE_PREFIX });
    const page = await eventually(
      'the router to serve the new Build',
      async () => {
        const answer = await getByHost(served.port, host, '/');
        return answer.body.equals(nextFiles.get('/index.html')?.body ?? Buffer.alloc(0)) ? answer : undefined;
      },
      30,
    );
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toContain('Padaria Nova');
  }, 240_000);
});
