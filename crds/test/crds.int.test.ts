import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type CustomObjectsApi, type KubeConfig, Watch } from '@kubernetes/client-node';
import { customObjects, kubeconfigPath, loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually, rejection } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, type Build, type Domain, GROUP, VERSION, type Website } from '../src/index.ts';

let config: KubeConfig;
let api: CustomObjectsApi;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;

beforeAll(async () => {
  config = loadKubeConfig();
  api = customObjects(config);
  namespace = await createTestNamespace(config, 'crds');
});
afterAll(async () => {
  await namespace?.delete();
});

const website = (name: string, spec: Partial<Website['spec']> = {}): Website => ({
  apiVersion: API_VERSION,
  kind: 'Website',
  metadata: { name },
  spec: { brief: { prompt: 'A family bakery in Porto' }, ...spec } as Website['spec'],
});

const build = (name: string): Build => ({
  apiVersion: API_VERSION,
  kind: 'Build',
  metadata: { name },
  spec: {
    website: 'bakery',
    contentRevision: 'bakery-content-abc',
    contentHash: 'a'.repeat(64),
    rendererVersion: '1',
  },
});

const domain = (name: string, hostname: string): Domain => ({
  apiVersion: API_VERSION,
  kind: 'Domain',
  metadata: { name },
  spec: { hostname, website: 'bakery' },
});

const create = (plural: string, body: object) =>
  api.createNamespacedCustomObject({
    group: GROUP,
    version: VERSION,
    namespace: namespace.name,
    plural,
    body,
  });

describe('Website', () => {
  it('is accepted with defaults filled in by the API server', async () => {
    const created = (await create('websites', website('bakery'))) as Website;
    // No locales: the site is written in the language of the brief.
    expect(created.spec.brief.locales).toBeUndefined();
    expect(created.spec.brief.tone).toBe('friendly');
    expect(created.spec.hosting?.replicas).toBe(1);
  });

  it('rejects a name that is not a DNS label, at metadata.name', async () => {
    const { code, message } = await rejection(create('websites', website('bakery.porto')));
    expect(code).toBe(422);
    expect(message).toContain('metadata.name: Invalid value: metadata.name must be a DNS label');
    expect(message).not.toContain('<nil>');
  });

  it('reports a name the API server refuses anyway once, not once per check', async () => {
    const { code, message } = await rejection(create('websites', website('Bad_Name')));
    expect(code).toBe(422);
    expect(message.match(/metadata\.name: Invalid value/g)).toHaveLength(1);
  });

  it('rejects content that names both a ConfigMap and inline content', async () => {
    const { code, message } = await rejection(
      create('websites', website('both', { content: { configMapRef: { name: 'c' }, inline: {} as never } })),
    );
    expect(code).toBe(422);
    expect(message).toContain('content must set exactly one of configMapRef or inline');
  });

  it('rejects an unknown tone and a bad locale with the schema messages', async () => {
    const { message } = await rejection(
      create(
        'websites',
        website('tone', { brief: { prompt: 'x', tone: 'grumpy', locales: ['EN_us'] } as never }),
      ),
    );
    expect(message).toContain('spec.brief.tone: Unsupported value: "grumpy"');
    expect(message).toContain('spec.brief.locales[0]');
  });

  it('is seen ADDED, MODIFIED and DELETED through a client-node watch', async () => {
    const seen: string[] = [];
    const watch = new Watch(config);
    const controller = await watch.watch(
      `/apis/${GROUP}/${VERSION}/namespaces/${namespace.name}/websites`,
      { fieldSelector: 'metadata.name=watched' },
      (phase) => seen.push(phase),
      () => {},
    );
    try {
      await create('websites', website('watched'));
      await api.patchNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: namespace.name,
        plural: 'websites',
        name: 'watched',
        body: [{ op: 'replace', path: '/spec/brief/prompt', value: 'A bakery in Lisbon' }],
      });
      await api.deleteNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: namespace.name,
        plural: 'websites',
        name: 'watched',
      });
      await eventually('the DELETED event', async () => (seen.includes('DELETED') ? true : undefined), 30);
      expect(seen).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    } finally {
      controller.abort();
    }
  });

  it('prints READY, REASON, URL, LIVE, LATEST and AGE in kubectl get, and generations with -o wide', async () => {
    const { stdout } = await promisify(execFile)('hack/bin/kubectl', [
      '--kubeconfig',
      kubeconfigPath(),
      'get',
      'websites',
      '-n',
      namespace.name,
    ]);
    const [header, row] = stdout.trim().split('\n');
    expect(header?.split(/\s{2,}/)).toEqual(['NAME', 'READY', 'REASON', 'URL', 'LIVE', 'LATEST', 'AGE']);
    expect(row).toMatch(/^bakery\s/);
    const wide = await promisify(execFile)('hack/bin/kubectl', [
      '--kubeconfig',
      kubeconfigPath(),
      'get',
      'websites',
      'bakery',
      '-n',
      namespace.name,
      '-o',
      'wide',
    ]);
    const [wideHeader, wideRow] = wide.stdout.trim().split('\n');
    expect(wideHeader?.split(/\s{2,}/)).toEqual([
      'NAME',
      'READY',
      'REASON',
      'URL',
      'LIVE',
      'LATEST',
      'PINNED',
      'GENERATION',
      'OBSERVED',
      'AGE',
    ]);
    // No operator runs in this test: every status column is blank, and GENERATION 1 stands beside an empty
    // OBSERVED, which is how kubectl shows a change no operator has picked up.
    expect(wideRow).toMatch(/^bakery\s+1\s+\S+$/);
  });
});

describe('Build', () => {
  it('accepts a build and refuses any later change to its spec', async () => {
    await create('builds', build('bakery-1'));
    const { code, message } = await rejection(
      api.patchNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: namespace.name,
        plural: 'builds',
        name: 'bakery-1',
        body: [{ op: 'replace', path: '/spec/rendererVersion', value: '2' }],
      }),
    );
    expect(code).toBe(422);
    expect(message).toContain('Build spec is immutable; create a new Build');
  });

  it('rejects a content hash that is not a SHA-256', async () => {
    const bad = build('bakery-2');
    bad.spec.contentHash = 'not-a-hash';
    const { message } = await rejection(create('builds', bad));
    expect(message).toContain('spec.contentHash');
  });
});

describe('Domain', () => {
  it('accepts a lowercase FQDN', async () => {
    await create('domains', domain('www', 'www.bakery-porto.pt'));
  });

  it.each([
    ['a wildcard', '*.bakery.pt', 'hostname must not be a wildcard'],
    ['upper case', 'WWW.Bakery.pt', 'hostname must be a lowercase fully qualified domain name'],
    ['a single label', 'localhost', 'hostname must be a lowercase fully qualified domain name'],
    ['a trailing dot', 'www.bakery.pt.', 'hostname must be a lowercase fully qualified domain name'],
    ['an underscore', 'my_site.bakery.pt', 'hostname must be a lowercase fully qualified domain name'],
  ])('rejects %s with the CEL message', async (_case, hostname, expected) => {
    const { code, message } = await rejection(create('domains', domain(`bad-${Date.now()}`, hostname)));
    expect(code).toBe(422);
    expect(message).toContain(expected);
  });

  it('rejects a hostname longer than 253 characters', async () => {
    const long = `${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.pt`;
    const { message } = await rejection(create('domains', domain('long', long)));
    expect(message).toContain('spec.hostname: Too long');
  });

  it('refuses to change the hostname of an existing Domain', async () => {
    const { message } = await rejection(
      api.patchNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: namespace.name,
        plural: 'domains',
        name: 'www',
        body: [{ op: 'replace', path: '/spec/hostname', value: 'shop.bakery-porto.pt' }],
      }),
    );
    expect(message).toContain('hostname is immutable');
  });
});
