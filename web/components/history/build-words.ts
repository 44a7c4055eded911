// How a Build's phase reads on the history page, with badge colours of at least 4.5:1 contrast.

export type BuildPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

export const BUILD_STATUS: Readonly<Record<BuildPhase, { label: string; badge: string }>> = {
  Pending: { label: 'Waiting to build', badge: 'bg-amber-100 text-amber-900' },
  Running: { label: 'Building', badge: 'bg-sky-100 text-sky-900' },
  Succeeded: { label: 'Built', badge: 'bg-slate-200 text-slate-900' },
  Failed: { label: 'Failed', badge: 'bg-red-100 text-red-900' },
};

/** How a Build is named in sentences and in hidden parts of button names: by when it was made. */
export function buildLabel(formattedCreatedAt: string): string {
  return `build from ${formattedCreatedAt} UTC`;
}

/** What made a Build's content, as the history names it beside its time. */
export const BUILD_CHANGE: Readonly<Record<'create' | 'edit' | 'section' | 'regenerate', string>> = {
  create: 'Written from your description',
  edit: 'Edited',
  section: 'A section rewritten',
  regenerate: 'Written again from your description',
};
