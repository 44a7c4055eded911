import type { Metadata } from 'next';
import { CreateWorkspaceForm } from '@/components/account/create-workspace-form.tsx';
import { NameForm } from '@/components/account/name-form.tsx';
import { CARD } from '@/components/account/styles.ts';
import { WorkspaceList } from '@/components/account/workspace-list.tsx';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';
import { createNewWorkspace, switchWorkspace, updateName } from './actions.ts';

export const metadata: Metadata = { title: 'Account' };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ left?: string }> }) {
  const [{ profile, workspace }, query] = await Promise.all([currentWorkspace('/account'), searchParams]);
  return (
    <>
      {query.left ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          You left the workspace. Its sites are no longer listed for you.
        </p>
      ) : null}
      <section aria-labelledby="profile-heading" className={CARD}>
        <h2 id="profile-heading" className="text-xl font-semibold">
          Profile
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-800">Email</dt>
          <dd className="break-all text-slate-900">{profile.email}</dd>
          <dt className="font-medium text-slate-800">Name</dt>
          <dd className="text-slate-900">{profile.name ?? 'Not set yet'}</dd>
          <dt className="font-medium text-slate-800">Member since</dt>
          <dd className="text-slate-900">
            <time dateTime={profile.createdAt}>{formatDateTime(profile.createdAt)}</time>
          </dd>
        </dl>
        <NameForm name={profile.name} action={updateName} />
      </section>

      <section aria-labelledby="workspaces-heading">
        <h2 id="workspaces-heading" className="text-xl font-semibold">
          Workspaces
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Each workspace has its own sites, members and plan. The current one is where you create and edit
          sites.
        </p>
        {profile.workspaces.length > 0 ? (
          <WorkspaceList workspaces={profile.workspaces} currentId={workspace?.id} action={switchWorkspace} />
        ) : (
          <p className="mt-4 text-slate-800">
            You belong to no workspace yet. Create one below, or ask a workspace owner to invite you.
          </p>
        )}
      </section>

      <section aria-labelledby="create-workspace-heading" className={CARD}>
        <h2 id="create-workspace-heading" className="text-xl font-semibold">
          Create a workspace
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          A new workspace starts on the free plan with you as its owner; invite others from Members once you
          have switched to it.
        </p>
        <CreateWorkspaceForm action={createNewWorkspace} />
      </section>
    </>
  );
}
