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
        {/* One line at any width: on a phone the links scroll sideways rather than wrap. */}
        <div className="mx-auto flex max-w-6xl items-center gap-x-4 px-4 py-3 whitespace-nowrap sm:gap-x-6">
          <Link href="/" className="shrink-0 text-lg font-bold text-brand-700">
            Page Magic
          </Link>
          <nav
            aria-label="Main"
            // The padding, taken back by the margin, keeps the focus ring inside the scrolling box.
            className="-m-1.5 flex min-w-0 flex-1 gap-4 overflow-x-auto p-1.5 text-sm font-medium"
            data-main-nav
          >
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
          <span className="hidden min-w-0 max-w-xs truncate text-sm text-slate-700 sm:block">
            {profile.email}
          </span>
          <form action="/auth/sign-out" method="post" className="shrink-0">
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
