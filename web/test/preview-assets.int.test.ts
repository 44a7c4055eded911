// A Build's preview (the history page's "Preview" link, `<api>/preview/<token>/`) in Debian's Chromium:
// its images and favicon load. The preview is sandboxed (CSP `sandbox`), so its document has an opaque
// origin and every request it makes for its own files is cross-site to the browser; a
// Cross-Origin-Resource-Policy of same-site on those files broke every image (issue 18, first hour, 3).
// The Build's image is built and pushed the way the operator's build step does it, as in
// api/test/preview.int.test.ts.

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Build } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { buildImage } from '@pagemagic/operator/image';
import { renderSite } from '@pagemagic/operator/site';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPreview } from '../../api/src/contract/previews.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { configFromEnv as operatorConfigFromEnv } from '../../operator/src/config.ts';
import { imageRepository, layerFiles } from '../../operator/src/controllers/build/resources.ts';
import { launchBrowser } from '../../operator/test/helpers/browser.ts';

const rendered = renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.sites.pagemagic.test/' });
const operatorConfig = operatorConfigFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost });

let api: TestApi;
let browser: Browser;
let previewUrl: string;
// A stand-in for the web app's origin (the one the preview's frame-ancestors names), framing the preview.
let framer: Server;
let framerPort: number;

beforeAll(async () => {
  framerPort = await freePort();
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: `http://localhost:${framerPort}` } });
  const { user, tokens } = await api.signUp();
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [user.id],
  );
  const namespace = rows[0]?.namespace ?? '';
  const pushed = await buildImage({
    base: operatorConfig.baseImage,
    target: imageRepository(operatorConfig, {
      metadata: { namespace },
      spec: { website: 'bakery' },
    } as Build),
    files: layerFiles(rendered),
  });
  const name = `bakery-${randomBytes(5).toString('hex')}`;
  await api.services.kubeClient.create(BUILDS, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name, namespace, labels: { 'pagemagic.dev/website': 'bakery' } },
    spec: {
      website: 'bakery',
      contentRevision: 'bakery-content-0123456789',
      contentHash: 'a'.repeat(64),
      rendererVersion: rendered.rendererVersion,
    },
  } satisfies Build);
  await api.services.kubeClient.patchStatus(
    BUILDS,
    { namespace, name },
    { phase: 'Succeeded', image: pushed.reference, pages: rendered.pages.length },
  );
  const link = await api.client(tokens).call(buildPreview, { params: { buildId: name } });
  previewUrl = link.previewUrl;

  framer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Framer</title><iframe title="Preview" src="${previewUrl}" width="1200" height="900"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => framer.listen(framerPort, '127.0.0.1', resolve));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => framer?.close(resolve));
  await api?.close();
});

/** Every request of the page that failed or was refused, with Chromium's reason. */
function failures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return failed;
}

interface ImageState {
  src: string;
  complete: boolean;
  naturalWidth: number;
}

/** Each image of the frame's document, loaded or not (the sandbox runs no script, but DevTools may read). */
const imagesOf = (target: Pick<Page, 'evaluate'>) =>
  target.evaluate(() =>
    [...(globalThis as unknown as { document: { images: Iterable<ImageState> } }).document.images].map(
      ({ src, complete, naturalWidth }) => ({ src, complete, naturalWidth }),
    ),
  );

describe("a Build's preview in Chromium", () => {
  it('loads every image of the page and its favicon, with no request refused', async () => {
    expect([...rendered.files.keys()]).toContain('/favicon.svg');
    const page = await browser.newPage();
    const failed = failures(page);
    try {
      const response = await page.goto(previewUrl, { waitUntil: 'load' });
      // Still sandboxed: an opaque origin, no access to the API's storage.
      expect(response?.headers()['content-security-policy']).toMatch(/(^|; )sandbox($|;)/);
      expect(await page.evaluate(() => (globalThis as unknown as { origin: string }).origin)).toBe('null');
      const images = await imagesOf(page);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) expect(image, image.src).toMatchObject({ complete: true });
      expect(images.filter((image) => image.naturalWidth === 0).map((image) => image.src)).toEqual([]);

      // The favicon as the page names it, loaded the way the page's own images are.
      const icon = await page.locator('link[rel~="icon"]').first().getAttribute('href');
      expect(icon).toMatch(/^\/preview\/[^/]+\/favicon\.svg$/);
      const favicon = await page.evaluate((href) => {
        const { document } = globalThis as unknown as {
          document: {
            createElement(tag: 'img'): ImageState & { decode(): Promise<void> };
            body: { append(node: unknown): void };
          };
        };
        const image = document.createElement('img');
        image.src = href;
        document.body.append(image);
        return image.decode().then(
          () => image.naturalWidth,
          () => 0,
        );
      }, icon ?? '');
      expect(favicon, 'the favicon as an image').toBeGreaterThan(0);
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('loads them too inside the web app’s frame', async () => {
    const page = await browser.newPage();
    const failed = failures(page);
    try {
      await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().startsWith(previewUrl));
      if (!frame) throw new Error(`no frame shows ${previewUrl}: ${page.frames().map((f) => f.url())}`);
      await frame.waitForLoadState('load');
      const images = await imagesOf(frame);
      expect(images.length).toBeGreaterThan(0);
      expect(images.filter((image) => image.naturalWidth === 0).map((image) => image.src)).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
