// Websites for the fault tests, and what must hold once the operator has recovered from a fault: every
// Website Ready, exactly the content ConfigMaps and Builds its contents call for (no duplicates), each
// Build Succeeded, one Deployment, Service and Ingress each, and nothing left without a living owner.
// `faultProblems` is pure so that a failing run lists every problem at once.

import type { Build, ObjectMeta, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { contentConfigMapName, contentHashOf, LABEL_COMPONENT, LABEL_WEBSITE } from '@pagemagic/crds/content';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { smallSiteDocument } from '@pagemagic/hack/testkit/small-site';
import { buildName } from '../../src/controllers/website/resources.ts';
import { type KubeClient, resources } from '../../src/runtime/index.ts';

export { smallSiteDocument };

export function websiteObject(namespace: string, name: string, content: SiteDocument): Website {
  return {
    apiVersion: WEBSITES.apiVersion,
    kind: 'Website',
    metadata: { name, namespace },
    spec: {
      brief: { prompt: `A family bakery in Porto (${name})`, locales: ['en'], tone: 'friendly' },
      content: { inline: content },
    },
  };
}

/** `count` names such as `site-07`, sortable. */
export function siteNames(count: number, prefix = 'site'): string[] {
  const width = String(count - 1).length;
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(width, '0')}`);
}

/** Creates the Websites `concurrency` at a time; `onCreated` sees the running total. */
export async function createWebsites(
  client: KubeClient,
  websites: readonly Website[],
  concurrency: number,
  onCreated: (created: number) => void = () => {},
): Promise<void> {
  let next = 0;
  let created = 0;
  const worker = async () => {
    while (next < websites.length) {
      const website = websites[next++] as Website;
      await client.create(WEBSITES, website);
      created += 1;
      onCreated(created);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, websites.length) }, worker));
}

/** mulberry32: a small seeded PRNG, so a failing random schedule can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ready=True for the Website's current generation. */
export function isReady(website: Website): boolean {
  const generation = website.metadata.generation;
  const ready = website.status?.conditions?.find((c) => c.type === 'Ready');
  return (
    ready?.status === 'True' &&
    ready.observedGeneration === generation &&
    website.status?.observedGeneration === generation
  );
}

export interface Child {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  immutable?: boolean;
  spec?: { replicas?: number; template?: { spec?: { containers?: Array<{ image?: string }> } } };
}

export interface NamespaceSnapshot {
  websites: Website[];
  builds: Build[];
  configMaps: Child[];
  deployments: Child[];
  services: Child[];
  ingresses: Child[];
}

/** Everything of the kinds the Website controller writes, read straight from the API server. */
export async function snapshotNamespace(client: KubeClient, namespace: string): Promise<NamespaceSnapshot> {
  const list = async <T>(ref: Parameters<KubeClient['list']>[0]) =>
    (await client.list<T & { metadata?: ObjectMeta }>(ref, { namespace })).items as T[];
  const [websites, builds, configMaps, deployments, services, ingresses] = await Promise.all([
    list<Website>(WEBSITES),
    list<Build>(BUILDS),
    list<Child>(resources.configMaps),
    list<Child>(resources.deployments),
    list<Child>(resources.services),
    list<Child>(resources.ingresses),
  ]);
  return { websites, builds, configMaps, deployments, services, ingresses };
}

const sorted = (names: Iterable<string | undefined>) =>
  [...names].map((name) => name ?? '').sort((a, b) => a.localeCompare(b));
const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(a) === JSON.stringify(b);

// Every namespace gets this one from kube-controller-manager; it is nobody's child.
const NOT_OURS = new Set(['ConfigMap/kube-root-ca.crt']);

/**
 * Orphans: an object of the operator's kinds that names (by label) no existing Website, or whose one
 * controller ownerReference is not that Website (by name and uid).
 */
function orphanProblems(snapshot: NamespaceSnapshot): string[] {
  const problems: string[] = [];
  const websites = new Map(snapshot.websites.map((w) => [w.metadata.name ?? '', w]));
  const all: Array<[string, { metadata: ObjectMeta }]> = [
    ...snapshot.builds.map((o) => ['Build', o] as [string, Build]),
    ...snapshot.configMaps.map((o) => ['ConfigMap', o] as [string, Child]),
    ...snapshot.deployments.map((o) => ['Deployment', o] as [string, Child]),
    ...snapshot.services.map((o) => ['Service', o] as [string, Child]),
    ...snapshot.ingresses.map((o) => ['Ingress', o] as [string, Child]),
  ];
  for (const [kind, object] of all) {
    const id = `${kind}/${object.metadata.name}`;
    if (NOT_OURS.has(id)) continue;
    const label = object.metadata.labels?.[LABEL_WEBSITE];
    const owner = label === undefined ? undefined : websites.get(label);
    if (owner === undefined) {
      problems.push(`${id} is labelled for Website ${label ?? '(none)'}, which does not exist`);
      continue;
    }
    const controllers = (object.metadata.ownerReferences ?? []).filter((ref) => ref.controller);
    const valid =
      controllers.length === 1 &&
      controllers[0]?.kind === 'Website' &&
      controllers[0].name === owner.metadata.name &&
      controllers[0].uid === owner.metadata.uid;
    if (!valid) {
      problems.push(
        `${id} has no valid controller ownerReference to Website ${label}: ${JSON.stringify(controllers)}`,
      );
    }
  }
  return problems;
}

/**
 * Everything that is not as it must be after recovery. `expected` maps each Website to the contents it
 * has had, oldest first (the last is its current content); each content must have exactly one content
 * ConfigMap and one Build, named by its hash.
 */
export function faultProblems(
  snapshot: NamespaceSnapshot,
  expected: ReadonlyMap<string, readonly SiteDocument[]>,
  rendererVersion: string,
): string[] {
  const problems: string[] = [];
  const names = sorted(snapshot.websites.map((w) => w.metadata.name));
  if (!same(names, sorted(expected.keys()))) {
    problems.push(`Websites are ${names.join(',')}, expected ${sorted(expected.keys()).join(',')}`);
  }
  for (const website of snapshot.websites) {
    const name = website.metadata.name ?? '';
    const contents = expected.get(name) ?? [];
    const hashes = contents.map(contentHashOf);
    const wantMaps = sorted(hashes.map((hash) => contentConfigMapName(name, hash)));
    const wantBuilds = sorted(hashes.map((hash) => buildName(name, hash, rendererVersion)));
    const current = hashes.at(-1) ?? '';
    const currentMap = contentConfigMapName(name, current);
    const currentBuild = buildName(name, current, rendererVersion);

    if (!isReady(website)) {
      const ready = website.status?.conditions?.find((c) => c.type === 'Ready');
      problems.push(`Website ${name} is not Ready: ${ready?.reason ?? '-'}: ${ready?.message ?? '-'}`);
    }
    const maps = snapshot.configMaps.filter(
      (c) =>
        c.metadata.labels?.[LABEL_WEBSITE] === name && c.metadata.labels?.[LABEL_COMPONENT] === 'content',
    );
    const mapNames = sorted(maps.map((c) => c.metadata.name));
    if (!same(mapNames, wantMaps)) {
      problems.push(`Website ${name} has content ConfigMaps [${mapNames}], expected [${wantMaps}]`);
    }
    for (const map of maps) {
      if (map.immutable !== true) problems.push(`content ConfigMap ${map.metadata.name} is not immutable`);
    }
    const builds = snapshot.builds.filter((b) => b.spec.website === name);
    const buildNames = sorted(builds.map((b) => b.metadata.name));
    if (!same(buildNames, wantBuilds)) {
      problems.push(`Website ${name} has Builds [${buildNames}], expected [${wantBuilds}]`);
    }
    for (const build of builds) {
      if (build.status?.phase !== 'Succeeded' || !build.status.image) {
        problems.push(`Build ${build.metadata.name} is ${build.status?.phase ?? 'Pending'}, not Succeeded`);
      }
    }
    const status = website.status;
    if (status?.contentRevision !== currentMap || status?.latestBuild !== currentBuild) {
      problems.push(
        `Website ${name} status names content ${status?.contentRevision} and Build ${status?.latestBuild}, ` +
          `expected ${currentMap} and ${currentBuild}`,
      );
    }
    if (status?.liveBuild !== currentBuild) {
      problems.push(`Website ${name} serves Build ${status?.liveBuild}, expected ${currentBuild}`);
    }
    const live = builds.find((b) => b.metadata.name === currentBuild);
    for (const [kind, objects] of [
      ['Deployment', snapshot.deployments],
      ['Service', snapshot.services],
      ['Ingress', snapshot.ingresses],
    ] as const) {
      const mine = objects.filter((o) => o.metadata.labels?.[LABEL_WEBSITE] === name);
      if (mine.length !== 1 || mine[0]?.metadata.name !== name) {
        problems.push(
          `Website ${name} has ${kind}s [${sorted(mine.map((o) => o.metadata.name))}], expected [${name}]`,
        );
      }
    }
    const deployment = snapshot.deployments.find((d) => d.metadata.name === name);
    const image = deployment?.spec?.template?.spec?.containers?.[0]?.image;
    if (live?.status?.image && image !== live.status.image) {
      problems.push(`Deployment ${name} runs ${image}, expected the live Build's ${live.status.image}`);
    }
    const replicas = website.spec.hosting?.replicas ?? 1;
    if (deployment && deployment.spec?.replicas !== replicas) {
      problems.push(`Deployment ${name} has ${deployment.spec?.replicas} replicas, expected ${replicas}`);
    }
  }
  return [...problems, ...orphanProblems(snapshot)];
}
