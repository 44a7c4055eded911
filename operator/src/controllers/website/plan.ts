// What one Website needs, decided from an observation alone: the content revision and Build to create,
// the live Build, the Deployment, Service and Ingress that serve it (only those that differ), the history
// to prune, the status, its Event and the messages. No I/O here; the shell carries the plan out.

import type { Build, Domain, Website, WebsiteStatus } from '@pagemagic/crds';
import { BUILDS, causeOf } from '@pagemagic/crds';
import type { EventToPublish } from '@pagemagic/crds/events';
import type { OperatorConfig } from '../../config.ts';
import { type KubeObject, type Result, resources } from '../../runtime/index.ts';
import { failureMessage } from '../build/status.ts';
import type { ObjectDeletion, ObjectWrite, Observed, Plan } from '../shell.ts';
import type { ConfigMapMetadata, DeploymentObject } from './reconcile.ts';
import {
  buildName,
  buildsToPrune,
  type ChildObject,
  chooseLiveBuild,
  contentToPrune,
  desiredBuild,
  desiredDeployment,
  desiredIngress,
  desiredService,
  siteUrl,
  upToDate,
  verifiedRoutes,
} from './resources.ts';
import {
  notYet,
  ok,
  type Verdict,
  type WebsiteConditionType,
  websiteEvent,
  withConditions,
} from './status.ts';

export type WebsitePlanConfig = Pick<
  OperatorConfig,
  | 'siteHostPattern'
  | 'siteBaseDomain'
  | 'siteUrlScheme'
  | 'siteUrlPort'
  | 'ingressClassName'
  | 'siteTlsSecret'
  | 'contentHistoryLimit'
  | 'buildHistoryLimit'
  | 'registrySecret'
>;

/** Where the content stands: stored or storable under `name`, or not yet, with the reason. */
export type ContentResolution =
  | {
      ready: true;
      name: string;
      hash: string;
      /** Set when the revision does not exist yet and must be created. */
      create?: ChildObject;
      generated?: { promptTokens: number; completionTokens: number };
    }
  | {
      ready: false;
      verdict: Verdict;
      retry?: Result;
      /** Tokens a failed generation spent, counted once per id. */
      spent?: { id: string; usage: { promptTokens: number; completionTokens: number } };
    };

export interface WebsiteObservation extends Observed<Website, WebsiteStatus> {
  content: ContentResolution;
  /** The Website's content revisions (metadata only). */
  contentMaps: readonly ConfigMapMetadata[];
  builds: readonly Build[];
  domains: readonly Domain[];
  deployment?: DeploymentObject;
  service?: KubeObject;
  ingress?: KubeObject;
  config: WebsitePlanConfig;
  rendererVersion: string;
  now: Date;
}

const WARNING_REASONS = new Set(['InvalidContent', 'GenerationFailed', 'BuildFailed', 'PinnedBuildNotReady']);

export function deploymentVerdict(
  live: Build | undefined,
  deployment: DeploymentObject | undefined,
  desired: ChildObject,
  pinned: boolean,
  latestName?: string,
): Verdict {
  const name = live?.metadata.name ?? '';
  if (!deployment || !upToDate(deployment, desired)) return notYet('RollingOut', `rolling out Build ${name}`);
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  const replicas = deployment.spec?.replicas ?? 1;
  const available = status.conditions?.find((c) => c.type === 'Available');
  if ((status.observedGeneration ?? 0) < generation || (status.updatedReplicas ?? 0) < replicas) {
    return notYet('RollingOut', `rolling out Build ${name}`);
  }
  if (available?.status !== 'True') {
    // A new Deployment is unavailable until its first Pod is ready; while it is still progressing that is
    // the same rollout, not news worth a status write.
    const progressing = status.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.status === 'True') return notYet('RollingOut', `rolling out Build ${name}`);
    return notYet(
      'Unavailable',
      available?.message ?? `Deployment ${deployment.metadata?.name} is not available`,
    );
  }
  if (!pinned) return ok('Available', `serving Build ${name}`);
  const waiting =
    latestName && latestName !== name
      ? `; Build ${latestName} is newer and waits until the pin is removed`
      : '';
  return ok('Pinned', `serving pinned Build ${name}${waiting}`);
}

function builtVerdict(content: ContentResolution, latestName: string | undefined, latest?: Build): Verdict {
  const phase = latest?.status?.phase;
  if (!content.ready) return notYet('WaitingForContent', 'no valid content to build');
  if (phase === 'Succeeded') return ok('Succeeded', `Build ${latestName} succeeded`);
  if (phase === 'Failed')
    return notYet('BuildFailed', `Build ${latestName}: ${failureMessage(latest as Build)}`);
  return notYet('Building', `Build ${latestName} is ${phase ?? 'Pending'}`);
}

export function planWebsite(observed: WebsiteObservation): Plan<WebsiteStatus> {
  const { object: website, status: previous, content, contentMaps, config } = observed;
  const name = website.metadata.name ?? '';
  const namespace = website.metadata.namespace ?? '';
  const generation = website.metadata.generation;
  const create: ObjectWrite[] = [];
  const apply: ObjectWrite[] = [];
  const verdicts = {} as Record<WebsiteConditionType, Verdict>;

  // 1. Content, and 2. one Build per (content, renderer).
  let latestName = previous?.latestBuild;
  let builds = observed.builds;
  if (content.ready) {
    if (content.create) create.push({ resource: resources.configMaps, object: content.create });
    verdicts.ContentReady = ok('ContentStored', `content revision ${content.name}`);
    latestName = buildName(name, content.hash, observed.rendererVersion);
    if (!builds.some((build) => build.metadata.name === latestName)) {
      const stored =
        content.create ?? contentMaps.find((configMap) => configMap.metadata.name === content.name);
      const build = desiredBuild(
        website,
        content.name,
        content.hash,
        observed.rendererVersion,
        causeOf(stored?.metadata?.annotations),
      );
      create.push({ resource: BUILDS, object: build });
      builds = [...builds, build];
    }
  } else {
    verdicts.ContentReady = content.verdict;
  }
  verdicts.Built = builtVerdict(
    content,
    latestName,
    builds.find((build) => build.metadata.name === latestName),
  );

  // 3. The live Build, and 4. what serves it.
  const choice = chooseLiveBuild(website, builds, latestName);
  const liveBuild = choice.build;
  if (liveBuild?.status?.image) {
    const deployment = desiredDeployment(website, liveBuild.status.image, config.registrySecret);
    const ingress = desiredIngress(website, config, verifiedRoutes(website, observed.domains));
    const serving: Array<[ObjectWrite['resource'], KubeObject | undefined, ChildObject]> = [
      [resources.deployments, observed.deployment, deployment],
      [resources.services, observed.service, desiredService(website)],
      [resources.ingresses, observed.ingress, ingress],
    ];
    for (const [resource, live, desired] of serving)
      if (!upToDate(live, desired)) apply.push({ resource, object: desired });
    verdicts.Deployed = deploymentVerdict(
      liveBuild,
      observed.deployment,
      deployment,
      'pinned' in choice && choice.pinned,
      latestName,
    );
  } else {
    verdicts.Deployed = notYet(
      choice.build ? 'NoImage' : (choice as { reason: string }).reason,
      (choice as { message: string }).message,
    );
  }

  // 5. History: never the live, latest or pinned Build, nor the content they use.
  const pinned = website.spec.release?.build;
  const keepBuilds = new Set([liveBuild?.metadata.name, latestName, pinned].filter((n): n is string => !!n));
  const prunedBuilds = buildsToPrune(builds, config.buildHistoryLimit, keepBuilds);
  const pruned = new Set(prunedBuilds.map((b) => b.metadata.name));
  const keepContent = new Set(
    [
      content.ready ? content.name : undefined,
      ...builds.filter((b) => !pruned.has(b.metadata.name)).map((build) => build.spec.contentRevision),
    ].filter((n): n is string => !!n),
  );
  const deletions: ObjectDeletion[] = [
    ...prunedBuilds.map((build) => ({ resource: BUILDS, namespace, name: build.metadata.name ?? '' })),
    ...contentToPrune(contentMaps, config.contentHistoryLimit, keepContent).map((configMap) => ({
      resource: resources.configMaps,
      namespace,
      name: configMap.metadata.name ?? '',
    })),
  ];

  // 6. Status, its Event, and the messages.
  const tokens = content.ready && content.generated ? content.generated : undefined;
  const status: WebsiteStatus = {
    ...(previous ?? {}),
    observedGeneration: generation,
    conditions: withConditions(previous?.conditions, verdicts, generation, () => observed.now),
    url: siteUrl(config, website),
    ...(content.ready ? { contentRevision: content.name, contentHash: content.hash } : {}),
    ...(latestName ? { latestBuild: latestName } : {}),
    ...(tokens ? { tokenUsage: { prompt: tokens.promptTokens, completion: tokens.completionTokens } } : {}),
  };
  if (liveBuild) status.liveBuild = liveBuild.metadata.name;
  const happened = websiteEvent(previous?.conditions, status.conditions ?? [], WARNING_REASONS);
  return {
    create,
    apply,
    delete: deletions,
    messages: websiteMessages(observed, status, liveBuild),
    status,
    events: happened ? [happened] : [],
    ...(content.ready ? {} : { result: content.retry }),
  };
}

function websiteMessages(
  { object: website, status: previous, content }: WebsiteObservation,
  status: WebsiteStatus,
  liveBuild: Build | undefined,
): EventToPublish[] {
  const generation = website.metadata.generation;
  const about = {
    namespace: website.metadata.namespace ?? '',
    name: website.metadata.name ?? '',
    uid: website.metadata.uid ?? '',
    generation,
    websiteUid: website.metadata.uid ?? '',
  };
  const messages: EventToPublish[] = [];
  if (content.ready && content.generated) {
    messages.push({
      ...about,
      type: 'site.generated',
      occurrence: String(generation ?? 0),
      data: { contentRevision: content.name, contentHash: content.hash, tokens: content.generated },
    });
  }
  if (liveBuild && previous?.liveBuild !== liveBuild.metadata.name) {
    const cause = causeOf(website.metadata.annotations);
    messages.push({
      ...about,
      type: 'site.published',
      // A rollback re-publishes an earlier Build, so the generation is part of what makes it new.
      occurrence: `${generation ?? 0}-${liveBuild.metadata.name}`,
      data: {
        build: liveBuild.metadata.name,
        image: liveBuild.status?.image,
        url: status.url,
        // What a person did that this publishing follows from (a rollback, an edit, ...), and who.
        ...(cause ? { cause } : {}),
      },
    });
  }
  return messages;
}
