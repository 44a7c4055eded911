'use client';

// While the AI is still writing a site there is nothing to edit; this checks again now and then, so the
// editor opens by itself once the first version is stored.

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const EVERY_MS = 15_000;

export function RefreshWhileWriting() {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [router]);
  return null;
}
