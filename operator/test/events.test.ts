import { eventMessageId, eventPayload, eventSubject } from '@pagemagic/crds/events';
import { describe, expect, it } from 'vitest';

describe('events', () => {
  const event = {
    type: 'build.succeeded' as const,
    namespace: 'shop',
    name: 'bakery-0123456789',
    uid: 'build-uid',
    generation: 1,
    websiteUid: 'site-uid',
    occurrence: 'bakery-0123456789',
    data: { image: 'r/x@sha256:1' },
  };

  it('puts the type and the Website uid in the subject, so one site or one type can be filtered', () => {
    expect(eventSubject('build.succeeded', 'site-uid')).toBe('pagemagic.events.build.succeeded.site-uid');
  });

  it('derives the de-duplication id from what happened, not when', () => {
    expect(eventMessageId(event)).toBe('build-uid.bakery-0123456789.build.succeeded');
    expect(eventMessageId({ ...event, occurrence: '2' })).not.toBe(eventMessageId(event));
  });

  it('carries the documented payload', () => {
    expect(eventPayload(event, new Date('2026-01-02T03:04:05Z'))).toEqual({
      type: 'build.succeeded',
      namespace: 'shop',
      name: 'bakery-0123456789',
      uid: 'build-uid',
      generation: 1,
      time: '2026-01-02T03:04:05.000Z',
      data: { image: 'r/x@sha256:1' },
    });
  });
});
