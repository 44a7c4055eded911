// Conditions of a Domain as pure functions of what the reconciler observed: the TXT lookup, the claim,
// the certificate, and the clock. Each condition is set once per reconcile, so an unchanged world gives
// an identical status and no write.

import type { Condition, DomainStatus } from '@pagemagic/crds';
import { type ConditionUpdate, findCondition, kubeTime, setCondition } from '../conditions.ts';
import type { DomainEvent } from './resources.ts';

export const VERIFIED = 'Verified';
export const CLAIMED = 'Claimed';
export const CERTIFICATE_READY = 'CertificateReady';
export const READY = 'Ready';
/**
 * Whether the TXT record answered at the last check. Its lastTransitionTime is when the record went missing,
 * which is what the grace period counts from, so the grace period needs no field of its own.
 */
export const RECORD_PRESENT = 'RecordPresent';

export const CONFLICT_MESSAGE = 'another site already uses this host';

type Record = NonNullable<DomainStatus['verification']>;

export interface VerificationDecision {
  /** The host may be routed: the record is there, or was until less than the grace period ago. */
  proven: boolean;
  recordPresent: ConditionUpdate;
  verified: ConditionUpdate;
  /** When the grace period ends, while it runs. */
  graceEndsAt?: Date;
}

/** When a record missing since `missingSince` stops counting: a pure function of two timestamps. */
export function graceDeadline(missingSince: Date, graceSeconds: number): Date {
  return new Date(missingSince.getTime() + graceSeconds * 1000);
}

export function withinGrace(missingSince: Date, now: Date, graceSeconds: number): boolean {
  return now.getTime() < graceDeadline(missingSince, graceSeconds).getTime();
}

const publish = (host: string, record: Record) =>
  `publish a DNS TXT record named ${record.recordName} with the value "${record.recordValue}" to prove you own ${host}`;

/**
 * What the TXT lookup means given what was known before. A host that was verified keeps routing for
 * `graceSeconds` after its record disappears (DNS edits and flaky resolvers should not take a site down);
 * after that it is withdrawn, and only a fresh lookup that finds the record brings it back.
 */
export function decideVerification(input: {
  host: string;
  record: Record;
  found: boolean;
  previous: readonly Condition[] | undefined;
  now: Date;
  graceSeconds: number;
}): VerificationDecision {
  const { host, record, found, previous, now, graceSeconds } = input;
  const recordPresent: ConditionUpdate = found
    ? {
        type: RECORD_PRESENT,
        status: 'True',
        reason: 'RecordFound',
        message: `${record.recordName} holds the expected value`,
      }
    : {
        type: RECORD_PRESENT,
        status: 'False',
        reason: 'RecordNotFound',
        message: `${record.recordName} does not hold "${record.recordValue}"`,
      };
  if (found) {
    return {
      proven: true,
      recordPresent,
      verified: {
        type: VERIFIED,
        status: 'True',
        reason: 'RecordFound',
        message: `TXT record ${record.recordName} proves ownership of ${host}`,
      },
    };
  }
  const before = findCondition(previous, VERIFIED);
  const wasVerified = before?.status === 'True';
  const wasPresent = findCondition(previous, RECORD_PRESENT);
  const missingSince =
    wasPresent?.status === 'False' ? new Date(wasPresent.lastTransitionTime) : new Date(kubeTime(now));
  if (wasVerified && withinGrace(missingSince, now, graceSeconds)) {
    const graceEndsAt = graceDeadline(missingSince, graceSeconds);
    return {
      proven: true,
      recordPresent,
      graceEndsAt,
      verified: {
        type: VERIFIED,
        status: 'True',
        reason: 'RecordMissing',
        message: `TXT record ${record.recordName} is missing since ${kubeTime(missingSince)}; ${host} stays routed until ${kubeTime(graceEndsAt)} unless it is published again`,
      },
    };
  }
  if (wasVerified || before?.reason === 'RecordRemoved') {
    return {
      proven: false,
      recordPresent,
      verified: {
        type: VERIFIED,
        status: 'False',
        reason: 'RecordRemoved',
        message: `the TXT record was removed and ${host} was withdrawn; ${publish(host, record)}`,
      },
    };
  }
  return {
    proven: false,
    recordPresent,
    verified: { type: VERIFIED, status: 'False', reason: 'RecordNotFound', message: publish(host, record) },
  };
}

export type ClaimOutcome = 'held' | 'conflict' | 'not-verified';

export function claimedCondition(outcome: ClaimOutcome, host: string): ConditionUpdate {
  if (outcome === 'held')
    return {
      type: CLAIMED,
      status: 'True',
      reason: 'Claimed',
      message: `${host} is reserved for this Domain`,
    };
  if (outcome === 'conflict')
    return { type: CLAIMED, status: 'False', reason: 'Conflict', message: CONFLICT_MESSAGE };
  return {
    type: CLAIMED,
    status: 'False',
    reason: 'NotVerified',
    message: 'the host is claimed once ownership is verified',
  };
}

/** A conflicting Domain must not look verified: the Website reconciler routes every Verified host. */
export function conflictVerified(): ConditionUpdate {
  return { type: VERIFIED, status: 'False', reason: 'Conflict', message: CONFLICT_MESSAGE };
}

export function readyCondition(updates: readonly ConditionUpdate[]): ConditionUpdate {
  const pending = updates.filter((update) => update.status !== 'True');
  if (pending.length === 0)
    return {
      type: READY,
      status: 'True',
      reason: 'Ready',
      message: 'the host is verified, claimed and has a certificate',
    };
  const first = pending[0] as ConditionUpdate;
  return {
    type: READY,
    status: first.status === 'Unknown' ? 'Unknown' : 'False',
    reason: first.reason,
    message: pending.map((update) => `${update.type}: ${update.message}`).join('; '),
  };
}

/** Applies every update in order to the previous list; conditions not mentioned are dropped. */
export function nextConditions(
  previous: readonly Condition[] | undefined,
  updates: readonly ConditionUpdate[],
  generation: number | undefined,
  now: Date,
): Condition[] {
  return updates.map(
    (update) =>
      setCondition(
        previous?.filter((condition) => condition.type === update.type),
        update,
        generation,
        () => now,
      )[0] as Condition,
  );
}

/** Renew once less than a third of the certificate's lifetime remains. */
export function renewalTime(notBefore: Date, notAfter: Date): Date {
  const lifetime = notAfter.getTime() - notBefore.getTime();
  return new Date(notAfter.getTime() - lifetime / 3);
}

/** A Domain transition worth telling people about, published as `domain.verified` or `domain.failed`. */
export interface DomainOutcome {
  type: 'domain.verified' | 'domain.failed';
  /** With the Domain's uid and the type, the Nats-Msg-Id: the same transition retried is one message. */
  occurrence: string;
  reason: string;
  message: string;
}

/** Failures a person has to act on: someone else holds the host, or the proof was taken away. */
const FAILURE_REASONS = new Set(['Conflict', 'RecordRemoved']);

/**
 * What changed in `Verified` between the stored conditions and this reconcile's verdict. The occurrence is
 * built from the stored condition (its lastTransitionTime and reason), which stays the same until the status
 * write that records the transition succeeds, so a reconcile that publishes and then fails to write
 * publishes the same message id again and JetStream drops the copy.
 */
export function domainOutcome(
  previous: readonly Condition[] | undefined,
  verified: ConditionUpdate,
): DomainOutcome | undefined {
  const before = findCondition(previous, VERIFIED);
  const since = before ? `${before.status}-${before.reason}-${before.lastTransitionTime}` : 'new';
  if (verified.status === 'True') {
    if (before?.status === 'True') return undefined;
    return { type: 'domain.verified', occurrence: since, reason: verified.reason, message: verified.message };
  }
  if (verified.status !== 'False' || !FAILURE_REASONS.has(verified.reason)) return undefined;
  if (before?.status === 'False' && before.reason === verified.reason) return undefined;
  return { type: 'domain.failed', occurrence: since, reason: verified.reason, message: verified.message };
}

const WARNING_REASONS = new Set(['Conflict', 'RecordRemoved', 'IssueFailed', 'InvalidHostname']);

/** One Event per condition whose status changed (or that is new), with the condition's reason. */
export function transitionEvents(
  previous: readonly Condition[] | undefined,
  next: readonly Condition[],
): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const condition of next) {
    if (condition.type === READY || condition.type === RECORD_PRESENT) continue;
    const before = findCondition(previous, condition.type);
    if (before?.status === condition.status && before.reason === condition.reason) continue;
    if (!before && condition.status !== 'True' && !WARNING_REASONS.has(condition.reason)) continue;
    events.push({
      type: WARNING_REASONS.has(condition.reason) ? 'Warning' : 'Normal',
      reason: condition.reason,
      message: `${condition.type}: ${condition.message}`,
    });
  }
  return events;
}
