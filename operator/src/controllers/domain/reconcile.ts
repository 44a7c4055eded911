// What the Domain controller observes: the TXT lookup, the cluster-wide claim of the host (a create whose
// answer is a fact: ours, or someone else's) and the certificate (cert-manager's, or issued by ACME here).
// plan.ts decides the status, Events, messages, claim release and when to look again; the shell writes.

import { randomBytes, X509Certificate } from 'node:crypto';
import {
  DOMAIN_CLAIMS,
  DOMAINS,
  type Domain,
  type DomainClaim,
  type DomainStatus,
  txtRecordsContain,
  verificationRecord,
  WEBSITES,
  type Website,
} from '@pagemagic/crds';
import type { EventPublisher } from '../../events/index.ts';
import {
  type EventRecorder,
  type Informer,
  isAlreadyExists,
  isConflict,
  isNotFound,
  type KubeClient,
  type Logger,
  type Reconciler,
  resources,
} from '../../runtime/index.ts';
import { kubeTime } from '../conditions.ts';
import { type ReconcilerKind, reconcilerOf } from '../shell.ts';
import type { AcmeIssuer } from './acme.ts';
import type { DomainConfig } from './config.ts';
import type { TxtLookup } from './dns.ts';
import { type CertificateOutcome, type DomainObservation, planDomain } from './plan.ts';
import {
  ACME_CHALLENGE_PATH,
  acmeChallengeService,
  type CertManagerCertificate,
  certificate,
  certificateMatches,
  certificatesResource,
  claimHeldBy,
  DOMAIN_FINALIZER,
  desiredClaim,
  HOST_ANNOTATION,
  normaliseHost,
  type TlsSecret,
  tlsSecret,
  tlsSecretName,
} from './resources.ts';
import {
  CERTIFICATE_READY,
  type ClaimOutcome,
  conflictVerified,
  decideVerification,
  domainOutcome,
  renewalTime,
} from './status.ts';

export interface DomainReconcilerOptions {
  client: KubeClient;
  domains: Informer<Domain>;
  claims: Informer<DomainClaim>;
  config: DomainConfig;
  lookupTxt: TxtLookup;
  /** Whether cert-manager's API is served (cached by the caller). */
  certManagerInstalled: () => Promise<boolean>;
  issuer: AcmeIssuer;
  events: Pick<EventRecorder, 'record'>;
  /** Where `domain.verified` and `domain.failed` go (NATS JetStream); dropped when unset. */
  publisher?: EventPublisher;
  now?: () => Date;
}

export function domainKind(
  options: DomainReconcilerOptions,
): ReconcilerKind<Domain, DomainStatus, DomainObservation> {
  const { client, claims, config } = options;
  const now = options.now ?? (() => new Date());
  const publisher = options.publisher;

  /**
   * Events are filed under their Website's uid (`pagemagic.events.<type>.<website uid>`) so one site's feed
   * is one subject filter; a Domain naming a Website that is gone is filed under its own uid.
   */
  async function websiteUidOf(domain: Domain): Promise<string> {
    const website = await getOptional(
      client.get<Website>(WEBSITES, domain.metadata.namespace, domain.spec.website),
    );
    return website?.metadata.uid ?? domain.metadata.uid ?? '';
  }

  /**
   * A claim whose Domain no longer exists (its finalizer was removed by hand, or its namespace force-deleted)
   * would lock the host forever, so a Domain that finds one takes it over.
   */
  async function holderGone(claim: DomainClaim): Promise<boolean> {
    const holder = await getOptional(client.get<Domain>(DOMAINS, claim.spec.namespace, claim.spec.domain));
    return holder === undefined || holder.metadata.uid !== claim.spec.domainUid;
  }

  async function ensureClaim(domain: Domain, host: string): Promise<Exclude<ClaimOutcome, 'not-verified'>> {
    let current = claims.get(host);
    if (current && claimHeldBy(current, domain)) return 'held';
    if (current && !(await holderGone(current))) return 'conflict';
    if (current) {
      try {
        await client.delete(DOMAIN_CLAIMS, { name: host }, { preconditions: { uid: current.metadata.uid } });
      } catch (error) {
        if (!isNotFound(error) && !isConflict(error)) throw error;
      }
    }
    try {
      await client.create(DOMAIN_CLAIMS, desiredClaim(domain, host));
      return 'held';
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      current = await client.get<DomainClaim>(DOMAIN_CLAIMS, undefined, host);
      // Not taken over here even if stale: the next reconcile does that, from a fresh look.
      return claimHeldBy(current, domain) ? 'held' : 'conflict';
    }
  }

  /** The claim a deleted Domain must release: read afresh when the cache has none, as it may lag. */
  async function claimToRelease(host: string): Promise<DomainClaim | undefined> {
    return claims.get(host) ?? (await getOptional(client.get<DomainClaim>(DOMAIN_CLAIMS, undefined, host)));
  }

  async function getOptional<T>(read: Promise<T>): Promise<T | undefined> {
    try {
      return await read;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function viaCertManager(domain: Domain, host: string): Promise<CertificateOutcome> {
    const desired = certificate(domain, host, config.issuer);
    const name = desired.metadata.name;
    let current = await getOptional(
      client.get<CertManagerCertificate>(certificatesResource, domain.metadata.namespace, name),
    );
    if (!current || !certificateMatches(current, desired)) {
      current = await client.apply(certificatesResource, desired);
    }
    const ready = current.status?.conditions?.find((condition) => condition.type === 'Ready');
    const status = {
      secretName: desired.spec.secretName,
      notAfter: current.status?.notAfter,
      issuedBy: 'cert-manager' as const,
    };
    if (ready?.status === 'True') {
      return {
        condition: {
          type: CERTIFICATE_READY,
          status: 'True',
          reason: 'Ready',
          message: ready.message || `cert-manager issued the certificate for ${host}`,
        },
        status,
      };
    }
    return {
      condition: {
        type: CERTIFICATE_READY,
        status: ready?.status === 'False' ? 'False' : 'Unknown',
        reason: ready?.reason || 'Issuing',
        message: ready?.message || `waiting for cert-manager to issue Certificate ${name}`,
      },
      status,
      requeueAfterMs: config.certificatePollSeconds * 1000,
    };
  }

  async function viaAcme(domain: Domain, host: string, logger: Logger): Promise<CertificateOutcome> {
    const name = tlsSecretName(domain);
    const secret = await getOptional(
      client.get<TlsSecret>(resources.secrets, domain.metadata.namespace, name),
    );
    const current =
      secret && secret.metadata.annotations?.[HOST_ANNOTATION] === host
        ? parseCertificate(secret)
        : undefined;
    const at = now();
    if (current && at < renewalTime(current.notBefore, current.notAfter)) {
      return {
        condition: {
          type: CERTIFICATE_READY,
          status: 'True',
          reason: 'Issued',
          message: `certificate for ${host} valid until ${kubeTime(current.notAfter)}`,
        },
        status: { secretName: name, notAfter: kubeTime(current.notAfter), issuedBy: 'acme' },
        requeueAfterMs: renewalTime(current.notBefore, current.notAfter).getTime() - at.getTime(),
      };
    }
    // The CA fetches the HTTP-01 answer through the Website's Ingress, which routes the challenge path to
    // the operator once the status says acme; so the first pass only asks for that route.
    await client.apply(
      resources.services,
      acmeChallengeService(domain.metadata.namespace ?? '', config.operatorService),
    );
    if (domain.status?.certificate?.issuedBy !== 'acme') {
      return {
        condition: {
          type: CERTIFICATE_READY,
          status: 'Unknown',
          reason: 'RoutingChallenge',
          message: `routing ${ACME_CHALLENGE_PATH} on ${host} to the operator before ordering a certificate`,
        },
        status: { ...domain.status?.certificate, issuedBy: 'acme' },
        requeueAfterMs: config.challengeRouteSeconds * 1000,
      };
    }
    try {
      logger.info({ host, renewal: current !== undefined }, 'issuing certificate');
      const issued = await options.issuer.issue(host);
      await client.apply(resources.secrets, tlsSecret(domain, host, issued));
      return {
        condition: {
          type: CERTIFICATE_READY,
          status: 'True',
          reason: 'Issued',
          message: `certificate for ${host} valid until ${kubeTime(issued.notAfter)}`,
        },
        status: { secretName: name, notAfter: kubeTime(issued.notAfter), issuedBy: 'acme' },
        requeueAfterMs: renewalTime(issued.notBefore, issued.notAfter).getTime() - now().getTime(),
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ host, error: message }, 'certificate issuance failed');
      return {
        // A certificate that still works keeps serving while a renewal fails.
        condition: current
          ? {
              type: CERTIFICATE_READY,
              status: 'True',
              reason: 'RenewalFailed',
              message: `renewal failed: ${message}`,
            }
          : { type: CERTIFICATE_READY, status: 'False', reason: 'IssueFailed', message },
        status: current
          ? { secretName: name, notAfter: kubeTime(current.notAfter), issuedBy: 'acme' }
          : { ...domain.status?.certificate, issuedBy: 'acme' },
        requeueAfterMs: config.pendingSeconds * 1000,
      };
    }
  }

  return {
    resource: DOMAINS,
    plan: (observed) => planDomain(observed, config),
    async observe(key, context): Promise<DomainObservation | undefined> {
      const domain = options.domains.get(key);
      if (!domain) return undefined;
      const base = { object: domain, status: domain.status, now: now() };
      const host = normaliseHost(domain.spec.hostname);
      if (domain.metadata.deletionTimestamp) {
        if (!domain.metadata.finalizers?.includes(DOMAIN_FINALIZER)) return undefined;
        return { ...base, stage: 'finalize', claim: host ? await claimToRelease(host) : undefined };
      }
      if (!domain.metadata.finalizers?.includes(DOMAIN_FINALIZER)) return { ...base, stage: 'adopt' };
      if (!host) return { ...base, stage: 'invalid' };
      // The token is made once and kept: the user publishes it, so it must not change under them.
      const record =
        domain.status?.verification ?? verificationRecord(host, randomBytes(16).toString('base64url'));
      const found = txtRecordsContain(await options.lookupTxt(record.recordName), record.recordValue);
      const decision = decideVerification({
        host,
        record,
        found,
        previous: domain.status?.conditions,
        now: base.now,
        graceSeconds: config.graceSeconds,
      });
      // Claiming is a create whose answer (ours, or someone else's) is what the status reports.
      const claim: ClaimOutcome = decision.proven ? await ensureClaim(domain, host) : 'not-verified';
      const certificate =
        claim !== 'held'
          ? undefined
          : (await options.certManagerInstalled())
            ? await viaCertManager(domain, host)
            : await viaAcme(domain, host, context.logger);
      const verified = claim === 'conflict' ? conflictVerified() : decision.verified;
      // Messages are filed under the Website's uid, read only when there is one to publish.
      const websiteUid =
        publisher && domainOutcome(domain.status?.conditions, verified)
          ? await websiteUidOf(domain)
          : undefined;
      return {
        ...base,
        stage: 'check',
        host,
        record,
        decision,
        claim,
        cachedClaim: claims.get(host),
        certificate,
        websiteUid,
      };
    },
  };
}

export function createDomainReconciler(options: DomainReconcilerOptions): Reconciler {
  return reconcilerOf(domainKind(options), options);
}

function parseCertificate(secret: TlsSecret): { notBefore: Date; notAfter: Date } | undefined {
  const pem = secret.data?.['tls.crt'];
  if (!pem) return undefined;
  try {
    const leaf = new X509Certificate(Buffer.from(pem, 'base64'));
    return { notBefore: new Date(leaf.validFrom), notAfter: new Date(leaf.validTo) };
  } catch {
    return undefined;
  }
}
