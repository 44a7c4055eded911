import type { Metadata } from 'next';
import Link from 'next/link';
import { pendingLogin } from '@/lib/login.ts';
import { WaitForLink } from './wait-for-link.tsx';

export const metadata: Metadata = { title: 'Check your email' };

export default async function CheckEmailPage() {
  const login = await pendingLogin();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Check your email</h1>
      {login ? (
        <>
          <p className="mt-4 text-slate-700">
            We sent a sign-in link to <strong>{login.email}</strong>. Open it on any device and confirm; this
            page moves on by itself.
          </p>
          <dl className="mt-6">
            <dt className="text-slate-700">The page the link opens shows this code. Make sure it matches:</dt>
            <dd className="mt-2 font-mono text-3xl font-bold tracking-widest">{login.verificationCode}</dd>
          </dl>
          <WaitForLink />
        </>
      ) : (
        <p className="mt-4 text-slate-700">
          There is no sign-in waiting here (the link may have expired).{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </main>
  );
}
