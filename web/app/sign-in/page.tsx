import { oauthProviders } from '@pagemagic/api/contract/oauth';
import type { Metadata } from 'next';
import { anonymousClient } from '@/lib/api.ts';
import { safeNext } from '@/lib/login.ts';
import { SignInForm } from './sign-in-form.tsx';

export const metadata: Metadata = { title: 'Sign in' };

async function providers() {
  // Sign-in by email works without them; a provider list the API cannot give is no reason to fail the page.
  try {
    return (await (await anonymousClient()).call(oauthProviders)).providers;
  } catch {
    return [];
  }
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const query = await searchParams;
  const next = safeNext(query.next);
  const buttons = await providers();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6 py-12">
      <h1 className="text-3xl font-bold tracking-tight">Sign in to Page Magic</h1>
      <p className="mt-2 text-slate-700">We will email you a link. No password to remember.</p>
      {query.error ? (
        <p role="alert" className="mt-6 rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {query.error}
        </p>
      ) : null}
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm next={next} />
        {buttons.length > 0 ? (
          <div className="mt-6 space-y-2 border-t border-slate-200 pt-6">
            {buttons.map((provider) => (
              <a
                key={provider.id}
                href={`/auth/oauth/${provider.id}?next=${encodeURIComponent(next)}`}
                className="block w-full rounded-md border border-slate-400 px-4 py-2 text-center font-medium hover:bg-slate-100"
              >
                Continue with {provider.name}
              </a>
            ))}
          </div>
        ) : null}
      </div>
    </main>
  );
}
