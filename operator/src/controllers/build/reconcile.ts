// What the Build controller observes is the build itself: read the content revision, render it, push the
// image. plan.ts turns how that ended into the status and messages. A finished Build is never touched
// again; a failure is retried with the work queue's backoff, then the Build is Failed.

import type { Build, BuildStatus, Website } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { CONTENT_KEY, sha256Hex } from '@pagemagic/crds/content';
import { validateSiteDocument } from '@pagemagic/crds/site-document';
import type { Registry } from 'prom-client';
import type { OperatorConfig } from '../../config.ts';
import type { EventPublisher } from '../../events/index.ts';
import { buildImage, type RegistryOptions } from '../../image/index.ts';
import {
  type Informer,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type Reconciler,
} from '../../runtime/index.ts';
import { counter } from '../../runtime/metrics.ts';
import { renderSite } from '../../site/index.ts';
import { kubeTime } from '../conditions.ts';
import { type ReconcilerKind, reconcilerOf } from '../shell.ts';
import { siteUrl } from '../website/resources.ts';
import { type BuildObservation, type BuildOutcome, planBuild } from './plan.ts';
import { imageRepository, isFinished, layerFiles, renderedBytes } from './resources.ts';
import { withSucceeded } from './status.ts';

export interface BuildReconcilerDeps {
  client: KubeClient;
  config: Pick<
    OperatorConfig,
    | 'registry'
    | 'baseImage'
    | 'siteHostPattern'
    | 'siteBaseDomain'
    | 'siteUrlScheme'
    | 'siteUrlPort'
    | 'buildMaxAttempts'
    | 'formsUrl'
  >;
  builds: Informer<Build>;
  websites: Informer<Website>;
  publisher: EventPublisher;
  /** How many times this key has failed so far (the work queue's count). */
  failures: (key: string) => number;
  registry?: RegistryOptions;
  /** Where `pagemagic_build_seconds_total` is counted (the manager's registry); uncounted without. */
  metrics?: Registry;
  /** How long a build runs before its status says Running; 2 s by default. */
  runningAfterMs?: number;
  now?: () => Date;
}

const RUNNING_AFTER_MS = 2_000;

/** A failure that retrying cannot fix. */
class PermanentBuildError extends Error {}

interface ConfigMapObject extends KubeObject {
  data?: Record<string, string>;
}

async function readContent(deps: BuildReconcilerDeps, build: Build, signal: AbortSignal) {
  let configMap: ConfigMapObject;
  try {
    configMap = await deps.client.get<ConfigMapObject>(
      { apiVersion: 'v1', plural: 'configmaps' },
      build.metadata.namespace,
      build.spec.contentRevision,
      signal,
      // The revision was stored before its Build was created, so any state as new as this Build has it.
      build.metadata.resourceVersion,
    );
  } catch (error) {
    if (isNotFound(error)) {
      throw new PermanentBuildError(`content ConfigMap ${build.spec.contentRevision} does not exist`);
    }
    throw error;
  }
  const text = configMap.data?.[CONTENT_KEY];
  if (text === undefined) {
    throw new PermanentBuildError(`content ConfigMap ${build.spec.contentRevision} has no ${CONTENT_KEY}`);
  }
  // Stored as canonical JSON, so the hash of the text is the content hash.
  if (sha256Hex(text) !== build.spec.contentHash) {
    throw new PermanentBuildError(
      `content ConfigMap ${build.spec.contentRevision} does not hold content ${build.spec.contentHash.slice(0, 10)}`,
    );
  }
  const validation = validateSiteDocument(JSON.parse(text));
  if (!validation.ok) {
    const first = validation.errors[0];
    throw new PermanentBuildError(
      `the content is not a valid site document: ${first?.path}: ${first?.message}`,
    );
  }
  return validation.value;
}

function websiteUidOf(build: Build, website: Website | undefined): string {
  return (
    website?.metadata.uid ??
    build.metadata.ownerReferences?.find((ref) => ref.kind === 'Website')?.uid ??
    build.metadata.uid ??
    ''
  );
}

/** Runs one Build and reports how it ended; the status it leads to is decided in plan.ts. */
async function runBuild(
  deps: BuildReconcilerDeps,
  build: Build,
  website: Website,
  signal: AbortSignal,
): Promise<BuildOutcome> {
  try {
    const site = await readContent(deps, build, signal);
    const renderStarted = performance.now();
    const formsUrl = deps.config.formsUrl;
    const rendered = renderSite(site, {
      baseUrl: siteUrl(deps.config, website),
      // The form names its site by uid: a site deleted and made again under its name is another site.
      ...(formsUrl ? { formAction: `${formsUrl}/${website.metadata.uid}` } : {}),
    });
    const renderSeconds = (performance.now() - renderStarted) / 1000;
    const pushStarted = performance.now();
    const image = await buildImage({
      registry: deps.registry,
      base: deps.config.baseImage,
      target: imageRepository(deps.config, build),
      tag: build.metadata.name ?? '',
      files: layerFiles(rendered),
      comment: `pagemagic renderer ${rendered.rendererVersion}`,
    });
    return {
      succeeded: {
        image: image.reference,
        pages: rendered.pages.length,
        bytes: renderedBytes(rendered),
        renderSeconds,
        pushSeconds: (performance.now() - pushStarted) / 1000,
      },
    };
  } catch (error) {
    return { failed: error as Error, permanent: error instanceof PermanentBuildError };
  }
}

export function buildKind(deps: BuildReconcilerDeps): ReconcilerKind<Build, BuildStatus, BuildObservation> {
  const now = deps.now ?? (() => new Date());
  // Metered per site (usage_hourly's build_seconds): every attempt's wall time, failed ones too, since a
  // failed attempt took the same rendering and pushing.
  const buildSeconds =
    deps.metrics &&
    counter(
      deps.metrics,
      'pagemagic_build_seconds_total',
      'Wall seconds spent building site images (reading the content, rendering, pushing), every attempt',
      ['namespace', 'website'],
    );
  return {
    resource: BUILDS,
    plan: (observed) => planBuild(observed, deps.config.buildMaxAttempts),
    async observe(key, context) {
      const build = deps.builds.get(key);
      if (!build || build.metadata.deletionTimestamp || isFinished(build)) return undefined;
      const website = deps.websites.get(`${build.metadata.namespace}/${build.spec.website}`);
      if (!website) return undefined; // Its owner is gone; garbage collection removes the Build.
      const target = { namespace: build.metadata.namespace, name: build.metadata.name ?? '' };
      const running = withSucceeded(
        build,
        { ...build.status, phase: 'Running', startedAt: build.status?.startedAt ?? kubeTime(now()) },
        { status: 'Unknown', reason: 'Running', message: 'rendering and pushing the site image' },
        now,
      );
      // Only a build that takes a while says it is running: most finish in well under a second, and a
      // Running status nobody sees costs a write here and a reconcile and status write of the Website.
      let runningWritten: Promise<void> | undefined;
      const runningTimer =
        build.status?.phase === 'Running'
          ? undefined
          : setTimeout(() => {
              runningWritten = deps.client
                .patchStatus(BUILDS, target, running, { signal: context.signal })
                .then(
                  () => undefined,
                  (error: unknown) =>
                    context.logger.warn(
                      { error: (error as Error).message },
                      'could not say the build is running',
                    ),
                );
            }, deps.runningAfterMs ?? RUNNING_AFTER_MS);
      const attemptStarted = performance.now();
      const outcome = await runBuild(deps, build, website, context.signal);
      buildSeconds?.inc(
        { namespace: build.metadata.namespace ?? '', website: build.spec.website },
        (performance.now() - attemptStarted) / 1000,
      );
      // The Running write, if it started, lands before the final status so it never overwrites it.
      clearTimeout(runningTimer);
      await runningWritten;
      if ('succeeded' in outcome) {
        context.logger.info(
          { image: outcome.succeeded.image, pages: outcome.succeeded.pages },
          'build succeeded',
        );
      } else {
        context.logger.warn({ error: outcome.failed.message }, 'build attempt failed');
      }
      return {
        object: build,
        status: build.status,
        running,
        websiteUid: websiteUidOf(build, website),
        outcome,
        attempts: deps.failures(key) + 1,
        finishedAt: now(),
      };
    },
  };
}

export function buildReconciler(deps: BuildReconcilerDeps): Reconciler {
  return reconcilerOf(buildKind(deps), deps);
}
