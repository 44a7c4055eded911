// Daemonless OCI images: a site image is a base image plus one layer of rendered files, pushed straight to a
// registry over the distribution API.

export {
  BASE_CONFIG_PATH,
  BASE_PORT,
  BASE_SERVER_PATH,
  BASE_USER,
  type BaseImageOptions,
  type BaseImageResult,
  baseImageConfig,
  baseImageFiles,
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
export { extractImage } from './extract-image.ts';
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
export {
  DEFAULT_CONTENT_TYPE,
  HIDDEN_PATHS,
  STATIC_CONFIG_PATH,
  STATIC_CONTENT_TYPES,
  STATIC_LISTEN_ENV,
  STATIC_ROOT_ENV,
  staticServerConfig,
  staticServerConfigFile,
} from './static-server-config.ts';
export { readTar, type TarEntry, type TarWriteEntry, writeTar } from './tar.ts';
export { type AuthChallenge, parseWwwAuthenticate } from './www-authenticate.ts';
