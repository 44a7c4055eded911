// Daemonless OCI images: a site image is a base image plus one layer of rendered files, and a component
// image (operator, API, web app) is a few layers made from file trees, both pushed straight to a registry
// over the distribution API.

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
  type ImageLayer,
  type LayeredImageOptions,
  type LayeredImageResult,
  type PullLayerOptions,
  type PushResult,
  pullLayerFiles,
  pushLayeredImage,
  type ResolvedImage,
  type ResolveOptions,
  resolveImage,
  SITE_PREFIX,
} from './build-image.ts';
export { isSha256Digest, sha256Digest, verifyDigest } from './digest.ts';
export {
  type DockerConfig,
  dockerConfigCredentials,
  parseDockerConfig,
} from './docker-config.ts';
export { extractImage } from './extract-image.ts';
export {
  applyOverrides,
  extendConfig,
  type ImageConfigOverrides,
  type LayerHistory,
  newImageConfig,
} from './image-config.ts';
export {
  createLayer,
  createTreeLayer,
  deterministicGzip,
  LAYER_MEDIA_TYPE,
  type Layer,
  type LayerFile,
  type LayerOptions,
  layerEntries,
  layerFromBlob,
  readLayer,
  type TreeEntry,
  type TreeLayerOptions,
  treeLayerEntries,
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
  isLoopbackRegistry,
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
export { type ReadTreeOptions, readTree } from './tree.ts';
export { type AuthChallenge, parseWwwAuthenticate } from './www-authenticate.ts';
