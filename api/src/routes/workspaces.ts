import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import {
  acceptInvitation,
  createInvitation,
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listInvitations,
  listMembers,
  listWorkspaces,
  removeMember,
  revokeInvitation,
  updateMember,
  updateWorkspace,
} from '../contract/workspaces.ts';
import { inTransaction } from '../db/transaction.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { memberWorkspace, requireRole, workspaceNotFound } from '../tenancy/context.ts';
import * as invitations from '../tenancy/invitations.ts';
import * as members from '../tenancy/members.ts';
import {
  createWorkspace as createWorkspaceRows,
  deleteWorkspaceAndNamespace,
  findUserWorkspace,
  listUserWorkspaces,
  renameWorkspace,
  requireWorkspaceAllowance,
  type WorkspaceWithRole,
} from '../tenancy/workspaces.ts';

function workspaceView(workspace: WorkspaceWithRole) {
  return {
    id: workspace.id,
    name: workspace.name,
    plan: workspace.plan,
    role: workspace.role,
    createdAt: workspace.createdAt.toISOString(),
  };
}

function memberView(member: members.Member) {
  return { ...member, joinedAt: member.joinedAt.toISOString() };
}

function invitationView(invitation: invitations.Invitation) {
  return {
    ...invitation,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

export async function workspaceRoutes(app: FastifyInstance, { services }: { services: Services }) {
  registerRoute(app, listWorkspaces, async (request) => {
    const items = await listUserWorkspaces(services, request.principal.userId);
    return { items: items.map(workspaceView) };
  });

  registerRoute(app, createWorkspace, async (request, reply) => {
    const { userId } = request.principal;
    const workspaceId = await inTransaction(services.db, async (client) => {
      await requireWorkspaceAllowance(client, userId);
      const workspace = await createWorkspaceRows(
        services,
        { name: request.body.name.trim(), ownerUserId: userId },
        client,
      );
      await audit(client, request, {
        action: 'workspace.create',
        workspaceId: workspace.id,
        target: workspace.namespace,
      });
      return workspace.id;
    });
    const created = await findUserWorkspace(services, userId, workspaceId);
    if (!created) throw new Error(`workspace ${workspaceId} vanished right after it was made`);
    return reply.code(201).send(workspaceView(created));
  });

  registerRoute(app, getWorkspace, async (request) => {
    const { workspaceId } = request.params;
    const workspace = await findUserWorkspace(services, request.principal.userId, workspaceId);
    if (!workspace) throw workspaceNotFound(workspaceId);
    return workspaceView(workspace);
  });

  registerRoute(app, updateWorkspace, async (request) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(context, 'owner', 'renaming the workspace');
    const name = request.body.name.trim();
    await renameWorkspace(services, context.id, name);
    await audit(services.db, request, {
      action: 'workspace.rename',
      workspaceId: context.id,
      details: { from: context.name, to: name },
    });
    const workspace = await findUserWorkspace(services, request.principal.userId, context.id);
    if (!workspace) throw workspaceNotFound(context.id);
    return workspaceView(workspace);
  });

  registerRoute(app, deleteWorkspace, async (request, reply) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(context, 'owner', 'deleting the workspace');
    await deleteWorkspaceAndNamespace(services, {
      workspaceId: context.id,
      userId: request.principal.userId,
    });
    await audit(services.db, request, {
      action: 'workspace.delete',
      workspaceId: context.id,
      target: context.namespace,
      details: { name: context.name },
    });
    return reply.code(204).send();
  });

  registerRoute(app, listMembers, async (request) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    const items = await members.listMembers(services, context.id);
    return { items: items.map(memberView) };
  });

  registerRoute(app, updateMember, async (request) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(context, 'owner', "changing a member's role");
    const { member, previousRole } = await members.changeMemberRole(services, {
      workspaceId: context.id,
      actorUserId: request.principal.userId,
      userId: request.params.userId,
      role: request.body.role,
    });
    await audit(services.db, request, {
      action: 'member.role_change',
      workspaceId: context.id,
      target: member.userId,
      details: { from: previousRole, to: member.role },
    });
    return memberView(member);
  });

  registerRoute(app, removeMember, async (request, reply) => {
    const { userId } = request.principal;
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    const leaving = request.params.userId === userId;
    if (!leaving) requireRole(context, 'owner', 'removing a member');
    const { role } = await members.removeMember(services, {
      workspaceId: context.id,
      actorUserId: userId,
      userId: request.params.userId,
    });
    await audit(services.db, request, {
      action: leaving ? 'member.leave' : 'member.remove',
      workspaceId: context.id,
      target: request.params.userId,
      details: { role },
    });
    return reply.code(204).send();
  });

  registerRoute(app, createInvitation, async (request, reply) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(context, 'owner', 'inviting people');
    const invitation = await invitations.inviteByEmail(services, {
      workspace: context,
      email: request.body.email,
      role: request.body.role,
      invitedBy: request.principal.userId,
    });
    await audit(services.db, request, {
      action: 'invitation.create',
      workspaceId: context.id,
      target: invitation.id,
      details: { role: invitation.role },
    });
    return reply.code(201).send(invitationView(invitation));
  });

  registerRoute(app, listInvitations, async (request) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    // Pending invitations carry the addresses of people who are not members yet.
    requireRole(context, 'owner', 'seeing pending invitations');
    const items = await invitations.listPendingInvitations(services, context.id);
    return { items: items.map(invitationView) };
  });

  registerRoute(app, revokeInvitation, async (request, reply) => {
    const context = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(context, 'owner', 'revoking invitations');
    await invitations.revokeInvitation(services, context.id, request.params.invitationId);
    await audit(services.db, request, {
      action: 'invitation.revoke',
      workspaceId: context.id,
      target: request.params.invitationId,
    });
    return reply.code(204).send();
  });

  registerRoute(app, acceptInvitation, async (request) => {
    const { workspace, invitationId } = await invitations.acceptInvitation(services, {
      token: request.body.token,
      userId: request.principal.userId,
    });
    await audit(services.db, request, {
      action: 'invitation.accept',
      workspaceId: workspace.id,
      target: invitationId,
      details: { role: workspace.role },
    });
    return { workspace: workspaceView(workspace) };
  });
}
