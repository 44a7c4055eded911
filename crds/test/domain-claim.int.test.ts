// The DomainClaim CRD as the API server enforces it: cluster-scoped, named after its host, one holder
// per host, and no change of holder by an edit.

import { randomBytes } from 'node:crypto';
import type { CustomObjectsApi } from '@kubernetes/client-node';
import { customObjects, loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { rejection } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, type DomainClaim, GROUP, VERSION } from '../src/index.ts';

let api: CustomObjectsApi;
const run = randomBytes(4).toString('hex');
const created: string[] = [];

beforeAll(() => {
  api = customObjects(loadKubeConfig());
});
afterAll(async () => {
  await Promise.all(
    created.map((name) =>
      api
        .deleteClusterCustomObject({ group: GROUP, version: VERSION, plural: 'domainclaims', name })
        .catch(() => {}),
    ),
  );
});

const claim = (name: string, hostname = name, namespace = 'tenant-a'): DomainClaim => ({
  apiVersion: API_VERSION,
  kind: 'DomainClaim',
  metadata: { name },
  spec: { hostname, namespace, domain: 'shop', domainUid: 'uid-1' },
});

const create = (body: DomainClaim) => {
  created.push(body.metadata.name ?? '');
  return api.createClusterCustomObject({ group: GROUP, version: VERSION, plural: 'domainclaims', body });
};

describe('DomainClaim CRD', () => {
  it('is cluster-scoped and lets only the first claim of a host in', async () => {
    const host = `www-${run}.example.com`;
    const first = (await create(claim(host))) as DomainClaim;
    expect(first.metadata.namespace).toBeUndefined();
    const second = await rejection(create(claim(host, host, 'tenant-b')));
    expect(second.code).toBe(409);
  });

  it('must be named after its host, which must be normalised', async () => {
    const host = `a-${run}.example.com`;
    expect((await rejection(create(claim(host, `b-${run}.example.com`)))).message).toContain(
      'metadata.name must equal spec.hostname',
    );
    expect((await rejection(create(claim(host, `A-${run}.example.com`)))).message).toContain(
      'normalised host name',
    );
  });

  it('cannot change holder by an edit', async () => {
    const host = `edit-${run}.example.com`;
    await create(claim(host));
    const refused = await rejection(
      api.patchClusterCustomObject({
        group: GROUP,
        version: VERSION,
        plural: 'domainclaims',
        name: host,
        body: [{ op: 'replace', path: '/spec/namespace', value: 'tenant-b' }],
      }),
    );
    expect(refused.message).toContain('spec is immutable');
  });
});
