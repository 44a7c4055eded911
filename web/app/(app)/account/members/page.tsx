import { listInvitations, listMembers } from '@pagemagic/api/contract/workspaces';
import type { Metadata } from 'next';
import { InviteForm } from '@/components/account/invite-form.tsx';
import { MemberRoleForm } from '@/components/account/member-role-form.tsx';
import { NoWorkspace } from '@/components/account/no-workspace.tsx';
import { RemoveMember } from '@/components/account/remove-member.tsx';
import { RevokeInvitation } from '@/components/account/revoke-invitation.tsx';
import { ROLE_LABELS, ROLE_WITH_ARTICLE } from '@/components/account/roles.ts';
import { CARD } from '@/components/account/styles.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';
import { changeRole, invite, removeFromWorkspace, revoke } from '../actions.ts';

export const metadata: Metadata = { title: 'Members' };

const RETURN_TO = '/account/members';

const OUTCOMES: Readonly<Record<string, string>> = {
  removed: 'The member was removed; they no longer see this workspace’s sites.',
  revoked: 'The invitation was revoked; its link no longer works.',
};

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<{ removed?: string; revoked?: string }>;
}) {
  const [{ profile, workspace }, query, client] = await Promise.all([
    currentWorkspace(RETURN_TO),
    searchParams,
    serverClient(),
  ]);
  if (!workspace) return <NoWorkspace heading="Members" missing="are no members" />;

  const isOwner = workspace.role === 'owner';
  const workspaceId = workspace.id;
  // Pending invitations name people who are not members yet, so the API shows them to owners only.
  const [{ items: members }, invitations] = await Promise.all([
    readOrSignIn(() => client.call(listMembers, { params: { workspaceId } }), RETURN_TO),
    isOwner
      ? readOrSignIn(() => client.call(listInvitations, { params: { workspaceId } }), RETURN_TO).then(
          ({ items }) => items,
        )
      : undefined,
  ]);
  const outcome = query.removed ? OUTCOMES.removed : query.revoked ? OUTCOMES.revoked : undefined;

  return (
    <>
      {outcome ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          {outcome}
        </p>
      ) : null}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members of {workspace.name}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          You are {ROLE_WITH_ARTICLE[workspace.role]} here. Viewers see the sites, editors also create, change
          and publish them, owners also manage members and invitations.
          {isOwner ? null : ' Only owners can change roles, remove members or invite people.'}
        </p>
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {members.map((member) => {
            const isYou = member.userId === profile.id;
            const who = member.name ?? member.email;
            return (
              <li key={member.userId} className="flex flex-wrap items-start justify-between gap-4 p-4">
                <div className="min-w-0">
                  <p className="break-words font-semibold text-slate-900">
                    {who}
                    {isYou ? <span className="font-normal text-slate-700"> (you)</span> : null}
                  </p>
                  {member.name ? <p className="break-all text-sm text-slate-700">{member.email}</p> : null}
                  <p className="text-sm text-slate-700">
                    {isOwner ? null : <>{ROLE_LABELS[member.role]} · </>}
                    Joined <time dateTime={member.joinedAt}>{formatDateTime(member.joinedAt)}</time>
                  </p>
                </div>
                {isOwner ? (
                  <div className="flex flex-wrap items-start gap-3">
                    <MemberRoleForm
                      workspaceId={workspaceId}
                      userId={member.userId}
                      who={who}
                      role={member.role}
                      action={changeRole}
                    />
                    <RemoveMember
                      workspaceId={workspaceId}
                      workspaceName={workspace.name}
                      userId={member.userId}
                      who={who}
                      isYou={isYou}
                      action={removeFromWorkspace}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="invitations-heading" className={CARD}>
        <h2 id="invitations-heading" className="text-xl font-semibold">
          Invitations
        </h2>
        {invitations ? (
          <>
            <p className="mt-1 text-sm text-slate-700">
              The person gets an email with a link that works once, for 7 days, when they sign in with that
              address. Inviting the same address again replaces the earlier link.
            </p>
            <InviteForm workspaceId={workspaceId} action={invite} />
            <h3 className="mt-6 font-semibold text-slate-900">Waiting for an answer</h3>
            {invitations.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">No invitations are waiting.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <p className="break-all font-medium text-slate-900">{invitation.email}</p>
                      <p className="text-sm text-slate-700">
                        {ROLE_LABELS[invitation.role]} · expires{' '}
                        <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
                      </p>
                    </div>
                    <RevokeInvitation
                      workspaceId={workspaceId}
                      invitationId={invitation.id}
                      email={invitation.email}
                      action={revoke}
                    />
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="mt-1 text-slate-800">
            Only owners can see pending invitations and invite people. Ask an owner of {workspace.name} to
            invite someone for you.
          </p>
        )}
      </section>
    </>
  );
}
