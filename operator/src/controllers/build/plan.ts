// How a Build attempt ended, turned into its status and message: Succeeded, Retrying (the work queue backs
// off and tries again) or, after the last attempt or a failure retrying cannot fix, Failed.

import type { Build, BuildStatus } from '@pagemagic/crds';
import { kubeTime } from '../conditions.ts';
import type { Observed, Plan } from '../shell.ts';
import { type BuildOutput, succeededFields } from './resources.ts';
import { withSucceeded } from './status.ts';

export type BuildOutcome = { succeeded: BuildOutput } | { failed: Error; permanent: boolean };

export interface BuildObservation extends Observed<Build, BuildStatus> {
  /** The status while it runs, which every ending builds on. */
  running: BuildStatus;
  /** The owning Website's uid, which the messages are filed under. */
  websiteUid: string;
  outcome: BuildOutcome;
  /** This attempt's number, counting from 1. */
  attempts: number;
  finishedAt: Date;
}

export function planBuild(observed: BuildObservation, maxAttempts: number): Plan<BuildStatus> {
  const { outcome, running, attempts } = observed;
  // Conditions build on the Running ones, so Succeeded keeps the time it started to be Unknown.
  const build: Build = { ...observed.object, status: running };
  const at = () => observed.finishedAt;
  const about = {
    namespace: build.metadata.namespace ?? '',
    name: build.metadata.name ?? '',
    uid: build.metadata.uid ?? '',
    generation: build.metadata.generation,
    websiteUid: observed.websiteUid,
    occurrence: build.metadata.name ?? '',
  };
  const startedAt = running.startedAt ?? kubeTime(observed.finishedAt);
  if ('succeeded' in outcome) {
    const output = outcome.succeeded;
    return {
      messages: [
        {
          ...about,
          type: 'build.succeeded',
          data: {
            website: build.spec.website,
            image: output.image,
            pages: output.pages,
            bytes: output.bytes,
          },
        },
      ],
      status: withSucceeded(
        build,
        { ...running, ...succeededFields(output, startedAt, kubeTime(observed.finishedAt)) },
        { status: 'True', reason: 'Succeeded', message: `pushed ${output.image}` },
        at,
      ),
    };
  }
  const message = outcome.failed.message;
  if (!outcome.permanent && attempts < maxAttempts) {
    return {
      status: withSucceeded(
        build,
        running,
        { status: 'Unknown', reason: 'Retrying', message: `attempt ${attempts} failed: ${message}` },
        at,
      ),
      failure: outcome.failed,
    };
  }
  return {
    messages: [{ ...about, type: 'build.failed', data: { website: build.spec.website, message } }],
    status: withSucceeded(
      build,
      { ...running, phase: 'Failed', completedAt: kubeTime(observed.finishedAt) },
      { status: 'False', reason: 'BuildFailed', message: `after ${attempts} attempt(s): ${message}` },
      at,
    ),
  };
}
