// What a Website should own, as pure functions of the Website (and its Builds and Domains): the content
// ConfigMap, the Build, the Deployment, Service and Ingress. No I/O here, so every object is unit-tested
// against a golden copy.

import type { Build, Domain, ObjectMeta, Website } from '@pagemagic/crds';
import {
  API_VERSION,
  buildsNewestFirst,
  type ChangeCause,
  causeAnnotations,
  controllerReference,
} from '@pagemagic/crds';
import {
  canonicalJson,
  LABEL_COMPONENT,
  LABEL_CONTENT_HASH,
  LABEL_WEBSITE,
  sha256Hex,
} from '@pagemagic/crds/content';
import type { OperatorConfig } from '../../config.ts';
import { acmeChallengeIngressPath } from '../domain/resources.ts';

export const ANNOTATION_SPEC_HASH = 'pagemagic.dev/spec-hash';
export const ANNOTATION_BRIEF_HASH = 'pagemagic.dev/brief-hash';
export const ANNOTATION_TOKENS = 'pagemagic.dev/token-usage';
export const SITE_PORT = 8080;
export const SITE_USER = 65532;

export const DEFAULT_RESOURCES = { cpu: '10m', memory: '32Mi' } as const;

/** The slice of a Kubernetes object these functions build; children are plain JSON. */
export interface ChildObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta & { name: string; namespace: string };
  [field: string]: unknown;
}

/** Identifies what a generation worked from, so a repeat of the same brief reuses the stored result. */
export function briefHashOf(website: Website): string {
  return sha256Hex(canonicalJson({ brief: website.spec.brief, theme: website.spec.theme ?? null }));
}

export function websiteLabels(website: Website): Record<string, string> {
  return { [LABEL_WEBSITE]: website.metadata.name ?? '' };
}

export function ownerReference(website: Website) {
  return controllerReference(website);
}

function meta(website: Website, name: string, labels: Record<string, string> = {}) {
  return {
    name,
    namespace: website.metadata.namespace ?? '',
    labels: { ...websiteLabels(website), ...labels },
    ownerReferences: [ownerReference(website)],
  };
}

export function buildName(website: string, contentHash: string, rendererVersion: string): string {
  return `${website}-${sha256Hex(contentHash + rendererVersion).slice(0, 10)}`;
}

export function desiredBuild(
  website: Website,
  contentRevision: string,
  contentHash: string,
  rendererVersion: string,
  cause?: ChangeCause,
): Build {
  const name = website.metadata.name ?? '';
  const metadata = meta(website, buildName(name, contentHash, rendererVersion), {
    [LABEL_CONTENT_HASH]: contentHash.slice(0, 63),
  });
  return {
    apiVersion: API_VERSION,
    kind: 'Build',
    // What made its content (an edit, a rewrite, ...), for the history; the content revision records it.
    metadata: cause ? { ...metadata, annotations: causeAnnotations(cause) } : metadata,
    spec: {
      website: name,
      contentRevision,
      contentHash,
      rendererVersion,
      websiteGeneration: website.metadata.generation ?? 0,
    },
  };
}

const MAX_DNS_LABEL = 63;

/**
 * A DNS label stops at 63 characters, and `{name}-{namespace}` can reach 127. A longer label keeps its
 * start and ends in a hash of the whole, so it stays readable, fits, and two long names never collide.
 */
export function fitDnsLabel(label: string): string {
  if (label.length <= MAX_DNS_LABEL) return label;
  const hash = sha256Hex(label).slice(0, 10);
  return `${label.slice(0, MAX_DNS_LABEL - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

export function siteHost(
  config: Pick<OperatorConfig, 'siteHostPattern' | 'siteBaseDomain'>,
  website: Pick<Website, 'metadata'>,
) {
  return config.siteHostPattern
    .replaceAll('{name}', website.metadata.name ?? '')
    .replaceAll('{namespace}', website.metadata.namespace ?? '')
    .replaceAll('{baseDomain}', config.siteBaseDomain)
    .toLowerCase()
    .split('.')
    .map(fitDnsLabel)
    .join('.');
}

/** Where the site is reached: its generated host, with the scheme and port the installation serves on. */
export function siteUrl(
  config: Pick<OperatorConfig, 'siteHostPattern' | 'siteBaseDomain' | 'siteUrlScheme' | 'siteUrlPort'>,
  website: Pick<Website, 'metadata'>,
) {
  const port = config.siteUrlPort;
  const defaultPort = config.siteUrlScheme === 'https' ? 443 : 80;
  return `${config.siteUrlScheme}://${siteHost(config, website)}${port === undefined || port === defaultPort ? '' : `:${port}`}/`;
}

export function podLabels(website: Website): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'pagemagic-site',
    'app.kubernetes.io/instance': website.metadata.name ?? '',
    [LABEL_WEBSITE]: website.metadata.name ?? '',
  };
}

/** The restricted Pod Security Standard, for every container the operator starts. */
export function restrictedContainerSecurity() {
  return {
    runAsNonRoot: true,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** A stable hash of the desired object, stamped on it so "already applied" is one annotation compare. */
export function specHash(object: ChildObject): string {
  return sha256Hex(canonicalJson(object)).slice(0, 16);
}

export function withSpecHash(object: ChildObject): ChildObject {
  const hash = specHash(object);
  return {
    ...object,
    metadata: {
      ...object.metadata,
      annotations: { ...object.metadata.annotations, [ANNOTATION_SPEC_HASH]: hash },
    },
  };
}

/**
 * Whether every field `desired` sets has that value in `live`. Fields only `live` has (defaults and
 * allocations of the API server) do not count; lists must match item for item.
 */
export function covers(live: unknown, desired: unknown): boolean {
  if (Array.isArray(desired)) {
    const items = live ?? [];
    return (
      Array.isArray(items) &&
      items.length === desired.length &&
      desired.every((item, i) => covers(items[i], item))
    );
  }
  if (desired !== null && typeof desired === 'object') {
    const fields = live ?? {};
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
    return Object.entries(desired).every(
      ([key, value]) => value === undefined || covers((fields as Record<string, unknown>)[key], value),
    );
  }
  return live === desired;
}

/**
 * Whether the live object was last applied from this desired object and nobody has changed the spec since:
 * the hash alone would leave another writer's edit of a field we own in place.
 */
export function upToDate(
  live: { metadata?: { annotations?: Record<string, string> }; spec?: unknown } | undefined,
  desired: ChildObject,
): boolean {
  const want = desired.metadata.annotations?.[ANNOTATION_SPEC_HASH];
  return (
    want !== undefined &&
    live?.metadata?.annotations?.[ANNOTATION_SPEC_HASH] === want &&
    covers(live.spec, desired.spec)
  );
}

/** `pullSecret`: the registry Secret's name (PAGEMAGIC_REGISTRY_SECRET), named in imagePullSecrets. */
export function desiredDeployment(website: Website, image: string, pullSecret?: string): ChildObject {
  const name = website.metadata.name ?? '';
  const requested = website.spec.hosting?.resources ?? {};
  const cpu = requested.cpu ?? DEFAULT_RESOURCES.cpu;
  const memory = requested.memory ?? DEFAULT_RESOURCES.memory;
  const labels = podLabels(website);
  const probe = { httpGet: { path: '/', port: SITE_PORT } };
  return withSpecHash({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(website, name, { ...labels, [LABEL_COMPONENT]: 'site' }),
    spec: {
      replicas: website.spec.hosting?.replicas ?? 1,
      selector: { matchLabels: { 'app.kubernetes.io/instance': name, [LABEL_WEBSITE]: name } },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          ...(pullSecret ? { imagePullSecrets: [{ name: pullSecret }] } : {}),
          securityContext: {
            runAsNonRoot: true,
            runAsUser: SITE_USER,
            runAsGroup: SITE_USER,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'site',
              image,
              ports: [{ name: 'http', containerPort: SITE_PORT, protocol: 'TCP' }],
              readinessProbe: { ...probe, periodSeconds: 10 },
              livenessProbe: { ...probe, periodSeconds: 20 },
              resources: { requests: { cpu, memory }, limits: { memory } },
              securityContext: { ...restrictedContainerSecurity(), runAsUser: SITE_USER },
            },
          ],
        },
      },
    },
  });
}

/**
 * Headless: ingress controllers route to the Pods' endpoints themselves, so a site needs no ClusterIP. At
 * hosting scale that matters: no address range to run out of, no kube-proxy rules per site, and the API
 * server creates a headless Service about twice as fast (no IPAddress allocation).
 */
export function desiredService(website: Website): ChildObject {
  const name = website.metadata.name ?? '';
  return withSpecHash({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(website, name, { [LABEL_COMPONENT]: 'site' }),
    spec: {
      type: 'ClusterIP',
      clusterIP: 'None',
      selector: { 'app.kubernetes.io/instance': name, [LABEL_WEBSITE]: name },
      ports: [{ name: 'http', port: 80, targetPort: SITE_PORT, protocol: 'TCP' }],
    },
  });
}

export interface Route {
  host: string;
  secretName: string | undefined;
  /** The operator issues this host's certificate over HTTP-01, so the challenge path goes to it. */
  acmeChallenge?: boolean;
}

/** The custom hosts a Website serves: Domains for it whose ownership has been verified, sorted by host. */
export function verifiedRoutes(website: Website, domains: readonly Domain[]): Route[] {
  const routes = new Map<string, Route>();
  for (const domain of domains) {
    if (domain.metadata.namespace !== website.metadata.namespace) continue;
    if (domain.spec.website !== website.metadata.name) continue;
    if (domain.metadata.deletionTimestamp) continue;
    const verified = domain.status?.conditions?.some((c) => c.type === 'Verified' && c.status === 'True');
    if (!verified) continue;
    routes.set(domain.spec.hostname, {
      host: domain.spec.hostname,
      secretName: domain.status?.certificate?.secretName,
      ...(domain.status?.certificate?.issuedBy === 'acme' ? { acmeChallenge: true } : {}),
    });
  }
  return [...routes.values()].sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}

export function desiredIngress(
  website: Website,
  config: Pick<OperatorConfig, 'siteHostPattern' | 'siteBaseDomain' | 'ingressClassName' | 'siteTlsSecret'>,
  routes: readonly Route[],
): ChildObject {
  const name = website.metadata.name ?? '';
  const generated: Route = { host: siteHost(config, website), secretName: config.siteTlsSecret };
  const all = [generated, ...routes.filter((route) => route.host !== generated.host)];
  const backend = { service: { name, port: { name: 'http' } } };
  return withSpecHash({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta(website, name, { [LABEL_COMPONENT]: 'site' }),
    spec: {
      ...(config.ingressClassName ? { ingressClassName: config.ingressClassName } : {}),
      // A custom host whose certificate is not issued yet is routed, but gets no TLS entry until it is.
      tls: all
        .filter((route) => route.secretName !== undefined)
        .map((route) => ({ hosts: [route.host], secretName: route.secretName })),
      rules: all.map((route) => ({
        host: route.host,
        http: {
          paths: [
            // The longer Prefix wins, so only challenge requests reach the operator.
            ...(route.acmeChallenge ? [acmeChallengeIngressPath()] : []),
            { path: '/', pathType: 'Prefix', backend },
          ],
        },
      })),
    },
  });
}

interface Dated {
  metadata?: { name?: string; creationTimestamp?: string };
}

function createdAt(object: Dated): string {
  return object.metadata?.creationTimestamp ?? '';
}

/** Newest first; the name breaks ties (creation times have second precision). */
export function newestFirst<T extends Dated>(objects: readonly T[]): T[] {
  return [...objects].sort((a, b) => {
    const byTime = createdAt(b).localeCompare(createdAt(a));
    return byTime !== 0 ? byTime : (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? '');
  });
}

export type LiveBuildChoice =
  | { build: Build; pinned: boolean }
  | { build: undefined; reason: 'PinnedBuildNotReady' | 'NoSucceededBuild'; message: string };

/**
 * The Build to serve: the pinned one (which must have succeeded), else the Build of the current content
 * once it has succeeded, else the newest Succeeded Build (so a failing new build leaves the old site up).
 */
export function chooseLiveBuild(
  website: Website,
  builds: readonly Build[],
  latestBuild: string | undefined,
): LiveBuildChoice {
  const pinned = website.spec.release?.build;
  const succeeded = (build: Build | undefined) =>
    build?.status?.phase === 'Succeeded' && !!build.status.image;
  if (pinned) {
    const build = builds.find((b) => b.metadata.name === pinned);
    if (build && build.spec.website === website.metadata.name && succeeded(build)) {
      return { build, pinned: true };
    }
    return {
      build: undefined,
      reason: 'PinnedBuildNotReady',
      message: build
        ? `pinned Build ${pinned} is ${build.status?.phase ?? 'Pending'}, not Succeeded`
        : `pinned Build ${pinned} does not exist`,
    };
  }
  const latest = builds.find((b) => b.metadata.name === latestBuild);
  if (latest && succeeded(latest)) return { build: latest, pinned: false };
  const newest = buildsNewestFirst(builds.filter(succeeded))[0];
  if (newest) return { build: newest, pinned: false };
  return { build: undefined, reason: 'NoSucceededBuild', message: 'no Build has succeeded yet' };
}

/**
 * Builds to delete: like a Deployment's revisionHistoryLimit, `limit` is how many Builds are kept besides
 * the ones in `keep` (live, latest, pinned), newest first. Returned oldest first.
 */
export function buildsToPrune(builds: readonly Build[], limit: number, keep: ReadonlySet<string>): Build[] {
  return buildsNewestFirst(builds.filter((build) => !keep.has(build.metadata.name ?? '')))
    .slice(limit)
    .reverse();
}

/** Content revisions to delete, by the same rule as Builds; `keep` holds the revisions kept Builds use. */
export function contentToPrune<T extends Dated>(
  configMaps: readonly T[],
  limit: number,
  keep: ReadonlySet<string>,
): T[] {
  return newestFirst(configMaps.filter((configMap) => !keep.has(configMap.metadata?.name ?? '')))
    .slice(limit)
    .reverse();
}
