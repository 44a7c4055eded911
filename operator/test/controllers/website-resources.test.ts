import type { Build, Domain, Website } from '@pagemagic/crds';
import { canonicalJson, contentConfigMap, contentHashOf, sha256Hex } from '@pagemagic/crds/content';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { statusPatch } from '../../src/controllers/shell.ts';
import {
  buildChangeMatters,
  deploymentChangeMatters,
  websiteChangeMatters,
} from '../../src/controllers/website/controller.ts';
import { deploymentVerdict } from '../../src/controllers/website/plan.ts';
import { compactWebsite, type DeploymentObject } from '../../src/controllers/website/reconcile.ts';
import {
  buildName,
  buildsToPrune,
  type ChildObject,
  chooseLiveBuild,
  contentToPrune,
  desiredBuild,
  desiredDeployment,
  desiredIngress,
  desiredService,
  siteHost,
  upToDate,
  verifiedRoutes,
} from '../../src/controllers/website/resources.ts';
import { readyVerdict, transitions, websiteEvent } from '../../src/controllers/website/status.ts';
import { generationJob, generationJobName } from '../../src/executor/job-resources.ts';

const website: Website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop', uid: 'uid-1', generation: 3 },
  spec: {
    brief: { prompt: 'A bakery in Porto', locales: ['en', 'pt'], tone: 'friendly' },
    hosting: { replicas: 2, resources: { memory: '64Mi' } },
  },
};

const owner = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  name: 'bakery',
  uid: 'uid-1',
  controller: true,
  blockOwnerDeletion: true,
};

const config = configFromEnv({});
const image = `127.0.0.1:15000/shop/bakery@sha256:${'a'.repeat(64)}`;

function withoutHash<T extends { metadata: { annotations?: Record<string, string> } }>(object: T) {
  const { annotations, ...metadata } = object.metadata;
  const rest = Object.fromEntries(
    Object.entries(annotations ?? {}).filter(([key]) => key !== 'pagemagic.dev/spec-hash'),
  );
  return { ...object, metadata: Object.keys(rest).length ? { ...metadata, annotations: rest } : metadata };
}

describe('content and builds', () => {
  it('hashes documents by content, not key order', () => {
    const site = exampleSiteDocument();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(site).reverse())));
    expect(canonicalJson(reordered)).toBe(canonicalJson(site));
    expect(contentHashOf(reordered)).toBe(contentHashOf(site));
    expect(contentHashOf({ ...site, name: 'Other' })).not.toBe(contentHashOf(site));
  });

  it('stores content in an immutable ConfigMap named by its hash (golden)', () => {
    const site = exampleSiteDocument();
    const hash = contentHashOf(site);
    expect(contentConfigMap(website, site, hash, { 'pagemagic.dev/brief-hash': 'b1' })).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: `bakery-content-${hash.slice(0, 10)}`,
        namespace: 'shop',
        labels: {
          'pagemagic.dev/website': 'bakery',
          'pagemagic.dev/content-hash': hash.slice(0, 63),
          'pagemagic.dev/component': 'content',
        },
        annotations: { 'pagemagic.dev/content-sha256': hash, 'pagemagic.dev/brief-hash': 'b1' },
        ownerReferences: [owner],
      },
      immutable: true,
      data: { 'site.json': canonicalJson(site) },
    });
    // The stored text hashes to the content hash, so a Build can check what it reads.
    expect(sha256Hex(canonicalJson(site))).toBe(hash);
  });

  it('names one Build per (content, renderer), deterministically (golden)', () => {
    const hash = 'c'.repeat(64);
    const name = `bakery-${sha256Hex(`${hash}1.0.0`).slice(0, 10)}`;
    expect(buildName('bakery', hash, '1.0.0')).toBe(name);
    expect(buildName('bakery', hash, '1.0.1')).not.toBe(name);
    expect(desiredBuild(website, 'bakery-content-cccccccccc', hash, '1.0.0')).toEqual({
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Build',
      metadata: {
        name,
        namespace: 'shop',
        labels: { 'pagemagic.dev/website': 'bakery', 'pagemagic.dev/content-hash': hash.slice(0, 63) },
        ownerReferences: [owner],
      },
      spec: {
        website: 'bakery',
        contentRevision: 'bakery-content-cccccccccc',
        contentHash: hash,
        rendererVersion: '1.0.0',
        websiteGeneration: 3,
      },
    });
    // What made the content travels with the Build, for the history.
    expect(
      desiredBuild(website, 'bakery-content-cccccccccc', hash, '1.0.0', { change: 'section', by: 'u-7' })
        .metadata.annotations,
    ).toEqual({ 'pagemagic.dev/change': 'section', 'pagemagic.dev/changed-by': 'u-7' });
  });
});

describe('serving children', () => {
  it('runs the live image by digest in a restricted pod (golden Deployment)', () => {
    const deployment = desiredDeployment(website, image);
    const labels = {
      'app.kubernetes.io/name': 'pagemagic-site',
      'app.kubernetes.io/instance': 'bakery',
      'pagemagic.dev/website': 'bakery',
    };
    const probe = { httpGet: { path: '/', port: 8080 } };
    expect(withoutHash(deployment)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'bakery',
        namespace: 'shop',
        labels: { ...labels, 'pagemagic.dev/component': 'site' },
        ownerReferences: [owner],
      },
      spec: {
        replicas: 2,
        selector: {
          matchLabels: { 'app.kubernetes.io/instance': 'bakery', 'pagemagic.dev/website': 'bakery' },
        },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 65532,
              runAsGroup: 65532,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            containers: [
              {
                name: 'site',
                image,
                ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                readinessProbe: { ...probe, periodSeconds: 10 },
                livenessProbe: { ...probe, periodSeconds: 20 },
                resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { memory: '64Mi' } },
                securityContext: {
                  runAsNonRoot: true,
                  runAsUser: 65532,
                  readOnlyRootFilesystem: true,
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
              },
            ],
          },
        },
      },
    });
  });

  it('stamps a spec hash that changes with the image and nothing else', () => {
    const a = desiredDeployment(website, image);
    const again = desiredDeployment(website, image);
    const b = desiredDeployment(website, image.replace('aaaa', 'bbbb'));
    expect(upToDate(again, a)).toBe(true);
    expect(upToDate(b, a)).toBe(false);
    expect(upToDate(undefined, a)).toBe(false);
    expect(upToDate({ metadata: {} }, a)).toBe(false);
  });

  it('exposes port 80 to 8080 through a headless Service (golden)', () => {
    expect(withoutHash(desiredService(website))).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'bakery',
        namespace: 'shop',
        labels: { 'pagemagic.dev/website': 'bakery', 'pagemagic.dev/component': 'site' },
        ownerReferences: [owner],
      },
      spec: {
        type: 'ClusterIP',
        clusterIP: 'None',
        selector: { 'app.kubernetes.io/instance': 'bakery', 'pagemagic.dev/website': 'bakery' },
        ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
      },
    });
  });

  const domain = (
    name: string,
    host: string,
    verified: boolean,
    secretName?: string,
    site = 'bakery',
  ): Domain => ({
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Domain',
    metadata: { name, namespace: 'shop' },
    spec: { hostname: host, website: site },
    status: {
      conditions: [
        {
          type: 'Verified',
          status: verified ? 'True' : 'False',
          reason: 'X',
          message: '',
          lastTransitionTime: '2026-01-01T00:00:00Z',
        },
      ],
      ...(secretName ? { certificate: { secretName } } : {}),
    },
  });

  it('routes the generated host and every verified Domain, with TLS secrets (golden Ingress)', () => {
    const routes = verifiedRoutes(website, [
      domain('www', 'www.bakery.pt', true, 'www-tls'),
      domain('shop', 'shop.bakery.pt', true),
      domain('unverified', 'evil.example.com', false, 'x'),
      domain('other', 'other.example.com', true, 'y', 'florist'),
    ]);
    const ingress = desiredIngress(website, { ...config, ingressClassName: 'nginx' }, routes);
    const backend = { service: { name: 'bakery', port: { name: 'http' } } };
    const rule = (host: string) => ({ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } });
    expect(withoutHash(ingress)).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: {
        name: 'bakery',
        namespace: 'shop',
        labels: { 'pagemagic.dev/website': 'bakery', 'pagemagic.dev/component': 'site' },
        ownerReferences: [owner],
      },
      spec: {
        ingressClassName: 'nginx',
        tls: [
          { hosts: ['bakery-shop.sites.pagemagic.localhost'], secretName: 'pagemagic-sites-tls' },
          { hosts: ['www.bakery.pt'], secretName: 'www-tls' },
        ],
        rules: [rule('bakery-shop.sites.pagemagic.localhost'), rule('shop.bakery.pt'), rule('www.bakery.pt')],
      },
    });
  });

  it('sends the HTTP-01 challenge path of a host the operator certifies itself to the challenge Service', () => {
    const acme = { ...domain('www', 'www.bakery.pt', true) };
    acme.status = { ...acme.status, certificate: { issuedBy: 'acme' } };
    const byCertManager = { ...domain('shop', 'shop.bakery.pt', true, 'shop-tls') };
    byCertManager.status = {
      ...byCertManager.status,
      certificate: { secretName: 'shop-tls', issuedBy: 'cert-manager' },
    };
    const ingress = desiredIngress(
      website,
      config,
      verifiedRoutes(website, [acme, byCertManager]),
    ) as ChildObject & {
      spec: { rules: Array<{ host: string; http: { paths: Array<{ path: string; backend: unknown }> } }> };
    };
    const paths = (host: string) =>
      ingress.spec.rules.find((rule) => rule.host === host)?.http.paths.map((p) => [p.path, p.backend]);
    const site = { service: { name: 'bakery', port: { name: 'http' } } };
    expect(paths('www.bakery.pt')).toEqual([
      [
        '/.well-known/acme-challenge/',
        { service: { name: 'pagemagic-acme-challenge', port: { name: 'http' } } },
      ],
      ['/', site],
    ]);
    expect(paths('shop.bakery.pt')).toEqual([['/', site]]);
    expect(paths('bakery-shop.sites.pagemagic.localhost')).toEqual([['/', site]]);
  });

  it('builds the host from the configured pattern', () => {
    const custom = configFromEnv({
      PAGEMAGIC_SITE_HOST_PATTERN: '{namespace}--{name}.{baseDomain}',
      PAGEMAGIC_SITE_BASE_DOMAIN: 'Example.site',
    });
    expect(siteHost(custom, website)).toBe('shop--bakery.example.site');
    expect(siteHost(config, website)).toBe('bakery-shop.sites.pagemagic.localhost');
  });

  it('keeps every label of the host within 63 characters, readable and distinct', () => {
    const long = (name: string, namespace: string) =>
      ({ ...website, metadata: { ...website.metadata, name, namespace } }) as Website;
    const a = siteHost(config, long('a'.repeat(40), `pm-${'b'.repeat(40)}`));
    const b = siteHost(config, long('a'.repeat(40), `pm-${'b'.repeat(39)}c`));
    for (const host of [a, b]) {
      const [label, ...rest] = host.split('.');
      expect(label?.length).toBe(63);
      expect(label).toMatch(/^a{40}-pm-b+-[0-9a-f]{10}$/);
      expect(rest.join('.')).toBe('sites.pagemagic.localhost');
    }
    expect(a).not.toBe(b);
    expect(siteHost(config, long('a'.repeat(20), 'shop'))).toBe(
      `${'a'.repeat(20)}-shop.sites.pagemagic.localhost`,
    );
  });
});

const build = (name: string, created: string, phase?: 'Succeeded' | 'Failed' | 'Running'): Build => ({
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Build',
  metadata: { name, namespace: 'shop', creationTimestamp: created },
  spec: {
    website: 'bakery',
    contentRevision: `c-${name}`,
    contentHash: 'c'.repeat(64),
    rendererVersion: '1',
  },
  ...(phase ? { status: { phase, ...(phase === 'Succeeded' ? { image: `${image}-${name}` } : {}) } } : {}),
});

describe('live build and history', () => {
  const builds = [
    build('b1', '2026-01-01T00:00:01Z', 'Succeeded'),
    build('b2', '2026-01-01T00:00:02Z', 'Succeeded'),
    build('b3', '2026-01-01T00:00:03Z', 'Running'),
  ];

  it('serves the current content once built, else the newest success, else the pin', () => {
    expect(chooseLiveBuild(website, builds, 'b1').build?.metadata.name).toBe('b1');
    expect(chooseLiveBuild(website, builds, 'b3').build?.metadata.name).toBe('b2');
    const pinned = { ...website, spec: { ...website.spec, release: { build: 'b1' } } };
    expect(chooseLiveBuild(pinned, builds, 'b2')).toMatchObject({
      pinned: true,
      build: { metadata: { name: 'b1' } },
    });
    const notReady = { ...website, spec: { ...website.spec, release: { build: 'b3' } } };
    expect(chooseLiveBuild(notReady, builds, 'b2')).toMatchObject({
      build: undefined,
      reason: 'PinnedBuildNotReady',
    });
    expect(chooseLiveBuild(website, [builds[2] as Build], 'b3')).toMatchObject({
      reason: 'NoSucceededBuild',
    });
  });

  it('keeps `limit` Builds besides the protected ones, pruning the oldest', () => {
    const names = (list: Array<{ metadata: { name?: string } }>) => list.map((b) => b.metadata.name);
    expect(names(buildsToPrune(builds, 1, new Set(['b3'])))).toEqual(['b1']);
    expect(names(buildsToPrune(builds, 0, new Set(['b3'])))).toEqual(['b1', 'b2']);
    expect(names(buildsToPrune(builds, 0, new Set(['b3', 'b1'])))).toEqual(['b2']);
    expect(names(buildsToPrune(builds, 3, new Set()))).toEqual([]);
    expect(names(contentToPrune(builds, 1, new Set(['b2'])))).toEqual(['b1']);
  });
});

describe('status', () => {
  it('is Ready only when all conditions are, and names what is pending', () => {
    const yes = { status: 'True' as const, reason: 'R', message: 'm' };
    expect(readyVerdict({ ContentReady: yes, Built: yes, Deployed: yes })).toMatchObject({
      status: 'True',
      reason: 'Live',
    });
    // Pinned is live too, but says so, so that READY=True never hides edits that wait behind a pin.
    const pinned = {
      status: 'True' as const,
      reason: 'Pinned',
      message: 'serving pinned Build b1; Build b2 is newer',
    };
    expect(readyVerdict({ ContentReady: yes, Built: yes, Deployed: pinned })).toEqual(pinned);
    const pending = readyVerdict({
      ContentReady: yes,
      Built: { status: 'False', reason: 'Building', message: 'Build x is Running' },
      Deployed: { status: 'False', reason: 'NoSucceededBuild', message: 'none' },
    });
    expect(pending).toEqual({
      status: 'False',
      reason: 'Building',
      message: 'waiting for Built, Deployed: Build x is Running',
    });
  });

  it('nulls fields that went away and reports only real transitions', () => {
    expect(statusPatch({ liveBuild: 'a', url: 'u' }, { url: 'u' })).toEqual({ url: 'u', liveBuild: null });
    const at = '2026-01-01T00:00:00Z';
    const ready = {
      type: 'Ready',
      status: 'False' as const,
      reason: 'Building',
      message: 'a',
      lastTransitionTime: at,
    };
    expect(transitions([ready], [{ ...ready, message: 'b' }])).toEqual([]);
    expect(transitions([ready], [{ ...ready, status: 'True', reason: 'Live' }])).toHaveLength(1);
  });
});

describe('Kubernetes Events', () => {
  const at = '2026-01-01T00:00:00Z';
  const condition = (type: string, status: 'True' | 'False', reason: string, message = reason) => ({
    type,
    status,
    reason,
    message,
    lastTransitionTime: at,
  });
  const warnings = new Set(['BuildFailed']);

  it('records nothing for the first False conditions nor for progress between them', () => {
    const first = [condition('Built', 'False', 'Building'), condition('Ready', 'False', 'Building')];
    expect(websiteEvent(undefined, first, warnings)).toBeUndefined();
    const later = [condition('Built', 'False', 'Rendering'), condition('Ready', 'False', 'Rendering')];
    expect(websiteEvent(first, later, warnings)).toBeUndefined();
  });

  it('records one Event per reconcile, named after Ready when it moved, listing every condition that did', () => {
    const before = [condition('Deployed', 'False', 'RollingOut'), condition('Ready', 'False', 'RollingOut')];
    const after = [
      condition('Deployed', 'True', 'Available', 'serving Build b'),
      condition('Ready', 'True', 'Live', 'the site is served'),
    ];
    expect(websiteEvent(before, after, warnings)).toEqual({
      type: 'Normal',
      reason: 'Live',
      message: 'Deployed=True: serving Build b; Ready=True: the site is served',
    });
    expect(websiteEvent(after, after, warnings)).toBeUndefined();
  });

  it('records a warning the first time it appears, and a condition that stops being True', () => {
    const failed = [condition('Built', 'False', 'BuildFailed', 'render failed')];
    expect(websiteEvent(undefined, failed, warnings)).toEqual({
      type: 'Warning',
      reason: 'BuildFailed',
      message: 'Built=False: render failed',
    });
    const live = [condition('Ready', 'True', 'Live')];
    expect(websiteEvent(live, [condition('Ready', 'False', 'RollingOut')], warnings)).toMatchObject({
      type: 'Normal',
      reason: 'RollingOut',
    });
  });
});

describe('which changes enqueue a Website', () => {
  const site = (changes: Record<string, unknown> = {}): Website =>
    ({ ...website, metadata: { ...website.metadata, generation: 1, ...changes } }) as Website;

  it('ignores status-only updates of a Website (they are its own writes) but not spec, labels or deletion', () => {
    const withStatus = { ...site(), status: { url: 'https://x/' } } as Website;
    expect(websiteChangeMatters(site(), withStatus)).toBe(false);
    expect(websiteChangeMatters(site(), site({ generation: 2 }))).toBe(true);
    expect(websiteChangeMatters(site(), site({ labels: { team: 'a' } }))).toBe(true);
    expect(websiteChangeMatters(site(), site({ deletionTimestamp: at() }))).toBe(true);
  });

  it('passes Build updates that change phase, image or failure, not timings', () => {
    const build = (status: Build['status']) => ({ metadata: { name: 'b' }, spec: {}, status }) as Build;
    const running = build({ phase: 'Running', startedAt: at() });
    expect(buildChangeMatters(running, build({ phase: 'Running', startedAt: '2026-02-02T00:00:00Z' }))).toBe(
      false,
    );
    expect(buildChangeMatters(running, build({ phase: 'Succeeded', image: 'r/x@sha256:1' }))).toBe(true);
  });

  it('passes Deployment rollout progress and spec drift, not unrelated status churn', () => {
    const deployment = (generation: number, available: number, extra: Record<string, unknown> = {}) => ({
      metadata: { name: 'd', generation },
      status: { observedGeneration: generation, availableReplicas: available, ...extra },
    });
    expect(deploymentChangeMatters(deployment(1, 0), deployment(1, 0, { collisionCount: 1 }))).toBe(false);
    expect(deploymentChangeMatters(deployment(1, 0), deployment(1, 1))).toBe(true);
    expect(deploymentChangeMatters(deployment(1, 1), deployment(2, 1))).toBe(true);
  });

  function at(): string {
    return '2026-01-01T00:00:00Z';
  }
});

describe('job executor', () => {
  it('runs the generator in a restricted, bounded Job named after the brief (golden Job)', () => {
    const name = generationJobName('bakery', 'f'.repeat(64));
    expect(name).toBe('bakery-gen-ffffffffff');
    const labels = { 'pagemagic.dev/website': 'bakery', 'pagemagic.dev/component': 'generate' };
    expect(
      generationJob(website, 'f'.repeat(64), {
        operatorImage: 'op:1',
        jobServiceAccount: 'gen',
        registrySecret: undefined,
      }),
    ).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'shop', labels, ownerReferences: [owner] },
      spec: {
        backoffLimit: 2,
        activeDeadlineSeconds: 600,
        ttlSecondsAfterFinished: 3600,
        template: {
          metadata: { labels },
          spec: {
            restartPolicy: 'Never',
            serviceAccountName: 'gen',
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'generate',
                image: 'op:1',
                args: [
                  'executor',
                  'generate',
                  '--brief',
                  'A bakery in Porto',
                  '--locale',
                  'en',
                  '--locale',
                  'pt',
                  '--tone',
                  'friendly',
                  '--namespace',
                  'shop',
                  '--result-configmap',
                  `${name}-result`,
                  '--website',
                  'bakery',
                  '--website-uid',
                  'uid-1',
                ],
                env: [{ name: 'PAGEMAGIC_JOB', value: name }],
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
                securityContext: {
                  runAsNonRoot: true,
                  readOnlyRootFilesystem: true,
                  allowPrivilegeEscalation: false,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
              },
            ],
          },
        },
      },
    });
    expect(generationJobName('x'.repeat(63), 'f'.repeat(64)).length).toBeLessThanOrEqual(63);
  });
});

describe('the compact Website cache', () => {
  it('keeps only the hash of valid inline content, and invalid content whole for its errors', () => {
    const site = exampleSiteDocument();
    const withInline = {
      ...website,
      metadata: { ...website.metadata, managedFields: [{ manager: 'kubectl' }] },
      spec: { ...website.spec, content: { inline: site } },
    } as Website;
    const compact = compactWebsite(structuredClone(withInline));
    expect(compact.spec.content).toEqual({ inlineSha256: contentHashOf(site) });
    expect((compact.metadata as { managedFields?: unknown }).managedFields).toBeUndefined();
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(withInline).length / 5);

    const invalid = {
      ...withInline,
      spec: { ...withInline.spec, content: { inline: { name: 1 } } },
    } as unknown as Website;
    expect(compactWebsite(structuredClone(invalid)).spec.content).toEqual({ inline: { name: 1 } });
    const byReference = { ...website, spec: { ...website.spec, content: { configMapRef: { name: 'c' } } } };
    expect(compactWebsite(structuredClone(byReference) as Website).spec.content).toEqual({
      configMapRef: { name: 'c' },
    });
  });
});

describe('the Deployed condition', () => {
  const desired = desiredDeployment(website, 'r/x@sha256:1');
  const live = { metadata: { name: 'bakery-1' } } as Build;
  const rollout = (conditions: Array<{ type: string; status: string; reason?: string; message?: string }>) =>
    ({
      ...desired,
      metadata: { ...desired.metadata, generation: 1 },
      // The fixture asks for two replicas.
      status: { observedGeneration: 1, updatedReplicas: 2, conditions },
    }) as DeploymentObject;

  it('stays RollingOut while a new Deployment progresses toward its first ready Pod', () => {
    const progressing = rollout([
      { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
      { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' },
    ]);
    expect(deploymentVerdict(live, progressing, desired, false)).toMatchObject({
      status: 'False',
      reason: 'RollingOut',
    });
    expect(deploymentVerdict(live, undefined, desired, false).reason).toBe('RollingOut');
  });

  it('says Unavailable, with the reason Kubernetes gives, once the rollout stopped progressing', () => {
    const stuck = rollout([
      { type: 'Available', status: 'False', message: 'Deployment does not have minimum availability.' },
      { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' },
    ]);
    expect(deploymentVerdict(live, stuck, desired, false)).toEqual({
      status: 'False',
      reason: 'Unavailable',
      message: 'Deployment does not have minimum availability.',
    });
  });

  it('is True when available, and says so when the Build is pinned', () => {
    const available = rollout([{ type: 'Available', status: 'True' }]);
    expect(deploymentVerdict(live, available, desired, true, 'bakery-1')).toEqual({
      status: 'True',
      reason: 'Pinned',
      message: 'serving pinned Build bakery-1',
    });
    expect(deploymentVerdict(live, available, desired, true, 'bakery-2')).toEqual({
      status: 'True',
      reason: 'Pinned',
      message: 'serving pinned Build bakery-1; Build bakery-2 is newer and waits until the pin is removed',
    });
  });
});
