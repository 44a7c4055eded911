// The Domain controller's events: `domain.verified` once per verification, `domain.failed` when a host is
// lost to a conflict or a removed record, each with a message id that a retried reconcile repeats.

import type { Condition } from '@pagemagic/crds';
import { EVENT_TYPES, eventMessageId, eventSubject } from '@pagemagic/crds/events';
import { describe, expect, it } from 'vitest';
import type { ConditionUpdate } from '../src/controllers/conditions.ts';
import { domainOutcome } from '../src/controllers/domain/status.ts';

const condition = (status: Condition['status'], reason: string, at = '2026-01-01T00:00:00Z'): Condition => ({
  type: 'Verified',
  status,
  reason,
  message: reason,
  lastTransitionTime: at,
});
const verdict = (status: ConditionUpdate['status'], reason: string): ConditionUpdate => ({
  type: 'Verified',
  status,
  reason,
  message: `because ${reason}`,
});

describe('domain events', () => {
  it('are event types with subjects of their own', () => {
    expect(EVENT_TYPES).toContain('domain.verified');
    expect(EVENT_TYPES).toContain('domain.failed');
    expect(eventSubject('domain.verified', 'site-uid')).toBe('pagemagic.events.domain.verified.site-uid');
  });

  it('announces the first verification of a new Domain', () => {
    expect(domainOutcome(undefined, verdict('True', 'RecordFound'))).toEqual({
      type: 'domain.verified',
      occurrence: 'new',
      reason: 'RecordFound',
      message: 'because RecordFound',
    });
  });

  it('announces a verification after the record was pending, keyed by the pending condition', () => {
    const previous = [condition('False', 'RecordNotFound', '2026-01-01T10:00:00Z')];
    const outcome = domainOutcome(previous, verdict('True', 'RecordFound'));
    expect(outcome?.type).toBe('domain.verified');
    expect(outcome?.occurrence).toBe('False-RecordNotFound-2026-01-01T10:00:00Z');
  });

  it('says nothing while a verified host stays verified, even inside the grace period', () => {
    const previous = [condition('True', 'RecordFound')];
    expect(domainOutcome(previous, verdict('True', 'RecordFound'))).toBeUndefined();
    expect(domainOutcome(previous, verdict('True', 'RecordMissing'))).toBeUndefined();
  });

  it('says nothing while a new host waits for its record', () => {
    expect(domainOutcome(undefined, verdict('False', 'RecordNotFound'))).toBeUndefined();
    expect(domainOutcome([condition('False', 'RecordNotFound')], verdict('False', 'RecordNotFound'))).toBe(
      undefined,
    );
  });

  it('announces a failure when the host is taken by another site or withdrawn, once', () => {
    const conflict = domainOutcome([condition('False', 'RecordNotFound')], verdict('False', 'Conflict'));
    expect(conflict).toMatchObject({ type: 'domain.failed', reason: 'Conflict' });
    expect(domainOutcome([condition('False', 'Conflict')], verdict('False', 'Conflict'))).toBeUndefined();
    const removed = domainOutcome([condition('True', 'RecordMissing')], verdict('False', 'RecordRemoved'));
    expect(removed).toMatchObject({ type: 'domain.failed', reason: 'RecordRemoved' });
  });

  it('gives a retried reconcile the same message id and a later verification a new one', () => {
    const pending = [condition('False', 'RecordNotFound', '2026-01-01T10:00:00Z')];
    const first = domainOutcome(pending, verdict('True', 'RecordFound'));
    const retry = domainOutcome(pending, verdict('True', 'RecordFound'));
    const later = domainOutcome(
      [condition('False', 'RecordRemoved', '2026-03-01T10:00:00Z')],
      verdict('True', 'RecordFound'),
    );
    const id = (occurrence: string | undefined) =>
      eventMessageId({ uid: 'domain-uid', occurrence: occurrence ?? '', type: 'domain.verified' });
    expect(id(first?.occurrence)).toBe(id(retry?.occurrence));
    expect(id(later?.occurrence)).not.toBe(id(first?.occurrence));
  });
});
