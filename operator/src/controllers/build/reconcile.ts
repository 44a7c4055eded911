// One Build: read its content revision, render it, push the image, record the result. A finished Build is
// never touched again; a failure is retried with the work queue's backoff, then the Build is Failed.

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { CONTENT_KEY, sha256Hex } from '@pagemagic/crds/content';
import { validateSiteDocument } from '@pagemagic/crds/site-document';
import type { OperatorConfig } from '../../config.ts';
import type { EventPublisher } from '../../events/index.ts';
import { buildImage, type RegistryOptions } from '../../image/index.ts';
import {
  type Informer,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type ReconcileContext,
  type Result,
} from '../../runtime/index.ts';
import { renderSite } from '../../site/index.ts';
import { kubeTime } from '../conditions.ts';
import { siteUrl } from '../website/resources.ts';
import { imageRepository, isFinished, layerFiles, renderedBytes, succeededFields } from './resources.ts';
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
  >;
  builds: Informer<Build>;
  websites: Informer<Website>;
  publisher: EventPublisher;
  /** How many times this key has failed so far (the work queue's count). */
  failures: (key: string) => number;
  registry?: RegistryOptions;
  /** How long a build runs before its status says Running; 2 s by default. */
  runningAfterMs?: number;
  now?: () => Date;
}

/**
 * Most builds finish in well under a second, and a Running status nobody sees would cost a write, and a
 * reconcile and a status write of the Website that reads it. Only a build that takes longer says so.
 */
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

export async function reconcileBuild(
  deps: BuildReconcilerDeps,
  key: string,
  context: ReconcileContext,
): Promise<Result | undefined> {
  const cached = deps.builds.get(key);
  if (!cached || cached.metadata.deletionTimestamp || isFinished(cached)) return undefined;
  // A copy: the informer's objects are shared and must not change under other readers.
  let build: Build = { ...cached };
  const now = deps.now ?? (() => new Date());
  const namespace = build.metadata.namespace ?? '';
  const name = build.metadata.name ?? '';
  const website = deps.websites.get(`${namespace}/${build.spec.website}`);
  if (!website) return undefined; // Its owner is gone; garbage collection removes the Build.
  const target = { namespace, name };
  const startedAt = build.status?.startedAt ?? kubeTime(now());
  const running = withSucceeded(
    build,
    { ...build.status, phase: 'Running', startedAt },
    { status: 'Unknown', reason: 'Running', message: 'rendering and pushing the site image' },
    now,
  );
  let runningWritten: Promise<void> | undefined;
  const runningTimer =
    build.status?.phase === 'Running'
      ? undefined
      : setTimeout(() => {
          runningWritten = deps.client.patchStatus(BUILDS, target, running, { signal: context.signal }).then(
            () => undefined,
            (error: unknown) =>
              context.logger.warn({ error: (error as Error).message }, 'could not say the build is running'),
          );
        }, deps.runningAfterMs ?? RUNNING_AFTER_MS);
  /** The Running write, if it started, lands before any later status so it never overwrites one. */
  const settleRunning = async () => {
    clearTimeout(runningTimer);
    await runningWritten;
  };
  build = { ...build, status: running };
  const event = {
    namespace,
    name,
    uid: build.metadata.uid ?? '',
    generation: build.metadata.generation,
    websiteUid: websiteUidOf(build, website),
    occurrence: name,
  };
  try {
    const site = await readContent(deps, build, context.signal);
    const renderStarted = performance.now();
    const rendered = renderSite(site, { baseUrl: siteUrl(deps.config, website) });
    const renderSeconds = (performance.now() - renderStarted) / 1000;
    const pushStarted = performance.now();
    const image = await buildImage({
      registry: deps.registry,
      base: deps.config.baseImage,
      target: imageRepository(deps.config, build),
      tag: name,
      files: layerFiles(rendered),
      comment: `pagemagic renderer ${rendered.rendererVersion}`,
    });
    const output = {
      image: image.reference,
      pages: rendered.pages.length,
      bytes: renderedBytes(rendered),
      renderSeconds,
      pushSeconds: (performance.now() - pushStarted) / 1000,
    };
    const status = withSucceeded(
      build,
      { ...build.status, ...succeededFields(output, startedAt, kubeTime(now())) },
      { status: 'True', reason: 'Succeeded', message: `pushed ${image.reference}` },
      now,
    );
    await settleRunning();
    await deps.publisher.publish({
      ...event,
      type: 'build.succeeded',
      data: { website: build.spec.website, image: output.image, pages: output.pages, bytes: output.bytes },
    });
    await deps.client.patchStatus(BUILDS, target, status, { signal: context.signal });
    context.logger.info({ image: image.reference, pages: output.pages }, 'build succeeded');
    return undefined;
  } catch (error) {
    await settleRunning();
    const message = (error as Error).message;
    const attempts = deps.failures(key) + 1;
    const permanent = error instanceof PermanentBuildError || attempts >= deps.config.buildMaxAttempts;
    if (!permanent) {
      const retrying = withSucceeded(
        build,
        build.status ?? {},
        { status: 'Unknown', reason: 'Retrying', message: `attempt ${attempts} failed: ${message}` },
        now,
      );
      await deps.client.patchStatus(BUILDS, target, retrying, { signal: context.signal });
      throw error;
    }
    const failed = withSucceeded(
      build,
      { ...build.status, phase: 'Failed', completedAt: kubeTime(now()) },
      { status: 'False', reason: 'BuildFailed', message: `after ${attempts} attempt(s): ${message}` },
      now,
    );
    await deps.publisher.publish({
      ...event,
      type: 'build.failed',
      data: { website: build.spec.website, message },
    });
    await deps.client.patchStatus(BUILDS, target, failed, { signal: context.signal });
    context.logger.warn({ error: message, attempts }, 'build failed');
    return undefined;
  }
}
