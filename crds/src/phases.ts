// A site's phase, as the API derives it from the Website's conditions and every client shows it: the
// phases, the order a site goes through them, and the words the CLI and the web app use for each.

export const SITE_PHASES = ['writing', 'building', 'deploying', 'ready', 'failed'] as const;
export type SitePhase = (typeof SITE_PHASES)[number];

/** The steps of a site's progress, in order: `failed` is where a site stopped, not a step of its own. */
export const SITE_STEPS = [
  'writing',
  'building',
  'deploying',
  'ready',
] as const satisfies readonly SitePhase[];
export type SiteStep = (typeof SITE_STEPS)[number];

/** What a phase is called as a step in progress ("Writing content…", "✓ Building"). */
export const PHASE_STEP_LABELS: Readonly<Record<SitePhase, string>> = {
  writing: 'Writing content',
  building: 'Building',
  deploying: 'Deploying',
  ready: 'Ready',
  failed: 'Failed',
};

/** What a phase is called as the state a site is in (a list's badge). */
export const PHASE_STATE_LABELS: Readonly<Record<SitePhase, string>> = {
  ...PHASE_STEP_LABELS,
  ready: 'Live',
  failed: 'Needs attention',
};
