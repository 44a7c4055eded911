import Link from 'next/link';
import type { ReactNode } from 'react';
import { readOrSignIn, signedInProfile } from '@/lib/api.ts';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const profile = await readOrSignIn(signedInProfile, '/');
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-brand-700">
            Page Magic
          </Link>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-4 text-sm font-medium">
            <Link href="/" className="text-slate-800 hover:text-brand-700">
              Sites
            </Link>
            <Link href="/new" className="text-slate-800 hover:text-brand-700">
              New site
            </Link>
            <Link href="/account" className="text-slate-800 hover:text-brand-700">
              Account
            </Link>
          </nav>
          <span className="hidden text-sm text-slate-700 sm:inline">{profile.email}</span>
          <form action="/auth/sign-out" method="post">
            <button
              type="submit"
              className="text-sm font-medium text-slate-800 underline hover:text-brand-700"
            >
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
