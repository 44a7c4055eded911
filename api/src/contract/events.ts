import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteParams } from './sites.ts';

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
    200: Type.String({
      description:
        'text/event-stream. `event: site` and `event: build` carry JSON (the Site or Build, plus `change`: snapshot, added, modified or deleted); `id:` is a resume token; `: heartbeat` comments keep the stream alive; `event: error` comes before the stream closes on a failure',
    }),
    ...authErrors,
    404: ErrorBodySchema,
  },
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
        maxLength: 200,
        description: 'The `next` of the previous page; leave out for the first',
      }),
    ),
    siteId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 63, description: 'Only events of this site' }),
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
