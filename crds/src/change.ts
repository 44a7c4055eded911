// Browser-safe: the API, operator and web app all read these.

/**
 * What a person last did to a Website, and who (a user id): the API writes both with the change, the
 * content revision and the Build made from it carry them on, and the operator's events name them, so the
 * history can say "content edit" and the activity feed who rolled back.
 */
export const ANNOTATION_CHANGE = 'pagemagic.dev/change';
export const ANNOTATION_CHANGED_BY = 'pagemagic.dev/changed-by';
export const SITE_CHANGES = [
  'create',
  'edit',
  'section',
  'regenerate',
  'publish',
  'rollback',
  'unpin',
] as const;
export type SiteChange = (typeof SITE_CHANGES)[number];

export interface ChangeCause {
  change: SiteChange;
  /** The user id of who made it; absent for changes made outside the API (kubectl, GitOps). */
  by?: string;
}

/** The annotations that record `cause` on an object. */
export function causeAnnotations(cause: ChangeCause): Record<string, string> {
  return { [ANNOTATION_CHANGE]: cause.change, ...(cause.by ? { [ANNOTATION_CHANGED_BY]: cause.by } : {}) };
}

/** The cause an object's annotations record, if they name a change this version knows. */
export function causeOf(annotations: Record<string, string> | undefined): ChangeCause | undefined {
  const change = annotations?.[ANNOTATION_CHANGE];
  if (!(SITE_CHANGES as readonly string[]).includes(change ?? '')) return undefined;
  const by = annotations?.[ANNOTATION_CHANGED_BY];
  return { change: change as SiteChange, ...(by ? { by } : {}) };
}
