// The Build's one condition, Succeeded: Unknown while it runs or retries, then True or False for good.

import type { Build, BuildStatus } from '@pagemagic/crds';
import { setCondition } from '../conditions.ts';

export function withSucceeded(
  build: Build,
  status: BuildStatus,
  verdict: { status: 'True' | 'False' | 'Unknown'; reason: string; message: string },
  now?: () => Date,
): BuildStatus {
  return {
    ...status,
    observedGeneration: build.metadata.generation,
    conditions: setCondition(
      build.status?.conditions,
      { type: 'Succeeded', ...verdict, message: verdict.message.slice(0, 32_000) },
      build.metadata.generation,
      now,
    ),
  };
}

/** What a failed Build's condition says, for the Website's Built condition and the build.failed event. */
export function failureMessage(build: Build): string {
  return build.status?.conditions?.find((c) => c.type === 'Succeeded')?.message ?? 'the build failed';
}
