// How the app words a site's state and dates: one place, so the dashboard, the site page and the live
// progress say the same thing.

export type SitePhase = 'writing' | 'building' | 'deploying' | 'ready' | 'failed';

export const PHASE_STEPS: ReadonlyArray<{ phase: Exclude<SitePhase, 'failed'>; label: string }> = [
  { phase: 'writing', label: 'Writing content' },
  { phase: 'building', label: 'Building' },
  { phase: 'deploying', label: 'Deploying' },
  { phase: 'ready', label: 'Ready' },
];

export const PHASE_LABELS: Readonly<Record<SitePhase, string>> = {
  writing: 'Writing content',
  building: 'Building',
  deploying: 'Deploying',
  ready: 'Live',
  failed: 'Needs attention',
};

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

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
