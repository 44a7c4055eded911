// PAGEMAGIC_REGISTRY_SECRET in what the operator plans: site Deployments and generation Jobs name the
// registry Secret in imagePullSecrets when it is configured, and nothing otherwise; and the copy of the
// Secret kept in a workspace namespace carries only the Docker config.

import type { Build, Website } from '@pagemagic/crds';
import { contentConfigMap, contentHashOf } from '@pagemagic/crds/content';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { planWebsite } from '../../src/controllers/website/plan.ts';
import { buildName } from '../../src/controllers/website/resources.ts';
import { generationJob } from '../../src/executor/job-resources.ts';
import { pullSecretCopy, registrySecretConfig } from '../../src/executor/registry-access.ts';

const site = exampleSiteDocument();
const hash = contentHashOf(site);
const RENDERER = '1.0.0';
const website: Website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop', uid: 'uid-1', generation: 1 },
  spec: { brief: { prompt: 'A bakery in Porto', locales: ['en'], tone: 'friendly' } },
};
const stored = contentConfigMap(website, site, hash, {});

/** The plan for a Website whose Build succeeded: what serves it. */
function servingPlan(env: Record<string, string>) {
  const build = {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name: buildName('bakery', hash, RENDERER), namespace: 'shop' },
    spec: {
      website: 'bakery',
      contentRevision: stored.metadata.name,
      contentHash: hash,
      rendererVersion: RENDERER,
    },
    status: { phase: 'Succeeded', image: 'registry.example/shop/bakery@sha256:1' },
  } as unknown as Build;
  return planWebsite({
    object: website,
    status: undefined,
    content: { ready: true, name: stored.metadata.name ?? '', hash },
    contentMaps: [stored],
    builds: [build],
    domains: [],
    config: configFromEnv(env),
    rendererVersion: RENDERER,
    now: new Date('2026-12-07T12:00:00Z'),
  });
}

function podSpecOf(object: object | undefined): Record<string, unknown> {
  const spec = (object as { spec?: { template?: { spec?: Record<string, unknown> } } } | undefined)?.spec;
  return spec?.template?.spec ?? {};
}

describe('imagePullSecrets', () => {
  it('names the registry Secret in a site Deployment when PAGEMAGIC_REGISTRY_SECRET is set', () => {
    const plan = servingPlan({ PAGEMAGIC_REGISTRY_SECRET: 'registry-creds' });
    const deployment = plan.apply?.find((write) => write.object.kind === 'Deployment')?.object;
    expect(podSpecOf(deployment).imagePullSecrets).toEqual([{ name: 'registry-creds' }]);
  });

  it('names none without it', () => {
    const plan = servingPlan({});
    const deployment = plan.apply?.find((write) => write.object.kind === 'Deployment')?.object;
    expect(deployment).toBeDefined();
    expect(podSpecOf(deployment)).not.toHaveProperty('imagePullSecrets');
  });

  it('names the registry Secret in a generation Job when set, and none without it', () => {
    const config = configFromEnv({ PAGEMAGIC_REGISTRY_SECRET: 'registry-creds', PAGEMAGIC_EXECUTOR: 'job' });
    expect(podSpecOf(generationJob(website, 'f'.repeat(64), config)).imagePullSecrets).toEqual([
      { name: 'registry-creds' },
    ]);
    expect(podSpecOf(generationJob(website, 'f'.repeat(64), configFromEnv({})))).not.toHaveProperty(
      'imagePullSecrets',
    );
  });
});

describe('the registry Secret', () => {
  const dockerConfig = (auths: unknown) => Buffer.from(JSON.stringify({ auths })).toString('base64');
  const secret = (type: string, data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'registry-creds', namespace: 'pagemagic-system', uid: 'u', resourceVersion: '7' },
    type,
    data,
  });

  it('reads credentials from a kubernetes.io/dockerconfigjson Secret', () => {
    const auth = Buffer.from('robot:s3cret').toString('base64');
    const config = registrySecretConfig(
      secret('kubernetes.io/dockerconfigjson', {
        '.dockerconfigjson': dockerConfig({ 'https://registry.example/v2/': { auth } }),
      }),
      'pagemagic-system/registry-creds',
    );
    expect(config.auths.get('registry.example')).toEqual({ username: 'robot', password: 's3cret' });
  });

  it('says how to fix a Secret of the wrong type or without the Docker config', () => {
    expect(() => registrySecretConfig(secret('Opaque', {}), 'ns/creds')).toThrow(
      /has type Opaque, not kubernetes.io\/dockerconfigjson: make it with 'kubectl create secret docker-registry'/,
    );
    expect(() => registrySecretConfig(secret('kubernetes.io/dockerconfigjson', {}), 'ns/creds')).toThrow(
      /has no .dockerconfigjson key/,
    );
  });

  it('is copied into a workspace namespace with its Docker config only', () => {
    const source = secret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': 'e30=', other: 'x' });
    expect(pullSecretCopy(source, 'registry-creds', 'pm-1')).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'registry-creds',
        namespace: 'pm-1',
        labels: {
          'pagemagic.dev/pull-secret-copy': 'true',
          'app.kubernetes.io/managed-by': 'pagemagic-operator',
        },
      },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': 'e30=' },
    });
  });
});

describe('PAGEMAGIC_INSECURE_REGISTRIES', () => {
  it('is unset (loopback registries only) by default, and a list when given', () => {
    expect(configFromEnv({}).insecureRegistries).toBeUndefined();
    expect(
      configFromEnv({ PAGEMAGIC_INSECURE_REGISTRIES: 'registry.svc:5000, 10.0.0.5:5000' }).insecureRegistries,
    ).toEqual(['registry.svc:5000', '10.0.0.5:5000']);
  });
});
