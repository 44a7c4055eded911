// The three controllers' decisions, tested as what they are: functions from an observation to a plan.
// No client, no fakes: each case is an object literal in and plain data out. The shell that carries plans
// out is exercised against the real API server by operator-e2e and domain.int.

import type { Build, Domain, DomainClaim, DomainStatus, Website, WebsiteStatus } from '@pagemagic/crds';
import { contentConfigMap, contentHashOf } from '@pagemagic/crds/content';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { type BuildObservation, planBuild } from '../../src/controllers/build/plan.ts';
import { domainConfigFromEnv } from '../../src/controllers/domain/config.ts';
import { type DomainObservation, planDomain } from '../../src/controllers/domain/plan.ts';
import { DOMAIN_FINALIZER } from '../../src/controllers/domain/resources.ts';
import { decideVerification } from '../../src/controllers/domain/status.ts';
import { type Plan, writesNothing } from '../../src/controllers/shell.ts';
import { planWebsite, type WebsiteObservation } from '../../src/controllers/website/plan.ts';
import type { ConfigMapMetadata, DeploymentObject } from '../../src/controllers/website/reconcile.ts';
import { buildName } from '../../src/controllers/website/resources.ts';

const now = new Date('2026-12-07T12:00:00Z');
const later = new Date('2026-12-07T12:05:00Z');
const site = exampleSiteDocument();
const hash = contentHashOf(site);
const config = configFromEnv({});
const RENDERER = '1.0.0';

const website: Website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop', uid: 'uid-1', generation: 1 },
  spec: { brief: { prompt: 'A bakery in Porto', locales: ['en'], tone: 'friendly' } },
};

const stored = contentConfigMap(website, site, hash, {});
const contentName = stored.metadata.name ?? '';
const latest = buildName('bakery', hash, RENDERER);

function succeeded(build: Build, image: string): Build {
  return { ...build, status: { phase: 'Succeeded', image } };
}

function observeWebsite(overrides: Partial<WebsiteObservation> = {}): WebsiteObservation {
  return {
    object: website,
    status: undefined,
    content: { ready: true, name: contentName, hash, create: stored },
    contentMaps: [],
    builds: [],
    domains: [],
    config,
    rendererVersion: RENDERER,
    now,
    ...overrides,
  };
}

/** What the cluster looks like once a plan is carried out and the Deployment has rolled out. */
function carriedOut(observed: WebsiteObservation, plan: Plan<WebsiteStatus>): WebsiteObservation {
  const created = (plan.create ?? []).map((write) => write.object);
  const applied = (kind: string) =>
    plan.apply?.find((write) => write.object.kind === kind)?.object as DeploymentObject | undefined;
  const deployment = applied('Deployment');
  return {
    ...observed,
    status: plan.status,
    content: observed.content.ready ? { ...observed.content, create: undefined } : observed.content,
    contentMaps: [
      ...observed.contentMaps,
      ...(created.filter((object) => object.kind === 'ConfigMap') as ConfigMapMetadata[]),
    ],
    builds: [...observed.builds, ...(created.filter((object) => object.kind === 'Build') as Build[])],
    deployment: deployment
      ? {
          ...deployment,
          metadata: { ...deployment.metadata, generation: 1 },
          status: {
            observedGeneration: 1,
            updatedReplicas: 1,
            availableReplicas: 1,
            conditions: [{ type: 'Available', status: 'True' }],
          },
        }
      : observed.deployment,
    service: applied('Service') ?? observed.service,
    ingress: applied('Ingress') ?? observed.ingress,
    now: later,
  };
}

describe('planWebsite', () => {
  it('stores new content and makes its Build, and serves nothing before an image exists', () => {
    const plan = planWebsite(observeWebsite());
    expect(plan.create?.map((write) => [write.object.kind, write.object.metadata?.name])).toEqual([
      ['ConfigMap', contentName],
      ['Build', latest],
    ]);
    expect(plan.apply).toEqual([]);
    expect(plan.status).toMatchObject({ contentRevision: contentName, latestBuild: latest });
    const ready = plan.status?.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'Building' });
    expect(plan.messages).toEqual([]);
  });

  it('serves a succeeded Build, publishes it once, and then has nothing left to do', () => {
    const first = planWebsite(observeWebsite());
    let observed = carriedOut(observeWebsite(), first);
    observed = {
      ...observed,
      builds: observed.builds.map((b) => succeeded(b, 'registry/shop/bakery@sha256:1')),
    };
    const serve = planWebsite(observed);
    expect(serve.apply?.map((write) => write.object.kind)).toEqual(['Deployment', 'Service', 'Ingress']);
    expect(serve.messages?.map((m) => [m.type, m.occurrence])).toEqual([['site.published', `1-${latest}`]]);
    expect(serve.status?.liveBuild).toBe(latest);

    const settled = carriedOut(observed, serve);
    const resync = planWebsite(settled);
    expect(resync.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'Live',
    });
    expect(resync.events).toEqual([expect.objectContaining({ type: 'Normal', reason: 'Live' })]);
    // The property the e2e test checks by counting requests: a settled Website plans no writes at all.
    const again = planWebsite({ ...carriedOut(settled, resync), now: new Date('2026-12-08T00:00:00Z') });
    expect(writesNothing(again, resync.status)).toBe(true);
    expect(again.events).toEqual([]);
  });

  it('keeps serving a pinned Build while a newer one waits, and says so', () => {
    const old = succeeded(
      {
        ...(planWebsite(observeWebsite()).create?.[1]?.object as Build),
        metadata: { name: 'bakery-old', namespace: 'shop' },
      },
      'registry/shop/bakery@sha256:0',
    );
    const newer = succeeded(
      planWebsite(observeWebsite()).create?.[1]?.object as Build,
      'registry/shop/bakery@sha256:1',
    );
    const pinned = { ...website, spec: { ...website.spec, release: { build: 'bakery-old' } } };
    const observed = observeWebsite({ object: pinned, builds: [old, newer], contentMaps: [stored] });
    const plan = planWebsite(observed);
    expect(plan.status?.liveBuild).toBe('bakery-old');
    expect(plan.apply?.[0]?.object).toMatchObject({
      spec: {
        template: {
          spec: { containers: [expect.objectContaining({ image: 'registry/shop/bakery@sha256:0' })] },
        },
      },
    });
    const rolledOut = planWebsite(carriedOut(observed, plan));
    expect(rolledOut.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'Pinned',
    });
    expect(rolledOut.status?.conditions?.find((c) => c.type === 'Deployed')?.message).toBe(
      `serving pinned Build bakery-old; Build ${latest} is newer and waits until the pin is removed`,
    );
  });

  it('reports invalid content as a warning and writes nothing else', () => {
    const plan = planWebsite(
      observeWebsite({
        content: {
          ready: false,
          verdict: { status: 'False', reason: 'InvalidContent', message: 'name: required' },
        },
      }),
    );
    expect(plan.create).toEqual([]);
    expect(plan.apply).toEqual([]);
    expect(plan.events).toEqual([expect.objectContaining({ type: 'Warning', reason: 'InvalidContent' })]);
  });

  it('prunes Builds past the history limit but never the live, latest or pinned one, nor their content', () => {
    const builds = Array.from({ length: 6 }, (_, index) =>
      succeeded(
        {
          apiVersion: 'pagemagic.dev/v1alpha1',
          kind: 'Build',
          metadata: {
            name: `bakery-b${index}`,
            namespace: 'shop',
            creationTimestamp: `2026-12-0${index + 1}T00:00:00Z`,
          } as Build['metadata'],
          spec: {
            website: 'bakery',
            contentRevision: `bakery-content-${index}`,
            contentHash: `${index}`,
            rendererVersion: RENDERER,
          },
        },
        `registry/shop/bakery@sha256:${index}`,
      ),
    );
    const contentMaps = builds.map(
      (build) =>
        ({
          metadata: {
            name: build.spec.contentRevision,
            namespace: 'shop',
            labels: { 'pagemagic.dev/component': 'content' },
            creationTimestamp: build.metadata.creationTimestamp,
          },
        }) as ConfigMapMetadata,
    );
    const pinned = { ...website, spec: { ...website.spec, release: { build: 'bakery-b0' } } };
    const plan = planWebsite(
      observeWebsite({
        object: pinned,
        builds,
        contentMaps,
        config: { ...config, buildHistoryLimit: 2, contentHistoryLimit: 2 },
      }),
    );
    const deleted = plan.delete?.map((deletion) => deletion.name) ?? [];
    expect(deleted).not.toContain('bakery-b0');
    expect(deleted).not.toContain('bakery-content-0');
    expect(deleted).not.toContain(latest);
    expect(deleted.filter((name) => name.startsWith('bakery-b')).length).toBeGreaterThan(0);
  });
});

describe('planBuild', () => {
  const build: Build = {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name: 'bakery-1', namespace: 'shop', uid: 'b-uid', generation: 1 },
    spec: { website: 'bakery', contentRevision: contentName, contentHash: hash, rendererVersion: RENDERER },
  };
  const observe = (outcome: BuildObservation['outcome'], attempts = 1): BuildObservation => ({
    object: build,
    status: undefined,
    running: { phase: 'Running', startedAt: '2026-12-07T12:00:00Z' },
    websiteUid: 'uid-1',
    outcome,
    attempts,
    finishedAt: now,
  });

  it('records the image and publishes build.succeeded under the Website', () => {
    const plan = planBuild(
      observe({
        succeeded: { image: 'r/i@sha256:1', pages: 3, bytes: 2048, renderSeconds: 0.1, pushSeconds: 0.2 },
      }),
      3,
    );
    expect(plan.status).toMatchObject({
      phase: 'Succeeded',
      image: 'r/i@sha256:1',
      pages: 3,
      size: '2.0 KB',
    });
    expect(plan.messages).toEqual([
      expect.objectContaining({ type: 'build.succeeded', websiteUid: 'uid-1', occurrence: 'bakery-1' }),
    ]);
    expect(plan.failure).toBeUndefined();
  });

  it('retries with the reason in the condition until the last attempt, then fails once', () => {
    const error = new Error('registry unreachable');
    const retry = planBuild(observe({ failed: error, permanent: false }, 2), 3);
    expect(retry.failure).toBe(error);
    expect(retry.messages ?? []).toEqual([]);
    expect(retry.status?.conditions?.[0]).toMatchObject({ status: 'Unknown', reason: 'Retrying' });

    const last = planBuild(observe({ failed: error, permanent: false }, 3), 3);
    expect(last.failure).toBeUndefined();
    expect(last.status).toMatchObject({ phase: 'Failed' });
    expect(last.messages?.map((m) => m.type)).toEqual(['build.failed']);
  });

  it('fails at once when retrying cannot help', () => {
    const plan = planBuild(observe({ failed: new Error('no such content'), permanent: true }, 1), 3);
    expect(plan.status?.conditions?.[0]).toMatchObject({
      status: 'False',
      reason: 'BuildFailed',
      message: 'after 1 attempt(s): no such content',
    });
  });
});

describe('planDomain', () => {
  const domainConfig = domainConfigFromEnv({});
  const domain: Domain = {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'www', namespace: 'shop', uid: 'd-uid', generation: 1, finalizers: [DOMAIN_FINALIZER] },
    spec: { website: 'bakery', hostname: 'www.bakery.example' },
  };
  const claim = (domainUid: string): DomainClaim => ({
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'DomainClaim',
    metadata: { name: 'www.bakery.example', uid: 'claim-uid' },
    spec: { hostname: 'www.bakery.example', namespace: 'shop', domain: 'www', domainUid },
  });
  const record = { recordName: '_pagemagic.www.bakery.example', recordValue: 'pagemagic-verify=t' };
  const check = (found: boolean, extra: Partial<DomainObservation> = {}, status?: DomainStatus) =>
    ({
      object: domain,
      status,
      now,
      stage: 'check',
      host: 'www.bakery.example',
      record,
      decision: decideVerification({
        host: 'www.bakery.example',
        record,
        found,
        previous: status?.conditions,
        now,
        graceSeconds: domainConfig.graceSeconds,
      }),
      claim: found ? 'held' : 'not-verified',
      ...extra,
    }) as DomainObservation;

  it('puts its finalizer on before anything else, and takes it off after releasing its own claim only', () => {
    const fresh = { ...domain, metadata: { ...domain.metadata, finalizers: [] } };
    expect(planDomain({ object: fresh, status: undefined, now, stage: 'adopt' }, domainConfig)).toEqual({
      metadata: { finalizers: [DOMAIN_FINALIZER] },
    });
    const ours = planDomain(
      { object: domain, status: undefined, now, stage: 'finalize', claim: claim('d-uid') },
      domainConfig,
    );
    expect(ours.delete).toEqual([expect.objectContaining({ name: 'www.bakery.example', uid: 'claim-uid' })]);
    expect(ours.metadata).toEqual({ finalizers: [] });
    const theirs = planDomain(
      { object: domain, status: undefined, now, stage: 'finalize', claim: claim('other') },
      domainConfig,
    );
    expect(theirs.delete).toEqual([]);
  });

  it('reports a verified, certified host as Ready, publishes domain.verified once, and settles', () => {
    const certificate = {
      condition: { type: 'CertificateReady', status: 'True' as const, reason: 'Issued', message: 'valid' },
      status: { secretName: 'www-tls', issuedBy: 'acme' as const },
      requeueAfterMs: 60_000,
    };
    const first = planDomain(check(true, { certificate, websiteUid: 'uid-1' }), domainConfig);
    expect(first.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(first.status?.verifiedAt).toBe('2026-12-07T12:00:00Z');
    expect(first.messages?.map((m) => [m.type, m.websiteUid])).toEqual([['domain.verified', 'uid-1']]);
    expect(first.events?.length).toBeGreaterThan(0);
    expect(first.result).toEqual({ requeueAfter: 60_000 });

    const again = planDomain(check(true, { certificate }, first.status), domainConfig);
    expect(writesNothing(again, first.status)).toBe(true);
  });

  it('releases a claim it holds once the record is gone past the grace period', () => {
    const plan = planDomain(check(false, { cachedClaim: claim('d-uid') }), domainConfig);
    expect(plan.delete).toEqual([expect.objectContaining({ name: 'www.bakery.example', uid: 'claim-uid' })]);
    expect(plan.status?.conditions?.find((c) => c.type === 'Verified')?.status).toBe('False');
  });
});
