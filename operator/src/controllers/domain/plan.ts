// What one Domain needs, decided from an observation: its finalizer, the release of a claim it no longer
// may hold, the status (Verified, Claimed, CertificateReady, Ready), the Events of what changed, the
// domain.verified or domain.failed message, and when to look again. No I/O here.

import { DOMAIN_CLAIMS, type Domain, type DomainClaim, type DomainStatus } from '@pagemagic/crds';
import type { EventToPublish } from '@pagemagic/crds/events';
import { type ConditionUpdate, findCondition, kubeTime } from '../conditions.ts';
import type { ObjectDeletion, Observed, Plan } from '../shell.ts';
import type { DomainConfig } from './config.ts';
import { claimHeldBy, DOMAIN_FINALIZER } from './resources.ts';
import {
  CERTIFICATE_READY,
  type ClaimOutcome,
  claimedCondition,
  conflictVerified,
  domainOutcome,
  nextConditions,
  readyCondition,
  transitionEvents,
  VERIFIED,
  type VerificationDecision,
} from './status.ts';

/** setTimeout takes at most 2^31-1 ms; a renewal years away is simply looked at again in a day. */
const MAX_REQUEUE_MS = 24 * 3600 * 1000;

export interface CertificateOutcome {
  condition: ConditionUpdate;
  status?: DomainStatus['certificate'];
  requeueAfterMs?: number;
}

type Stage =
  /** Being deleted with our finalizer on: release the claim, then let go. */
  | { stage: 'finalize'; claim?: DomainClaim }
  /** New: put the finalizer on first, so a claim is never made that nothing would release. */
  | { stage: 'adopt' }
  | { stage: 'invalid' }
  | {
      stage: 'check';
      host: string;
      record: NonNullable<DomainStatus['verification']>;
      decision: VerificationDecision;
      claim: ClaimOutcome;
      /** The cached claim on the host, released when the host is no longer proven. */
      cachedClaim?: DomainClaim;
      /** Set once the claim is held. */
      certificate?: CertificateOutcome;
      /** Set when there is a message to publish: the Website's uid files it. */
      websiteUid?: string;
    };

export type DomainObservation = Observed<Domain, DomainStatus> & { now: Date } & Stage;

type DomainPlanConfig = Pick<DomainConfig, 'recheckSeconds' | 'pendingSeconds'>;

function release(domain: Domain, claim: DomainClaim | undefined): ObjectDeletion[] {
  if (!claim || !claimHeldBy(claim, domain)) return [];
  // The uid precondition keeps a release from deleting a claim someone else made in the meantime.
  return [{ resource: DOMAIN_CLAIMS, name: claim.metadata.name ?? '', uid: claim.metadata.uid }];
}

const NOT_CLAIMED: CertificateOutcome['condition'] = {
  type: CERTIFICATE_READY,
  status: 'False',
  reason: 'NotClaimed',
  message: 'a certificate is requested once the host is verified and claimed',
};

export function planDomain(observed: DomainObservation, config: DomainPlanConfig): Plan<DomainStatus> {
  const { object: domain, status: previous, now } = observed;
  const finalizers = domain.metadata.finalizers ?? [];
  const generation = domain.metadata.generation;
  const withEvents = (status: DomainStatus) => ({
    status,
    events: transitionEvents(previous?.conditions, status.conditions ?? []),
  });
  switch (observed.stage) {
    case 'finalize':
      return {
        delete: release(domain, observed.claim),
        metadata: { finalizers: finalizers.filter((name) => name !== DOMAIN_FINALIZER) },
      };
    case 'adopt':
      return { metadata: { finalizers: [...finalizers, DOMAIN_FINALIZER] } };
    case 'invalid': {
      const invalid: ConditionUpdate = {
        type: VERIFIED,
        status: 'False',
        reason: 'InvalidHostname',
        message: `${domain.spec.hostname} is not a host name`,
      };
      const updates = [invalid, claimedCondition('not-verified', domain.spec.hostname)];
      return withEvents({
        ...previous,
        observedGeneration: generation,
        conditions: nextConditions(
          previous?.conditions,
          [...updates, readyCondition(updates)],
          generation,
          now,
        ),
      });
    }
    case 'check':
      break;
  }
  const { host, record, decision, claim } = observed;
  const verified = claim === 'conflict' ? conflictVerified() : decision.verified;
  const certificate = observed.certificate ?? { condition: NOT_CLAIMED, status: previous?.certificate };
  const updates = [verified, claimedCondition(claim, host), certificate.condition];
  const becameVerified =
    verified.status === 'True' && findCondition(previous?.conditions, VERIFIED)?.status !== 'True';
  const outcome = domainOutcome(previous?.conditions, verified);
  const messages: EventToPublish[] =
    outcome && observed.websiteUid !== undefined
      ? [
          {
            type: outcome.type,
            namespace: domain.metadata.namespace ?? '',
            name: domain.metadata.name ?? '',
            uid: domain.metadata.uid ?? '',
            generation,
            websiteUid: observed.websiteUid,
            occurrence: outcome.occurrence,
            data: { host, website: domain.spec.website, reason: outcome.reason, message: outcome.message },
          },
        ]
      : [];
  const waits = [
    verified.status === 'True' ? config.recheckSeconds * 1000 : config.pendingSeconds * 1000,
    decision.graceEndsAt ? decision.graceEndsAt.getTime() - now.getTime() : undefined,
    certificate.requeueAfterMs,
  ].filter((ms): ms is number => ms !== undefined);
  return {
    delete: decision.proven ? [] : release(domain, observed.cachedClaim),
    messages,
    ...withEvents({
      observedGeneration: generation,
      conditions: nextConditions(
        previous?.conditions,
        [...updates, readyCondition(updates), decision.recordPresent],
        generation,
        now,
      ),
      verification: record,
      verifiedAt: becameVerified ? kubeTime(now) : previous?.verifiedAt,
      lastCheckedAt: previous?.lastCheckedAt,
      certificate: certificate.status,
    }),
    result: { requeueAfter: Math.max(1, Math.min(MAX_REQUEUE_MS, ...waits)) },
  };
}
