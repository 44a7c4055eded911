// Daemonless OCI images: a site image is a base image plus one layer of rendered files, pushed straight to a
// registry over the distribution API.

export {
  BASE_MARKER_PATH,
  BASE_PORT,
  BASE_SERVER_PATH,
  BASE_USER,
  type BaseImageOptions,
  type BaseImageResult,
  baseImageConfig,
  createBaseImage,
} from './base-image.ts';
export {
  type BuildImageOptions,
  type BuildImageResult,
  buildImage,
  EPOCH,
  type PullLayerOptions,
  type PushResult,
  pullLayerFiles,
  type ResolvedImage,
  type ResolveOptions,
  resolveImage,
  SITE_PREFIX,
} from './build-image.ts';
export { isSha256Digest, sha256Digest, verifyDigest } from './digest.ts';
export {
  applyOverrides,
  extendConfig,
  type ImageConfigOverrides,
  type LayerHistory,
} from './image-config.ts';
export {
  createLayer,
  deterministicGzip,
  LAYER_MEDIA_TYPE,
  type Layer,
  type LayerFile,
  type LayerOptions,
  layerEntries,
  readLayer,
} from './layer.ts';
export {
  type ContainerConfig,
  DEFAULT_PLATFORM,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  MediaTypes,
  type Platform,
} from './oci.ts';
export {
  formatReference,
  type ImageReference,
  parseReference,
  parseRepository,
  type Repository,
} from './reference.ts';
export {
  type FetchedManifest,
  type FetchLike,
  RegistryClient,
  type RegistryCredentials,
  RegistryError,
  type RegistryErrorDetail,
  type RegistryOptions,
} from './registry-client.ts';
export { readTar, type TarEntry, type TarWriteEntry, writeTar } from './tar.ts';
export { type AuthChallenge, parseWwwAuthenticate } from './www-authenticate.ts';
