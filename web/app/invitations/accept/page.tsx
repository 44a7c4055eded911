import type { Metadata } from 'next';
import Link from 'next/link';
import { JoinForm } from '@/components/account/join-form.tsx';
import { readOrSignIn, signedInProfile } from '@/lib/api.ts';
import { joinWorkspace } from './actions.ts';
import { invitationPath, invitationToken } from './token.ts';

export const metadata: Metadata = { title: 'Join a workspace' };

// The proxy lets this page through without a session (the link arrives by email, often in a browser that
// is not signed in); the profile read below is what sends such visitors to sign in and back here.
export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const token = invitationToken((await searchParams).token);
  if (!token) {
    return (
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
        <h1 className="text-3xl font-bold tracking-tight">This invitation link is incomplete</h1>
        <p role="alert" className="mt-4 text-slate-800">
          The link is missing part of its code, which happens when a mail program breaks a long link. Open the
          link from the invitation email again, or copy all of it into the address bar. If it still fails, ask
          the workspace owner to invite you again.
        </p>
        <p className="mt-6">
          <Link href="/" className="font-medium text-brand-700 underline">
            Go to Page Magic
          </Link>
        </p>
      </main>
    );
  }

  const profile = await readOrSignIn(signedInProfile, invitationPath(token));
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <p className="text-lg font-bold text-brand-700">Page Magic</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Join a workspace</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-slate-800">
          You were invited to a workspace on Page Magic; the invitation email names it and your role. Joining
          adds it to your account and takes you to its sites.
        </p>
        <p className="mt-4 text-sm text-slate-700">
          Signed in as <strong className="break-all text-slate-900">{profile.email}</strong>. The invitation
          only works for the address it was sent to.
        </p>
        <JoinForm token={token} action={joinWorkspace} />
      </div>
      <form action="/auth/sign-out" method="post" className="mt-6 text-sm text-slate-700">
        Invited at another address? Sign out, sign in with that address, then open the link again.{' '}
        <button type="submit" className="font-medium text-brand-700 underline hover:text-brand-800">
          Sign out
        </button>
      </form>
    </main>
  );
}
