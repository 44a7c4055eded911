'use client';

// Keeps a server-rendered page current while something is on its way (a publish going live, a domain
// being verified): the server components are read again every few seconds, and client state such as a
// half-typed input survives. It can be paused, since content that moves by itself can get in the way of
// reading it.

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

export function AutoRefresh({ seconds, waitingFor }: { seconds: number; waitingFor: string }) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused) return;
    // A tab in the background needs no fresh data; it catches up the moment it is shown again.
    const refreshIfShown = () => {
      if (document.visibilityState === 'visible') router.refresh();
    };
    const timer = window.setInterval(refreshIfShown, seconds * 1000);
    document.addEventListener('visibilitychange', refreshIfShown);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refreshIfShown);
    };
  }, [paused, seconds, router]);

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
      <p>
        {paused
          ? `Updates are paused while ${waitingFor}.`
          : `Waiting while ${waitingFor}: this page updates itself every ${seconds} seconds.`}
      </p>
      <button
        type="button"
        onClick={() => setPaused((value) => !value)}
        className="font-medium text-brand-700 underline hover:text-brand-800"
      >
        {paused ? 'Resume updates' : 'Pause updates'}
      </button>
    </div>
  );
}
