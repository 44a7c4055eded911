import { Type } from '@sinclair/typebox';
import { SITE_NAME_MAX, SITE_NAME_PATTERN } from '../sites/mapping.ts';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteParams } from './sites.ts';

/** The activity feed's cursor: milliseconds (up to 13 digits, to the year 2286), "_", an id within bigint. */
export const ACTIVITY_CURSOR_PATTERN = '^\\d{1,13}_\\d{1,18}$';

export const siteEvents = defineRoute({
  method: 'GET',
  url: '/sites/:siteId/events',
  auth: true,
  summary: "A site's progress as Server-Sent Events: `site` and `build` events, resumable with Last-Event-ID",
  tags: ['events'],
  params: SiteParams,
  headers: Type.Object({
    'last-event-id': Type.Optional(
      Type.String({
        maxLength: 512,
        description: 'The id of the last event received; the stream resumes after it',
      }),
    ),
  }),
  response: {
    // One event of the stream.
    200: Type.Object(
      {
        event: Type.Optional(
          Type.Union([Type.Literal('site'), Type.Literal('build'), Type.Literal('error')]),
        ),
        data: Type.Optional(Type.String({ description: 'JSON' })),
        id: Type.Optional(Type.String({ description: 'A resume token: send it back as Last-Event-ID' })),
        retry: Type.Optional(Type.Integer()),
      },
      {
        description:
          'text/event-stream. `event: site` and `event: build` carry JSON (the Site or Build, plus `change`: snapshot, added, modified, deleted, or overdue when no operator has picked up the latest change within a minute); `id:` is a resume token; `: heartbeat` comments keep the stream alive; `event: error` comes before the stream closes on a failure',
      },
    ),
    ...authErrors,
    404: ErrorBodySchema,
  },
  mediaTypes: { 200: 'text/event-stream' },
});

export const ActivityItemSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String({
      description: 'site.generated, build.succeeded, build.failed, site.published, domain.verified, …',
    }),
    objectKind: Type.String({ description: 'Website, Build or Domain' }),
    objectName: Type.String(),
    site: Type.Optional(Type.String({ description: 'The site the event is about' })),
    occurredAt: Type.String({ format: 'date-time' }),
    data: Type.Record(Type.String(), Type.Unknown()),
    actor: Type.Optional(
      Type.Object(
        {
          id: Type.String({ description: 'The user id' }),
          name: Type.Optional(
            Type.String({
              description: 'Their name, else their email; absent when they are no longer a member',
            }),
          ),
        },
        { description: 'Who made the change this event follows from (data.cause says what it was)' },
      ),
    ),
  },
  { title: 'ActivityItem' },
);

export const listActivity = defineRoute({
  method: 'GET',
  url: '/activity',
  auth: true,
  summary: "The workspace's activity feed, newest first",
  tags: ['events'],
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(
      Type.String({
        maxLength: 40,
        pattern: ACTIVITY_CURSOR_PATTERN,
        'x-error-message': 'must be the `next` of the previous page',
        description: 'The `next` of the previous page; leave out for the first',
      }),
    ),
    siteId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: SITE_NAME_MAX,
        pattern: SITE_NAME_PATTERN,
        description: 'Only events of this site',
      }),
    ),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(ActivityItemSchema),
      next: Type.Optional(
        Type.String({ description: 'Pass as `cursor` for the next page; absent on the last' }),
      ),
    }),
    ...authErrors,
  },
});
