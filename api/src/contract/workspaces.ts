// Workspaces (the tenant), their members and roles, and invitations by email. A workspace a caller does not
// belong to answers 404 exactly as a made-up id does; roles: viewer reads, editor changes sites, owner
// manages the workspace, its members and its invitations.

import { Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';

export const RoleSchema = Type.Union(
  [Type.Literal('owner'), Type.Literal('editor'), Type.Literal('viewer')],
  {
    description:
      'viewer: reads; editor: also changes sites; owner: also manages members, invitations, billing',
  },
);

export const WorkspaceIdSchema = Type.String({ pattern: '^[a-z0-9]{8,20}$' });

const WorkspaceName = Type.String({
  minLength: 1,
  maxLength: 100,
  // No control characters: the name goes into email subjects and onto screens.
  pattern: '^[^\\u0000-\\u001f\\u007f]*[^\\s\\u0000-\\u001f\\u007f][^\\u0000-\\u001f\\u007f]*$',
  description: 'Shown to members and in invitation emails: one line, at least one visible character',
});

export const WorkspaceSchema = Type.Object(
  {
    id: WorkspaceIdSchema,
    name: Type.String(),
    plan: Type.String(),
    role: RoleSchema,
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Workspace', description: 'A workspace as the caller sees it, with their role in it' },
);

export const MemberSchema = Type.Object(
  {
    userId: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.Union([Type.String(), Type.Null()]),
    role: RoleSchema,
    joinedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Member' },
);

export const InvitationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    role: RoleSchema,
    createdAt: Type.String({ format: 'date-time' }),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Invitation', description: 'A pending invitation; the link itself is only in the email' },
);

const WorkspaceParams = Type.Object({ workspaceId: WorkspaceIdSchema });
const MemberParams = Type.Object({ workspaceId: WorkspaceIdSchema, userId: Type.String({ format: 'uuid' }) });
const InvitationParams = Type.Object({
  workspaceId: WorkspaceIdSchema,
  invitationId: Type.String({ format: 'uuid' }),
});

const tags = ['workspaces'];

export const listWorkspaces = defineRoute({
  method: 'GET',
  url: '/workspaces',
  auth: true,
  summary: 'The workspaces you belong to, with your role in each, oldest membership first',
  tags,
  response: { 200: Type.Object({ items: Type.Array(WorkspaceSchema) }), ...authErrors },
});

export const createWorkspace = defineRoute({
  method: 'POST',
  url: '/workspaces',
  auth: true,
  summary:
    'Make a new workspace (with its own namespace and free plan), you as its owner; one account owns at most 20',
  tags,
  body: Type.Object({ name: WorkspaceName }, { additionalProperties: false }),
  response: { 201: WorkspaceSchema, ...authErrors, 409: ErrorBodySchema, 503: ErrorBodySchema },
});

export const getWorkspace = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId',
  auth: true,
  summary: 'One of your workspaces',
  tags,
  params: WorkspaceParams,
  response: { 200: WorkspaceSchema, ...authErrors, 404: ErrorBodySchema },
});

export const updateWorkspace = defineRoute({
  method: 'PATCH',
  url: '/workspaces/:workspaceId',
  auth: true,
  summary: 'Rename a workspace (owner)',
  tags,
  params: WorkspaceParams,
  body: Type.Object({ name: WorkspaceName }, { additionalProperties: false }),
  response: { 200: WorkspaceSchema, ...authErrors, 404: ErrorBodySchema },
});

export const deleteWorkspace = defineRoute({
  method: 'DELETE',
  url: '/workspaces/:workspaceId',
  auth: true,
  summary: 'Delete a workspace with every site in it (owner); your last workspace cannot be deleted',
  tags,
  params: WorkspaceParams,
  response: { 204: Type.Null(), ...authErrors, 404: ErrorBodySchema, 409: ErrorBodySchema },
});

export const listMembers = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId/members',
  auth: true,
  summary: "A workspace's members and their roles",
  tags,
  params: WorkspaceParams,
  response: { 200: Type.Object({ items: Type.Array(MemberSchema) }), ...authErrors, 404: ErrorBodySchema },
});

export const updateMember = defineRoute({
  method: 'PATCH',
  url: '/workspaces/:workspaceId/members/:userId',
  auth: true,
  summary: "Change a member's role (owner); a workspace always keeps an owner",
  tags,
  params: MemberParams,
  body: Type.Object({ role: RoleSchema }, { additionalProperties: false }),
  response: { 200: MemberSchema, ...authErrors, 404: ErrorBodySchema, 409: ErrorBodySchema },
});

export const removeMember = defineRoute({
  method: 'DELETE',
  url: '/workspaces/:workspaceId/members/:userId',
  auth: true,
  summary: 'Remove a member (owner), or leave (your own user id); a workspace always keeps an owner',
  tags,
  params: MemberParams,
  response: { 204: Type.Null(), ...authErrors, 404: ErrorBodySchema, 409: ErrorBodySchema },
});

export const createInvitation = defineRoute({
  method: 'POST',
  url: '/workspaces/:workspaceId/invitations',
  auth: true,
  summary:
    'Invite someone by email (owner): they get a single-use link, valid 7 days; inviting again replaces it',
  tags,
  params: WorkspaceParams,
  body: Type.Object(
    { email: Type.String({ format: 'email', minLength: 3, maxLength: 254 }), role: RoleSchema },
    { additionalProperties: false },
  ),
  response: {
    201: InvitationSchema,
    ...authErrors,
    402: ErrorBodySchema,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});

export const listInvitations = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId/invitations',
  auth: true,
  summary: 'Invitations not yet accepted, revoked or expired (owner)',
  tags,
  params: WorkspaceParams,
  response: {
    200: Type.Object({ items: Type.Array(InvitationSchema) }),
    ...authErrors,
    404: ErrorBodySchema,
  },
});

export const revokeInvitation = defineRoute({
  method: 'DELETE',
  url: '/workspaces/:workspaceId/invitations/:invitationId',
  auth: true,
  summary: 'Revoke a pending invitation (owner): its link stops working',
  tags,
  params: InvitationParams,
  response: { 204: Type.Null(), ...authErrors, 404: ErrorBodySchema },
});

export const acceptInvitation = defineRoute({
  method: 'POST',
  url: '/invitations/accept',
  auth: true,
  summary: 'Accept an invitation with the token from its link, signed in with the address it was sent to',
  tags,
  body: Type.Object(
    { token: Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ workspace: WorkspaceSchema }),
    ...authErrors,
    402: ErrorBodySchema,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    410: ErrorBodySchema,
  },
});
