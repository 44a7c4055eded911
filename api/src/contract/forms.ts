// A site's contact form, posted by a visitor's browser straight to the platform: a plain HTML form, no
// JavaScript, so the body is `application/x-www-form-urlencoded` and every answer is for a person (a
// redirect to the site's own "sent" page, or a short HTML page saying what was wrong).

import { type Static, Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteNameSchema, SiteParams } from './sites.ts';

const Page = Type.String({ description: 'An HTML page for the person who sent the form' });

export const submitForm = defineRoute({
  method: 'POST',
  url: '/forms/:siteUid',
  root: true,
  auth: false,
  rateLimit: 'form',
  bodyMediaType: 'application/x-www-form-urlencoded',
  summary:
    "A visitor's message from a site's contact form: checked against the form's fields and spam defences, stored for the owner, who is emailed; 303 to the form's \"sent\" page on the site",
  tags: ['forms'],
  params: Type.Object({
    siteUid: Type.String({
      pattern: '^[0-9a-f-]{1,64}$',
      description: 'The Website uid the form was rendered with',
    }),
  }),
  body: Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 10_000 }), {
    maxProperties: 40,
    description: 'The form: `_section`, `_locale` and `_page` as rendered, and the fields the form defines',
  }),
  response: {
    303: Type.String({ description: 'Empty; Location is the site\'s "sent" page for this form' }),
    400: ErrorBodySchema,
    404: Page,
    413: ErrorBodySchema,
    415: ErrorBodySchema,
    422: Type.String({ description: 'An HTML page saying why the message was not sent, with a way back' }),
    429: Page,
    500: ErrorBodySchema,
  },
  mediaTypes: { 303: 'text/html', 404: 'text/html', 422: 'text/html', 429: 'text/html' },
});

const MessageSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    site: SiteNameSchema,
    section: Type.String({ description: 'The contact section the form belongs to' }),
    page: Type.String({ description: 'The page it was sent from' }),
    locale: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    handledAt: Type.Optional(Type.String({ format: 'date-time' })),
    fields: Type.Array(Type.Object({ name: Type.String(), label: Type.String(), value: Type.String() }), {
      description: 'What the sender typed, in the order of the form, as the form labels it',
    }),
    replyTo: Type.Optional(Type.String({ description: "The sender's email, from the form's email field" })),
  },
  { title: 'Message' },
);
export type Message = Static<typeof MessageSchema>;

const MessageParams = Type.Object({ siteId: SiteNameSchema, messageId: Type.String({ format: 'uuid' }) });

export const listMessages = defineRoute({
  method: 'GET',
  url: '/sites/:siteId/messages',
  auth: true,
  summary: "Messages people sent through the site's contact forms, newest first",
  tags: ['forms'],
  params: SiteParams,
  querystring: Type.Object({
    state: Type.Optional(
      Type.Union([Type.Literal('unhandled'), Type.Literal('handled'), Type.Literal('all')], {
        default: 'all',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    continue: Type.Optional(Type.String({ maxLength: 200, description: 'From the previous page' })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(MessageSchema),
      unhandled: Type.Integer({ description: 'How many messages of the site are not handled yet' }),
      continue: Type.Optional(Type.String()),
    }),
    ...authErrors,
    404: ErrorBodySchema,
  },
});

export const getMessage = defineRoute({
  method: 'GET',
  url: '/sites/:siteId/messages/:messageId',
  auth: true,
  summary: 'One message',
  tags: ['forms'],
  params: MessageParams,
  response: { 200: MessageSchema, ...authErrors, 404: ErrorBodySchema },
});

export const updateMessage = defineRoute({
  method: 'PATCH',
  url: '/sites/:siteId/messages/:messageId',
  auth: true,
  summary: 'Mark a message handled (answered, dealt with) or not',
  tags: ['forms'],
  params: MessageParams,
  body: Type.Object({ handled: Type.Boolean() }, { additionalProperties: false }),
  response: { 200: MessageSchema, ...authErrors, 404: ErrorBodySchema },
});

export const deleteMessage = defineRoute({
  method: 'DELETE',
  url: '/sites/:siteId/messages/:messageId',
  auth: true,
  summary: 'Delete a message for good',
  tags: ['forms'],
  params: MessageParams,
  response: { 204: Type.Null(), ...authErrors, 404: ErrorBodySchema },
});

const WorkspaceMessagesParams = Type.Object({ workspaceId: Type.String({ pattern: '^[a-z0-9]{8,20}$' }) });
const PersonBody = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254, description: "The sender's email, in any case" }) },
  { additionalProperties: false },
);

export const setMessageRetention = defineRoute({
  method: 'PUT',
  url: '/workspaces/:workspaceId/messages/retention',
  auth: true,
  summary: "How many days the workspace keeps its sites' messages (owner); older ones are deleted",
  tags: ['forms'],
  params: WorkspaceMessagesParams,
  body: Type.Object({ days: Type.Integer({ minimum: 1, maximum: 3650 }) }, { additionalProperties: false }),
  response: { 200: Type.Object({ days: Type.Integer() }), ...authErrors, 404: ErrorBodySchema },
});

export const findPersonMessages = defineRoute({
  method: 'POST',
  url: '/workspaces/:workspaceId/messages/find',
  auth: true,
  summary: "Every message one person sent to the workspace's sites, for a request to see their data (owner)",
  tags: ['forms'],
  params: WorkspaceMessagesParams,
  body: PersonBody,
  response: { 200: Type.Object({ items: Type.Array(MessageSchema) }), ...authErrors, 404: ErrorBodySchema },
});

export const erasePersonMessages = defineRoute({
  method: 'POST',
  url: '/workspaces/:workspaceId/messages/erase',
  auth: true,
  summary:
    "Delete every message one person sent to the workspace's sites, for a request to erase their data (owner)",
  tags: ['forms'],
  params: WorkspaceMessagesParams,
  body: PersonBody,
  response: { 200: Type.Object({ deleted: Type.Integer() }), ...authErrors, 404: ErrorBodySchema },
});

const NotificationsSchema = Type.Object(
  {
    forms: Type.Union([Type.Literal('each'), Type.Literal('daily'), Type.Literal('off')], {
      description:
        "How you hear of your sites' contact form messages: an email for each, one digest a day, or none (owners start on each, other members on off)",
    }),
  },
  { additionalProperties: false, title: 'Notifications' },
);
export type Notifications = Static<typeof NotificationsSchema>;

export const getNotifications = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId/notifications',
  auth: true,
  summary: "How you hear of the workspace's contact form messages",
  tags: ['forms'],
  params: WorkspaceMessagesParams,
  response: { 200: NotificationsSchema, ...authErrors, 404: ErrorBodySchema },
});

export const setNotifications = defineRoute({
  method: 'PUT',
  url: '/workspaces/:workspaceId/notifications',
  auth: true,
  summary: "Choose how you hear of the workspace's contact form messages (any member, for themselves)",
  tags: ['forms'],
  params: WorkspaceMessagesParams,
  body: NotificationsSchema,
  response: { 200: NotificationsSchema, ...authErrors, 404: ErrorBodySchema },
});
