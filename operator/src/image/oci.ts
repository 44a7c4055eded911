// The OCI image format's JSON documents (and the Docker v2 schema 2 ones registries still serve), with the
// checks needed before trusting one that came over the network.

export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const;

export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MediaTypes.ociManifest,
  MediaTypes.ociIndex,
  MediaTypes.dockerManifest,
  MediaTypes.dockerManifestList,
];

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  urls?: string[];
  annotations?: Record<string, string>;
  platform?: Platform;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
}

/** The `config` object inside an image config: what a container runtime starts the image with. */
export interface ContainerConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  [key: string]: unknown;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
  [key: string]: unknown;
}

export interface ImageConfig {
  created?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: HistoryEntry[];
  [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDescriptor(value: unknown, where: string): Descriptor {
  if (
    !isRecord(value) ||
    typeof value.mediaType !== 'string' ||
    typeof value.digest !== 'string' ||
    typeof value.size !== 'number' ||
    !Number.isSafeInteger(value.size) ||
    value.size < 0
  ) {
    throw new Error(`${where} is not a descriptor with mediaType, digest and size`);
  }
  return value as unknown as Descriptor;
}

export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MediaTypes.ociIndex || mediaType === MediaTypes.dockerManifestList;
}

/** Checks the shape of an image manifest (OCI or Docker schema 2) read from a registry. */
export function checkImageManifest(value: unknown, what: string): ImageManifest {
  if (!isRecord(value) || value.schemaVersion !== 2) {
    throw new Error(`${what} is not a schema version 2 image manifest`);
  }
  if (!Array.isArray(value.layers)) throw new Error(`${what} has no layers list`);
  checkDescriptor(value.config, `${what}'s config`);
  value.layers.forEach((layer, i) => {
    checkDescriptor(layer, `${what}'s layer ${i}`);
  });
  return value as unknown as ImageManifest;
}

export function checkImageIndex(value: unknown, what: string): ImageIndex {
  if (!isRecord(value) || value.schemaVersion !== 2 || !Array.isArray(value.manifests)) {
    throw new Error(`${what} is not a schema version 2 image index`);
  }
  value.manifests.forEach((manifest, i) => {
    checkDescriptor(manifest, `${what}'s manifest ${i}`);
  });
  return value as unknown as ImageIndex;
}

export function checkImageConfig(value: unknown, what: string): ImageConfig {
  if (!isRecord(value) || typeof value.os !== 'string' || typeof value.architecture !== 'string') {
    throw new Error(`${what} is not an image config with os and architecture`);
  }
  const rootfs = value.rootfs;
  if (
    !isRecord(rootfs) ||
    rootfs.type !== 'layers' ||
    !Array.isArray(rootfs.diff_ids) ||
    !rootfs.diff_ids.every((id) => typeof id === 'string')
  ) {
    throw new Error(`${what} has no rootfs of type 'layers' with diff_ids`);
  }
  if (value.config !== undefined && value.config !== null && !isRecord(value.config)) {
    throw new Error(`${what} has a config that is not an object`);
  }
  if (value.history !== undefined && !Array.isArray(value.history)) {
    throw new Error(`${what} has a history that is not a list`);
  }
  return value as unknown as ImageConfig;
}

function platformName(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** The index entry for `platform`; a wanted variant must match, an unwanted one is ignored. */
export function selectPlatform(index: ImageIndex, platform: Platform, what: string): Descriptor {
  const match = index.manifests.find(
    (m) =>
      m.platform?.os === platform.os &&
      m.platform.architecture === platform.architecture &&
      (platform.variant === undefined || m.platform.variant === platform.variant),
  );
  if (!match) {
    const offered = index.manifests
      .map((m) => (m.platform ? platformName(m.platform) : 'unknown'))
      .join(', ');
    throw new Error(`${what} has no image for ${platformName(platform)} (it has: ${offered || 'none'})`);
  }
  return match;
}

/** A base layer as an OCI manifest lists it: Docker media types become their OCI equivalents. */
export function toOciLayer(layer: Descriptor): Descriptor {
  const mediaType =
    layer.mediaType === MediaTypes.dockerLayerGzip
      ? MediaTypes.ociLayerGzip
      : layer.mediaType === MediaTypes.dockerForeignLayerGzip
        ? MediaTypes.ociLayerNondistributableGzip
        : layer.mediaType;
  const out: Descriptor = { mediaType, digest: layer.digest, size: layer.size };
  if (layer.urls) out.urls = layer.urls;
  if (layer.annotations) out.annotations = layer.annotations;
  return out;
}

/** Layers that registries must not copy; their blobs live at their `urls`. */
export function isForeignLayer(layer: Descriptor): boolean {
  return (
    layer.mediaType === MediaTypes.dockerForeignLayerGzip ||
    layer.mediaType.startsWith('application/vnd.oci.image.layer.nondistributable.')
  );
}
