import type { Condition, Domain } from '@pagemagic/crds';
import { txtRecordsContain, verificationRecord } from '@pagemagic/crds';
import { describe, expect, it } from 'vitest';
import { domainConfigFromEnv, parseAddress, parseIssuer } from '../../src/controllers/domain/config.ts';
import {
  acmeChallengeIngressPath,
  acmeChallengeService,
  certificate,
  certificateMatches,
  claimHeldBy,
  claimName,
  desiredClaim,
  normaliseHost,
  tlsSecret,
} from '../../src/controllers/domain/resources.ts';
import {
  CONFLICT_MESSAGE,
  decideVerification,
  graceDeadline,
  nextConditions,
  readyCondition,
  renewalTime,
  transitionEvents,
  withinGrace,
} from '../../src/controllers/domain/status.ts';
import { sameStatus } from '../../src/controllers/shell.ts';

const domain: Domain = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'shop', namespace: 'tenant-a', uid: 'uid-1', generation: 2, resourceVersion: '42' },
  spec: { hostname: 'www.example.com', website: 'bakery' },
};
const owner = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Domain',
  name: 'shop',
  uid: 'uid-1',
  controller: true,
  blockOwnerDeletion: true,
};
const record = verificationRecord('www.example.com', 'tok');

describe('normaliseHost', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['WWW.Example.COM', 'www.example.com'],
    ['www.example.com.', 'www.example.com'],
    ['  WWW.Example.com. ', 'www.example.com'],
    ['bäckerei.de', 'xn--bckerei-5wa.de'],
    ['BÄCKEREI.de.', 'xn--bckerei-5wa.de'],
    ['xn--bckerei-5wa.de', 'xn--bckerei-5wa.de'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });

  it.each([
    [''],
    ['.'],
    ['localhost'],
    ['*.example.com'],
    ['exa mple.com'],
    ['a..b.com'],
    [`${'a'.repeat(64)}.com`],
  ])('rejects %j', (input) => {
    expect(normaliseHost(input)).toBeUndefined();
  });

  it('names a claim after the normalised host, so differently spelled duplicates collide', () => {
    expect(claimName('WWW.Example.com.')).toBe('www.example.com');
    expect(claimName('www.example.com')).toBe(claimName('WWW.EXAMPLE.COM.'));
  });
});

describe('TXT record', () => {
  it('is _pagemagic-challenge.<host> with pagemagic-verify=<token>', () => {
    expect(record).toEqual({
      recordName: '_pagemagic-challenge.www.example.com',
      recordValue: 'pagemagic-verify=tok',
    });
  });

  it('matches a value split into chunks and nothing else', () => {
    expect(txtRecordsContain([['v=spf1'], ['pagemagic-', 'verify=tok']], record.recordValue)).toBe(true);
    expect(txtRecordsContain([['pagemagic-verify=other']], record.recordValue)).toBe(false);
    expect(txtRecordsContain([], record.recordValue)).toBe(false);
  });
});

describe('golden objects', () => {
  it('claim', () => {
    const claim = desiredClaim(domain, 'www.example.com');
    expect(claim).toEqual({
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'DomainClaim',
      metadata: { name: 'www.example.com', labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator' } },
      spec: { hostname: 'www.example.com', namespace: 'tenant-a', domain: 'shop', domainUid: 'uid-1' },
    });
    expect(claimHeldBy(claim, domain)).toBe(true);
    expect(claimHeldBy(claim, { ...domain, metadata: { ...domain.metadata, uid: 'uid-2' } })).toBe(false);
    expect(claimHeldBy(claim, { ...domain, metadata: { ...domain.metadata, namespace: 'tenant-b' } })).toBe(
      false,
    );
  });

  it('cert-manager Certificate', () => {
    expect(certificate(domain, 'www.example.com', { kind: 'ClusterIssuer', name: 'letsencrypt' })).toEqual({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: {
        name: 'shop',
        namespace: 'tenant-a',
        labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator', 'pagemagic.dev/domain': 'shop' },
        ownerReferences: [owner],
      },
      spec: {
        secretName: 'shop-tls',
        dnsNames: ['www.example.com'],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'letsencrypt' },
      },
    });
  });

  it('a Certificate matches on our fields only', () => {
    const desired = certificate(domain, 'www.example.com', { kind: 'ClusterIssuer', name: 'letsencrypt' });
    const defaulted = { ...desired, spec: { ...desired.spec, privateKey: { rotationPolicy: 'Always' } } };
    expect(certificateMatches(defaulted, desired)).toBe(true);
    expect(
      certificateMatches({ ...desired, spec: { ...desired.spec, dnsNames: ['other.example.com'] } }, desired),
    ).toBe(false);
    expect(
      certificateMatches(
        { ...desired, spec: { ...desired.spec, issuerRef: { kind: 'Issuer', name: 'letsencrypt' } } },
        desired,
      ),
    ).toBe(false);
    expect(
      certificateMatches({ ...desired, metadata: { ...desired.metadata, ownerReferences: [] } }, desired),
    ).toBe(false);
  });

  it('TLS Secret', () => {
    expect(tlsSecret(domain, 'www.example.com', { certificate: 'CERT', privateKey: 'KEY' })).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/tls',
      metadata: {
        name: 'shop-tls',
        namespace: 'tenant-a',
        labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator', 'pagemagic.dev/domain': 'shop' },
        annotations: { 'pagemagic.dev/hostname': 'www.example.com' },
        ownerReferences: [owner],
      },
      data: { 'tls.crt': 'Q0VSVA==', 'tls.key': 'S0VZ' },
    });
  });

  it('Ingress path for HTTP-01 challenges, to the challenge Service of the namespace', () => {
    expect(acmeChallengeIngressPath()).toEqual({
      path: '/.well-known/acme-challenge/',
      pathType: 'Prefix',
      backend: { service: { name: 'pagemagic-acme-challenge', port: { name: 'http' } } },
    });
  });

  it('ExternalName Service that lets a tenant Ingress reach the operator', () => {
    expect(
      acmeChallengeService('tenant-a', {
        name: 'pagemagic-operator',
        namespace: 'pagemagic-system',
        port: 8089,
      }),
    ).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'pagemagic-acme-challenge',
        namespace: 'tenant-a',
        labels: { 'app.kubernetes.io/managed-by': 'pagemagic-operator' },
      },
      spec: {
        type: 'ExternalName',
        externalName: 'pagemagic-operator.pagemagic-system.svc.cluster.local',
        ports: [{ name: 'http', port: 8089, targetPort: 8089, protocol: 'TCP' }],
      },
    });
  });
});

const T0 = new Date('2026-01-01T00:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const decide = (found: boolean, previous: Condition[] | undefined, now: Date, graceSeconds = 60) =>
  decideVerification({ host: 'www.example.com', record, found, previous, now, graceSeconds });
/** The conditions a reconcile at `now` would store, as the next reconcile sees them. */
const store = (previous: Condition[] | undefined, decision: ReturnType<typeof decide>, now: Date) =>
  nextConditions(previous, [decision.verified, decision.recordPresent], 1, now);

describe('grace period', () => {
  it('is a pure function of when the record went missing', () => {
    expect(graceDeadline(T0, 90)).toEqual(later(90));
    expect(withinGrace(T0, later(89), 90)).toBe(true);
    expect(withinGrace(T0, later(90), 90)).toBe(false);
  });

  it('keeps a verified host for the grace period after its record disappears, then withdraws it', () => {
    const pending = decide(false, undefined, T0);
    expect(pending.proven).toBe(false);
    expect(pending.verified).toMatchObject({ status: 'False', reason: 'RecordNotFound' });
    expect(pending.verified.message).toContain(
      'publish a DNS TXT record named _pagemagic-challenge.www.example.com with the value "pagemagic-verify=tok"',
    );

    let conditions = store(undefined, pending, T0);
    const found = decide(true, conditions, later(10));
    expect(found.proven).toBe(true);
    expect(found.verified).toMatchObject({ status: 'True', reason: 'RecordFound' });
    conditions = store(conditions, found, later(10));

    const missing = decide(false, conditions, later(100));
    expect(missing.proven).toBe(true);
    expect(missing.verified).toMatchObject({ status: 'True', reason: 'RecordMissing' });
    expect(missing.graceEndsAt).toEqual(later(160));
    conditions = store(conditions, missing, later(100));

    // Counted from when it went missing, not from the last check.
    const stillMissing = decide(false, conditions, later(159));
    expect(stillMissing.proven).toBe(true);
    expect(stillMissing.graceEndsAt).toEqual(later(160));
    expect(store(conditions, stillMissing, later(159))).toEqual(conditions);

    const expired = decide(false, conditions, later(160));
    expect(expired.proven).toBe(false);
    expect(expired.verified).toMatchObject({ status: 'False', reason: 'RecordRemoved' });
    conditions = store(conditions, expired, later(160));
    expect(decide(false, conditions, later(500)).verified.reason).toBe('RecordRemoved');

    const back = decide(true, conditions, later(600));
    expect(back.verified).toMatchObject({ status: 'True', reason: 'RecordFound' });
  });

  it('restarts the count when the record comes back and goes again', () => {
    let conditions = store(undefined, decide(true, undefined, T0), T0);
    conditions = store(conditions, decide(false, conditions, later(10)), later(10));
    conditions = store(conditions, decide(true, conditions, later(20)), later(20));
    const again = decide(false, conditions, later(1000));
    expect(again.graceEndsAt).toEqual(later(1060));
  });

  it('gives an unverified Domain no grace', () => {
    expect(decide(false, undefined, T0).proven).toBe(false);
  });
});

describe('conditions', () => {
  it('Ready is True only when every other condition is', () => {
    const t = (type: string) => ({ type, status: 'True' as const, reason: 'Ok', message: 'ok' });
    expect(readyCondition([t('Verified'), t('Claimed'), t('CertificateReady')]).status).toBe('True');
    const conflict = readyCondition([
      t('Verified'),
      { type: 'Claimed', status: 'False', reason: 'Conflict', message: CONFLICT_MESSAGE },
      t('CertificateReady'),
    ]);
    expect(conflict).toMatchObject({ status: 'False', reason: 'Conflict' });
    expect(conflict.message).toBe(`Claimed: ${CONFLICT_MESSAGE}`);
  });

  it('an unchanged decision yields an identical status, and a changed one does not', () => {
    const first = store(undefined, decide(true, undefined, T0), T0);
    const again = store(first, decide(true, first, later(3600)), later(3600));
    expect(sameStatus({ conditions: first }, { conditions: again })).toBe(true);
    const gone = store(first, decide(false, first, later(3600)), later(3600));
    expect(sameStatus({ conditions: first }, { conditions: gone })).toBe(false);
    expect(gone.find((c) => c.type === 'RecordPresent')?.lastTransitionTime).toBe('2026-01-01T01:00:00Z');
    expect(gone.find((c) => c.type === 'Verified')?.lastTransitionTime).toBe('2026-01-01T00:00:00Z');
  });

  it('emits Events on transitions only', () => {
    const pending = store(undefined, decide(false, undefined, T0), T0);
    expect(transitionEvents(undefined, pending)).toEqual([]);
    const verified = store(pending, decide(true, pending, later(1)), later(1));
    expect(transitionEvents(pending, verified)).toEqual([
      { type: 'Normal', reason: 'RecordFound', message: expect.stringContaining('Verified: TXT record') },
    ]);
    expect(transitionEvents(verified, verified)).toEqual([]);
    const conflict = nextConditions(
      undefined,
      [{ type: 'Claimed', status: 'False', reason: 'Conflict', message: CONFLICT_MESSAGE }],
      1,
      T0,
    );
    expect(transitionEvents(undefined, conflict)).toEqual([
      { type: 'Warning', reason: 'Conflict', message: `Claimed: ${CONFLICT_MESSAGE}` },
    ]);
  });
});

describe('certificate renewal', () => {
  it('falls due when a third of the lifetime remains', () => {
    expect(renewalTime(T0, later(90 * 86400))).toEqual(later(60 * 86400));
  });
});

describe('config', () => {
  it('reads the environment with production defaults', () => {
    const config = domainConfigFromEnv({});
    expect(config.dnsServers).toEqual([]);
    expect(config.issuer).toEqual({ kind: 'ClusterIssuer', name: 'letsencrypt' });
    expect(config.acme.httpAddress).toEqual({ host: '0.0.0.0', port: 8089 });
    const test = domainConfigFromEnv({
      PAGEMAGIC_DNS_SERVERS: '127.0.0.1:15053, 10.0.0.2',
      PAGEMAGIC_DOMAIN_GRACE_SECONDS: '3',
      PAGEMAGIC_CERT_ISSUER: 'Issuer/internal',
      PAGEMAGIC_ACME_HTTP_ADDR: '127.0.0.1:15002',
      POD_NAMESPACE: 'ops',
    });
    expect(test.dnsServers).toEqual(['127.0.0.1:15053', '10.0.0.2']);
    expect(test.graceSeconds).toBe(3);
    expect(test.issuer).toEqual({ kind: 'Issuer', name: 'internal' });
    expect(test.acme.httpAddress).toEqual({ host: '127.0.0.1', port: 15002 });
    expect(test.acme.accountSecret.namespace).toBe('ops');
  });

  it('refuses nonsense', () => {
    expect(() => domainConfigFromEnv({ PAGEMAGIC_DOMAIN_GRACE_SECONDS: 'soon' })).toThrow(/GRACE/);
    expect(() => parseAddress('nowhere', 'X')).toThrow(/host:port/);
    expect(() => parseIssuer('Issuer/')).toThrow();
    expect(parseAddress('[::1]:80', 'X')).toEqual({ host: '::1', port: 80 });
  });
});
