// What the history page offers, from the site's Builds (newest first) and its pin: roll back only when a
// succeeded Build older than the live one exists (offering it otherwise ends in a refusal), and which
// newer Builds wait while an older one is pinned.

interface BuildLike {
  id: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  live: boolean;
}

export interface ReleaseState<B extends BuildLike> {
  canRollBack: boolean;
  pinned?: B;
  /** Builds newer than the pinned one that are built or being built: they go live on unpin. */
  waiting: B[];
}

export function releaseState<B extends BuildLike>(
  builds: readonly B[],
  pinnedBuild?: string,
): ReleaseState<B> {
  const liveIndex = builds.findIndex((build) => build.live);
  const canRollBack =
    liveIndex >= 0 && builds.slice(liveIndex + 1).some((build) => build.phase === 'Succeeded');
  const pinnedIndex = pinnedBuild === undefined ? -1 : builds.findIndex((build) => build.id === pinnedBuild);
  const pinned = pinnedIndex >= 0 ? builds[pinnedIndex] : undefined;
  const waiting =
    pinnedIndex > 0 ? builds.slice(0, pinnedIndex).filter((build) => build.phase !== 'Failed') : [];
  return { canRollBack, ...(pinned ? { pinned } : {}), waiting };
}
