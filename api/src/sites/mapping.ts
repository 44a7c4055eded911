// A Website CR as the API's Site and a Build CR as the API's Build, and back: pure functions, so what a
// person sees (phase, live build, what a rollback would pick) is decided in one place and unit-tested
// without a cluster.

import {
  API_VERSION,
  type Build,
  buildsNewestFirst,
  type Condition,
  causeOf,
  type ManagedFieldsEntry,
  type SitePhase,
  type Website,
  type WebsiteSpec,
} from '@pagemagic/crds';

/** A Website name is a DNS label: it becomes Service names and the site's hostname. */
export const SITE_NAME_PATTERN = '^[a-z]([-a-z0-9]*[a-z0-9])?$';
export const SITE_NAME_MAX = 63;

export interface SiteCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
}

export interface Site {
  id: string;
  name: string;
  prompt: string;
  locales: string[];
  pages?: string[];
  tone?: string;
  theme?: WebsiteSpec['theme'];
  /** The Build pinned with publish or rollback; unset, the newest succeeded Build goes live. */
  pinnedBuild?: string;
  status: {
    phase: SitePhase;
    conditions: SiteCondition[];
    url?: string;
    liveBuild?: string;
    latestBuild?: string;
    contentRevision?: string;
    /** Set when the site's latest change has waited longer than PICKUP_GRACE_MS for an operator. */
    notPickedUp?: { since: string; message: string };
  };
  createdAt: string;
  generation: number;
}

/**
 * How long a change may wait for an operator before the site says that none has picked it up. An
 * operator records the generation it saw within seconds of a change (before any slow work), so a minute
 * is long enough for a busy one and short enough that nobody watches "Building…" for long in vain.
 */
export const PICKUP_GRACE_MS = 60_000;

/** When the spec last changed: the newest write to the object that was not a status write. */
export function specChangedAt(website: Website): string | undefined {
  let newest: string | undefined;
  for (const entry of (website.metadata.managedFields ?? []) as ManagedFieldsEntry[]) {
    if (entry.subresource || !entry.time) continue;
    if (newest === undefined || Date.parse(entry.time) > Date.parse(newest)) newest = entry.time;
  }
  return newest ?? website.metadata.creationTimestamp;
}

/**
 * When no operator has recorded the Website's current generation within the grace period: the site's
 * status then describes an older spec, and waiting longer will not help until someone fixes the operator.
 */
export function pickupOverdue(
  website: Website,
  now: number = Date.now(),
  graceMs: number = PICKUP_GRACE_MS,
): { since: string; message: string } | undefined {
  const generation = website.metadata.generation ?? 0;
  if ((website.status?.observedGeneration ?? 0) >= generation) return undefined;
  const since = specChangedAt(website);
  if (since === undefined || now - Date.parse(since) < graceMs) return undefined;
  const seconds = Math.max(1, Math.floor((now - Date.parse(since)) / 1000));
  const waited =
    seconds < 60
      ? `${seconds} second${seconds === 1 ? '' : 's'}`
      : `${Math.floor(seconds / 60)} minute${Math.floor(seconds / 60) === 1 ? '' : 's'}`;
  return {
    since,
    message: `Not picked up: no Page Magic operator has acted on this change for ${waited}, so it is not being built. Whoever runs this installation should check that the operator is running and watches namespace ${website.metadata.namespace}.`,
  };
}

/** When a change that is still waiting will be overdue, in ms from `now`; undefined if it is not waiting. */
export function pickupDueIn(website: Website, now: number = Date.now(), graceMs = PICKUP_GRACE_MS) {
  if ((website.status?.observedGeneration ?? 0) >= (website.metadata.generation ?? 0)) return undefined;
  const since = specChangedAt(website);
  if (since === undefined) return undefined;
  return Math.max(0, Date.parse(since) + graceMs - now);
}

export interface SiteBuild {
  id: string;
  site: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  contentRevision: string;
  image?: string;
  imageDigest?: string;
  pages?: number;
  bytes?: number;
  durations?: { renderSeconds?: number; pushSeconds?: number; totalSeconds?: number };
  startedAt?: string;
  completedAt?: string;
  createdAt: string;
  live: boolean;
  /** Why a Build failed, from its conditions. */
  message?: string;
  previewUrl?: string;
  /** What made its content (not `change`, which the event stream uses for what happened to it). */
  contentChange?: ContentChange;
}

/** The changes that make new content, and so a Build; the others (publish, rollback, unpin) only move the pin. */
type ContentChange = 'create' | 'edit' | 'section' | 'regenerate';
const CONTENT_CHANGES: ReadonlySet<string> = new Set<ContentChange>([
  'create',
  'edit',
  'section',
  'regenerate',
]);

/** Reasons that need a person: nothing will change until someone edits, fixes or republishes. */
const FAILED_REASONS = new Set([
  'InvalidContent',
  'GenerationFailed',
  'ContentNotFound',
  'BuildFailed',
  'PinnedBuildNotReady',
  'Unavailable',
]);

/**
 * Where a site is on its way to being served, from the operator's conditions. Conditions written for an
 * older generation describe a spec that is gone, so until the operator has looked at the current one the
 * site is still being written (nothing stored yet) or built (a change on top of stored content).
 */
export function sitePhase(input: {
  generation?: number;
  observedGeneration?: number;
  conditions?: readonly Pick<Condition, 'type' | 'status' | 'reason'>[];
  contentRevision?: string;
  /** spec.release.build and status.liveBuild: a pin moved to another Build is a rollout, not a build. */
  pinnedBuild?: string;
  liveBuild?: string;
}): SitePhase {
  const conditions = input.conditions ?? [];
  const stale = (input.observedGeneration ?? -1) < (input.generation ?? 0);
  if (
    stale &&
    input.pinnedBuild !== undefined &&
    input.liveBuild !== undefined &&
    input.pinnedBuild !== input.liveBuild
  )
    return 'deploying';
  if (stale) return input.contentRevision ? 'building' : 'writing';
  const find = (type: string) => conditions.find((condition) => condition.type === type);
  if (conditions.some((condition) => condition.status !== 'True' && FAILED_REASONS.has(condition.reason)))
    return 'failed';
  if (find('Ready')?.status === 'True') return 'ready';
  if (find('ContentReady')?.status !== 'True') return 'writing';
  if (find('Built')?.status !== 'True') return 'building';
  return 'deploying';
}

export function toSite(
  website: Website,
  { now = Date.now(), pickupGraceMs = PICKUP_GRACE_MS }: { now?: number; pickupGraceMs?: number } = {},
): Site {
  const { spec, status, metadata } = website;
  const name = metadata.name ?? '';
  const overdue = pickupOverdue(website, now, pickupGraceMs);
  return {
    id: name,
    name,
    prompt: spec.brief.prompt,
    locales: [...(spec.brief.locales ?? [])],
    ...(spec.brief.pages ? { pages: [...spec.brief.pages] } : {}),
    ...(spec.brief.tone ? { tone: spec.brief.tone } : {}),
    ...(spec.theme ? { theme: spec.theme } : {}),
    ...(spec.release?.build ? { pinnedBuild: spec.release.build } : {}),
    status: {
      phase: sitePhase({
        generation: metadata.generation,
        observedGeneration: status?.observedGeneration,
        conditions: status?.conditions,
        contentRevision: status?.contentRevision,
        pinnedBuild: spec.release?.build,
        liveBuild: status?.liveBuild,
      }),
      conditions: (status?.conditions ?? []).map(({ type, status: value, reason, message }) => ({
        type,
        status: value,
        reason,
        message,
      })),
      ...(status?.url ? { url: status.url } : {}),
      ...(status?.liveBuild ? { liveBuild: status.liveBuild } : {}),
      ...(status?.latestBuild ? { latestBuild: status.latestBuild } : {}),
      ...(status?.contentRevision ? { contentRevision: status.contentRevision } : {}),
      ...(overdue ? { notPickedUp: overdue } : {}),
    },
    createdAt: metadata.creationTimestamp ?? '',
    generation: metadata.generation ?? 0,
  };
}

/** The pinned Build a change removes the pin of (unless the person asked to keep it), if any. */
export function pinToRemove(website: Website, keepPin: boolean | undefined): string | undefined {
  const pinned = website.spec.release?.build;
  return pinned && !keepPin ? pinned : undefined;
}

/** The digest an image reference is pinned by: `registry/repo@sha256:…` → `sha256:…`. */
export function imageDigest(image: string | undefined): string | undefined {
  const at = image?.lastIndexOf('@') ?? -1;
  return image && at >= 0 ? image.slice(at + 1) : undefined;
}

function seconds(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  const span = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(span) && span >= 0 ? span : undefined;
}

export function toBuild(build: Build, liveBuild: string | undefined, previewUrl?: string): SiteBuild {
  const { status, spec, metadata } = build;
  const total = seconds(status?.startedAt, status?.completedAt);
  const durations = {
    ...(status?.durations?.renderSeconds !== undefined
      ? { renderSeconds: status.durations.renderSeconds }
      : {}),
    ...(status?.durations?.pushSeconds !== undefined ? { pushSeconds: status.durations.pushSeconds } : {}),
    ...(total !== undefined ? { totalSeconds: total } : {}),
  };
  const failure =
    status?.phase === 'Failed'
      ? status.conditions?.find((condition) => condition.status === 'False')?.message
      : undefined;
  const digest = imageDigest(status?.image);
  const recorded = causeOf(metadata.annotations)?.change;
  const contentChange = recorded && CONTENT_CHANGES.has(recorded) ? (recorded as ContentChange) : undefined;
  return {
    id: metadata.name ?? '',
    site: spec.website,
    phase: status?.phase ?? 'Pending',
    contentRevision: spec.contentRevision,
    ...(status?.image ? { image: status.image } : {}),
    ...(digest ? { imageDigest: digest } : {}),
    ...(status?.pages !== undefined ? { pages: status.pages } : {}),
    ...(status?.bytes !== undefined ? { bytes: status.bytes } : {}),
    ...(Object.keys(durations).length > 0 ? { durations } : {}),
    ...(status?.startedAt ? { startedAt: status.startedAt } : {}),
    ...(status?.completedAt ? { completedAt: status.completedAt } : {}),
    createdAt: metadata.creationTimestamp ?? '',
    live: liveBuild !== undefined && liveBuild === metadata.name,
    ...(failure ? { message: failure } : {}),
    ...(previewUrl ? { previewUrl } : {}),
    ...(contentChange ? { contentChange } : {}),
  };
}

export const succeeded = (build: Build): boolean =>
  build.status?.phase === 'Succeeded' && !!build.status.image;

/** What publish without a Build pins: the newest Build that succeeded. */
export function latestSucceeded(builds: readonly Build[]): Build | undefined {
  return buildsNewestFirst(builds.filter(succeeded))[0];
}

/**
 * What a rollback pins: the newest succeeded Build made before the live one. Undefined when nothing is
 * live, or the live Build is the oldest that survived pruning.
 */
export function rollbackTarget(builds: readonly Build[], liveBuild: string | undefined): Build | undefined {
  const ordered = buildsNewestFirst(builds);
  const index = ordered.findIndex((build) => build.metadata.name === liveBuild);
  if (liveBuild === undefined || index < 0) return undefined;
  return ordered.slice(index + 1).find(succeeded);
}

/**
 * The content revision an edit replaces: the ConfigMap the spec points at (a previous edit, even before
 * the operator has seen it), else the one the operator stored last (generated or inline content).
 */
export function currentContentRevision(website: Website): string | undefined {
  return website.spec.content?.configMapRef?.name ?? website.status?.contentRevision;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'with',
  'my',
  'our',
]);

/**
 * A readable DNS label from a prompt: "A family bakery in Porto" → "family-bakery-porto". The first few
 * meaningful words, accents folded, at most 40 characters so a suffix for uniqueness still fits.
 */
export function slugFromPrompt(prompt: string): string {
  const words = prompt
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  let slug = '';
  for (const word of words.slice(0, 4)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > 40) break;
    slug = next;
  }
  slug = slug.slice(0, 40).replace(/-+$/, '');
  if (slug === '') return 'site';
  return /^[a-z]/.test(slug) ? slug : `site-${slug}`.slice(0, 40).replace(/-+$/, '');
}

/** `base-xxxx`: the name to try when `base` is taken. */
export function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, SITE_NAME_MAX - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

export function isSiteName(name: string): boolean {
  return name.length <= SITE_NAME_MAX && new RegExp(SITE_NAME_PATTERN).test(name);
}

export interface NewSite {
  prompt: string;
  locales?: string[];
  pages?: string[];
  tone?: WebsiteSpec['brief']['tone'];
  theme?: WebsiteSpec['theme'];
}

export function newWebsite(namespace: string, name: string, input: NewSite): Website {
  return {
    apiVersion: API_VERSION,
    kind: 'Website',
    metadata: { name, namespace },
    spec: {
      brief: {
        prompt: input.prompt,
        ...(input.locales ? { locales: input.locales } : {}),
        ...(input.pages ? { pages: input.pages } : {}),
        tone: input.tone ?? 'friendly',
      },
      ...(input.theme ? { theme: input.theme } : {}),
    },
  };
}
