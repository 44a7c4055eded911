// How the app shows a site's state and dates: one place, so the dashboard, the site page and the live
// progress look the same. The words for each phase are the contract's (@pagemagic/crds), shared with the CLI.

import type { SitePhase } from '@pagemagic/crds';

/** Badge colours with at least 4.5:1 contrast for their text. */
export const PHASE_BADGES: Readonly<Record<SitePhase, string>> = {
  writing: 'bg-amber-100 text-amber-900',
  building: 'bg-sky-100 text-sky-900',
  deploying: 'bg-indigo-100 text-indigo-900',
  ready: 'bg-emerald-100 text-emerald-900',
  failed: 'bg-red-100 text-red-900',
};

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

export { formatBytes } from '@pagemagic/crds';
