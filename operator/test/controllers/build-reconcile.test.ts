// The Build reconciler with a fake API and a registry that cannot be reached: failures are recorded in
// conditions, retried up to the bound, then the Build is Failed and build.failed is published once.

import type { Build, Website } from '@pagemagic/crds';
import { canonicalJson, contentHashOf } from '@pagemagic/crds/content';
import type { EventToPublish } from '@pagemagic/crds/events';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { buildReconciler } from '../../src/controllers/build/reconcile.ts';
import { imageRepository, layerFiles, renderedBytes } from '../../src/controllers/build/resources.ts';
import { STATIC_CONFIG_PATH, staticServerConfigFile } from '../../src/image/index.ts';
import { type Informer, KubeApiError, type KubeClient, silentLogger } from '../../src/runtime/index.ts';
import { parseHeadersFile, renderSite } from '../../src/site/index.ts';

const site = exampleSiteDocument();
const hash = contentHashOf(site);
const website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop', uid: 'w-uid' },
  spec: { brief: { prompt: 'p', locales: ['en'], tone: 'friendly' } },
} as Website;
const build: Build = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Build',
  metadata: { name: 'bakery-1', namespace: 'shop', uid: 'b-uid', generation: 1 },
  spec: { website: 'bakery', contentRevision: 'bakery-content-1', contentHash: hash, rendererVersion: '1' },
};

function harness(options: {
  contentExists: boolean;
  failures: number;
  contentReadMs?: number;
  runningAfterMs?: number;
}) {
  const patches: Array<Record<string, unknown>> = [];
  const events: EventToPublish[] = [];
  const client = {
    async get() {
      await new Promise((resolve) => setTimeout(resolve, options.contentReadMs ?? 0));
      if (!options.contentExists) throw new KubeApiError(404, 'not found', { code: 404 }, {});
      return { data: { 'site.json': canonicalJson(site) } };
    },
    async patchStatus(_ref: unknown, _target: unknown, status: Record<string, unknown>) {
      patches.push(status);
      return {};
    },
  } as unknown as KubeClient;
  const deps = {
    client,
    // Nothing listens on port 1, so every push fails the same way a registry outage does.
    config: {
      ...configFromEnv({}),
      baseImage: '127.0.0.1:1/base:1',
      registry: '127.0.0.1:1',
      buildMaxAttempts: 3,
    },
    builds: { get: () => build } as unknown as Informer<Build>,
    websites: { get: () => website } as unknown as Informer<Website>,
    publisher: { publish: async (event: EventToPublish) => void events.push(event), close: async () => {} },
    failures: () => options.failures,
    runningAfterMs: options.runningAfterMs,
  };
  const context = {
    key: 'shop/bakery-1',
    traceId: 't',
    logger: silentLogger,
    signal: new AbortController().signal,
  };
  const reconcile = buildReconciler(deps);
  return { run: () => reconcile('shop/bakery-1', context), patches, events };
}

describe('reconcileBuild', () => {
  it('retries a failed push with the condition saying why, in one write when it failed at once', async () => {
    const { run, patches, events } = harness({ contentExists: true, failures: 0 });
    await expect(run()).rejects.toThrow();
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ phase: 'Running' });
    const last = patches.at(-1) as { phase?: string; conditions: Array<Record<string, string>> };
    expect(last.phase).toBe('Running');
    expect(last.conditions[0]).toMatchObject({ type: 'Succeeded', status: 'Unknown', reason: 'Retrying' });
    expect(last.conditions[0]?.message).toMatch(/^attempt 1 failed: /);
    expect(events).toEqual([]);
  });

  it('says Running first when the build takes longer than the bound, and never after a later status', async () => {
    const { run, patches } = harness({
      contentExists: true,
      failures: 0,
      contentReadMs: 50,
      runningAfterMs: 0,
    });
    await expect(run()).rejects.toThrow();
    expect(patches).toHaveLength(2);
    expect((patches[0] as { conditions: Array<{ reason: string }> }).conditions[0]?.reason).toBe('Running');
    expect((patches[1] as { conditions: Array<{ reason: string }> }).conditions[0]?.reason).toBe('Retrying');
  });

  it('fails the Build for good at the bound and publishes build.failed', async () => {
    const { run, patches, events } = harness({ contentExists: true, failures: 2 });
    await expect(run()).resolves.toBeUndefined();
    expect(patches.at(-1)).toMatchObject({
      phase: 'Failed',
      conditions: [{ type: 'Succeeded', status: 'False', reason: 'BuildFailed' }],
    });
    expect(events.map((e) => [e.type, e.websiteUid, e.occurrence])).toEqual([
      ['build.failed', 'w-uid', 'bakery-1'],
    ]);
  });

  it('does not retry what retrying cannot fix: missing content', async () => {
    const { run, patches } = harness({ contentExists: false, failures: 0 });
    await expect(run()).resolves.toBeUndefined();
    expect(patches.at(-1)).toMatchObject({ phase: 'Failed' });
    expect(JSON.stringify(patches.at(-1))).toContain('content ConfigMap bakery-content-1 does not exist');
  });
});

describe('build resources', () => {
  it('pushes each site to its own repository and layers the rendered files and their server config', () => {
    expect(imageRepository({ registry: 'r:5000' }, build)).toBe('r:5000/shop/bakery');
    const rendered = renderSite(site, { baseUrl: 'https://bakery.example/' });
    const files = layerFiles(rendered);
    expect([...files.keys()].sort()).toEqual([...rendered.files.keys(), STATIC_CONFIG_PATH].sort());
    for (const [path, file] of rendered.files) expect(files.get(path)?.body).toEqual(file.body);
    const rules = parseHeadersFile(new TextDecoder().decode(rendered.files.get('/_headers')?.body));
    expect(rules.length).toBeGreaterThan(1);
    expect(files.get(STATIC_CONFIG_PATH)?.body).toEqual(staticServerConfigFile(rules));
    expect(renderedBytes(rendered)).toBe([...rendered.files.values()].reduce((n, f) => n + f.body.length, 0));
  });
});
