// One Domain, start to finish: prove the host by TXT, claim it cluster-wide, get a certificate, write
// status once if anything changed, and say when to look again.

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
  type ReconcileContext,
  type Reconciler,
  type Result,
  resources,
} from '../../runtime/index.ts';
import { type ConditionUpdate, findCondition, kubeTime } from '../conditions.ts';
import type { AcmeIssuer } from './acme.ts';
import type { DomainConfig } from './config.ts';
import type { TxtLookup } from './dns.ts';
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
  claimedCondition,
  conflictVerified,
  decideVerification,
  domainOutcome,
  nextConditions,
  readyCondition,
  renewalTime,
  sameStatus,
  transitionEvents,
  VERIFIED,
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

/** setTimeout takes at most 2^31-1 ms; a renewal years away is simply looked at again in a day. */
const MAX_REQUEUE_MS = 24 * 3600 * 1000;

interface CertificateOutcome {
  condition: ConditionUpdate;
  status?: DomainStatus['certificate'];
  requeueAfterMs?: number;
}

export function createDomainReconciler(options: DomainReconcilerOptions): Reconciler {
  const { client, domains, claims, config } = options;
  const now = options.now ?? (() => new Date());
  const publisher = options.publisher;

  /**
   * Events are filed under their Website's uid (`pagemagic.events.<type>.<website uid>`) so one site's feed
   * is one subject filter; a Domain naming a Website that is gone is filed under its own uid.
   */
  async function websiteUid(domain: Domain): Promise<string> {
    const website = await getOptional(
      client.get<Website>(WEBSITES, domain.metadata.namespace, domain.spec.website),
    );
    return website?.metadata.uid ?? domain.metadata.uid ?? '';
  }

  async function publishOutcome(domain: Domain, host: string, verified: ConditionUpdate): Promise<void> {
    const outcome = publisher && domainOutcome(domain.status?.conditions, verified);
    if (!outcome) return;
    await publisher.publish({
      type: outcome.type,
      namespace: domain.metadata.namespace ?? '',
      name: domain.metadata.name ?? '',
      uid: domain.metadata.uid ?? '',
      generation: domain.metadata.generation,
      websiteUid: await websiteUid(domain),
      occurrence: outcome.occurrence,
      data: { host, website: domain.spec.website, reason: outcome.reason, message: outcome.message },
    });
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

  async function releaseClaim(domain: Domain, host: string, fresh: boolean): Promise<void> {
    let claim = claims.get(host);
    if (!claim && fresh) {
      claim = await client.get<DomainClaim>(DOMAIN_CLAIMS, undefined, host).catch((error: unknown) => {
        if (isNotFound(error)) return undefined;
        throw error;
      });
    }
    if (!claim || !claimHeldBy(claim, domain)) return;
    try {
      // The uid precondition keeps a release from deleting a claim someone else made in the meantime.
      await client.delete(DOMAIN_CLAIMS, { name: host }, { preconditions: { uid: claim.metadata.uid } });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
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

  function emitEvents(domain: Domain, before: DomainStatus | undefined, after: DomainStatus) {
    for (const event of transitionEvents(before?.conditions, after.conditions ?? [])) {
      options.events.record(domain, event.type, event.reason, event.message);
    }
  }

  async function writeStatus(domain: Domain, status: DomainStatus): Promise<void> {
    if (sameStatus(domain.status, status)) return;
    await client.patchStatus(
      DOMAINS,
      { namespace: domain.metadata.namespace, name: domain.metadata.name ?? '' },
      status,
    );
    emitEvents(domain, domain.status, status);
  }

  async function finalize(domain: Domain): Promise<void> {
    const finalizers = domain.metadata.finalizers ?? [];
    if (!finalizers.includes(DOMAIN_FINALIZER)) return;
    const host = normaliseHost(domain.spec.hostname);
    if (host) await releaseClaim(domain, host, true);
    await client.mergePatch(
      DOMAINS,
      { namespace: domain.metadata.namespace, name: domain.metadata.name ?? '' },
      {
        metadata: {
          finalizers: finalizers.filter((name) => name !== DOMAIN_FINALIZER),
          resourceVersion: domain.metadata.resourceVersion,
        },
      },
    );
  }

  return async (key: string, context: ReconcileContext): Promise<Result | undefined> => {
    const domain = domains.get(key);
    if (!domain) return undefined;
    const { logger } = context;
    if (domain.metadata.deletionTimestamp) {
      await finalize(domain);
      return undefined;
    }
    const finalizers = domain.metadata.finalizers ?? [];
    if (!finalizers.includes(DOMAIN_FINALIZER)) {
      // The resourceVersion makes this merge patch conditional, so a concurrent edit of finalizers is not lost.
      await client.mergePatch(
        DOMAINS,
        { namespace: domain.metadata.namespace, name: domain.metadata.name ?? '' },
        {
          metadata: {
            finalizers: [...finalizers, DOMAIN_FINALIZER],
            resourceVersion: domain.metadata.resourceVersion,
          },
        },
      );
      return undefined;
    }
    const generation = domain.metadata.generation;
    const previous = domain.status;
    const at = now();
    const host = normaliseHost(domain.spec.hostname);
    if (!host) {
      const invalid: ConditionUpdate = {
        type: VERIFIED,
        status: 'False',
        reason: 'InvalidHostname',
        message: `${domain.spec.hostname} is not a host name`,
      };
      const updates = [invalid, claimedCondition('not-verified', domain.spec.hostname)];
      await writeStatus(domain, {
        ...previous,
        observedGeneration: generation,
        conditions: nextConditions(
          previous?.conditions,
          [...updates, readyCondition(updates)],
          generation,
          at,
        ),
      });
      return undefined;
    }
    // The token is made once and kept: the user publishes it, so it must not change under them.
    const record = previous?.verification ?? verificationRecord(host, randomBytes(16).toString('base64url'));
    const found = txtRecordsContain(await options.lookupTxt(record.recordName), record.recordValue);
    const decision = decideVerification({
      host,
      record,
      found,
      previous: previous?.conditions,
      now: at,
      graceSeconds: config.graceSeconds,
    });

    let claim: ClaimOutcome = 'not-verified';
    if (decision.proven) claim = await ensureClaim(domain, host);
    else await releaseClaim(domain, host, false);

    const verified = claim === 'conflict' ? conflictVerified() : decision.verified;
    let cert: CertificateOutcome = {
      condition: {
        type: CERTIFICATE_READY,
        status: 'False',
        reason: 'NotClaimed',
        message: 'a certificate is requested once the host is verified and claimed',
      },
      status: previous?.certificate,
    };
    if (claim === 'held') {
      cert = (await options.certManagerInstalled())
        ? await viaCertManager(domain, host)
        : await viaAcme(domain, host, logger);
    }
    const updates = [verified, claimedCondition(claim, host), cert.condition];
    const conditions = nextConditions(
      previous?.conditions,
      [...updates, readyCondition(updates), decision.recordPresent],
      generation,
      at,
    );
    const becameVerified =
      verified.status === 'True' && findCondition(previous?.conditions, VERIFIED)?.status !== 'True';
    const status: DomainStatus = {
      observedGeneration: generation,
      conditions,
      verification: record,
      verifiedAt: becameVerified ? kubeTime(at) : previous?.verifiedAt,
      lastCheckedAt: previous?.lastCheckedAt,
      certificate: cert.status,
    };
    // Published before the status write, as the Website controller does: a failed write retries the
    // reconcile, which publishes the same message id again (dropped by JetStream), so none is lost.
    await publishOutcome(domain, host, verified);
    await writeStatus(domain, status);

    const waits = [
      verified.status === 'True' ? config.recheckSeconds * 1000 : config.pendingSeconds * 1000,
      decision.graceEndsAt ? decision.graceEndsAt.getTime() - at.getTime() : undefined,
      cert.requeueAfterMs,
    ].filter((ms): ms is number => ms !== undefined);
    return { requeueAfter: Math.max(1, Math.min(MAX_REQUEUE_MS, ...waits)) };
  };
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
