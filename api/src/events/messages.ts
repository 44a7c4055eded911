// What arrives on the events stream and what people are told about it: parsing a JetStream message into an
// event (strictly: anything else is poison, not something to guess at) and the text of notification emails.

import { EVENTS_SUBJECT_PREFIX } from '@pagemagic/crds/events';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const NAME = { minLength: 1, maxLength: 253 };

/** The operator's PagemagicEvent (operator/src/events), as this consumer accepts it. */
export const ActivityEventSchema = Type.Object({
  type: Type.String({ pattern: '^[a-z]+\\.[a-z_]+$', maxLength: 64 }),
  namespace: Type.String(NAME),
  name: Type.String(NAME),
  uid: Type.String({ minLength: 1, maxLength: 64 }),
  generation: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
  time: Type.String({ maxLength: 40 }),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export type ActivityEvent = Static<typeof ActivityEventSchema>;

export class PoisonMessageError extends Error {
  override name = 'PoisonMessageError';
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The event in a message on `pagemagic.events.<type>.<website uid>`. A body that is not the event the
 * subject names is poison: no retry will make it readable.
 */
export function parseEvent(subject: string, data: Uint8Array): ActivityEvent {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (error) {
    throw new PoisonMessageError(`the body is not UTF-8 JSON: ${(error as Error).message}`);
  }
  if (!Value.Check(ActivityEventSchema, body)) {
    const first = Value.Errors(ActivityEventSchema, body).First();
    throw new PoisonMessageError(
      `the body is not an event: ${first ? `${first.path || '/'} ${first.message}` : 'wrong shape'}`,
    );
  }
  if (!RFC3339.test(body.time) || Number.isNaN(Date.parse(body.time))) {
    throw new PoisonMessageError(`the event time '${body.time}' is not an RFC 3339 timestamp`);
  }
  const prefix = `${EVENTS_SUBJECT_PREFIX}.${body.type}.`;
  if (!subject.startsWith(prefix) || subject.slice(prefix.length).includes('.')) {
    throw new PoisonMessageError(`the subject ${subject} does not carry a ${body.type} event`);
  }
  return body;
}

export interface NotificationInput {
  type: string;
  name: string;
  website: string | null;
  data: Record<string, unknown>;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The email for one event. Text only: names come from the cluster and never reach HTML. */
export function notificationFor(event: NotificationInput, webUrl: string): { subject: string; text: string } {
  const site = event.website ?? event.name;
  const siteLink = `${webUrl}/sites/${encodeURIComponent(site)}`;
  switch (event.type) {
    case 'site.published': {
      const url = str(event.data.url);
      return {
        subject: `Your site ${site} is live`,
        text: [
          `A new version of ${site} is live${url ? ` at ${url}` : ''}.`,
          '',
          `See its builds, or roll back to an earlier one, at ${siteLink}`,
        ].join('\n'),
      };
    }
    case 'domain.verified': {
      const host = str(event.data.host) ?? event.name;
      return {
        subject: `${host} is verified`,
        text: [
          `The DNS TXT record for ${host} proves it is yours, so ${host} now serves ${site}.`,
          'Keep the TXT record in place: it is checked again regularly, and removing it takes the host offline.',
          '',
          `Manage the site's domains at ${siteLink}`,
        ].join('\n'),
      };
    }
    case 'build.failed': {
      const reason = str(event.data.message);
      return {
        subject: `A build of ${site} failed`,
        text: [
          `Build ${event.name} of ${site} failed${reason ? `: ${reason}` : '.'}`,
          'The version that was live before stays live.',
          '',
          `Edit the content and try again, or look at the build at ${siteLink}`,
        ].join('\n'),
      };
    }
    default:
      return { subject: `${event.type}: ${event.name}`, text: `${event.type} happened to ${event.name}.` };
  }
}
