// The base of every site image: pagemagic-static (a trimmed Caddy, built by hack/tools/build.sh) and a
// default config, in one layer. The Build adds a layer under /srv/site that holds the site and replaces
// /srv/site/_caddy.json with a config carrying the site's `_headers` rules, so the entrypoint needs no
// arguments from the Build. It runs as a non-root user on 8080, and writes nothing to the root filesystem.

import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import {
  configDescriptor,
  EPOCH,
  layerDescriptor,
  type PushResult,
  pushImage,
  RegistryClients,
  SITE_PREFIX,
} from './build-image.ts';
import { createLayer, type LayerFile } from './layer.ts';
import { DEFAULT_PLATFORM, type ImageConfig, type ImageManifest, MediaTypes, type Platform } from './oci.ts';
import { parseRepository } from './reference.ts';
import type { RegistryOptions } from './registry-client.ts';
import {
  STATIC_CONFIG_PATH,
  STATIC_LISTEN_ENV,
  STATIC_ROOT_ENV,
  staticServerConfigFile,
} from './static-server-config.ts';

export const BASE_SERVER_PATH = '/usr/bin/pagemagic-static';
export const BASE_USER = '65532:65532';
const PORT = 8080;
export const BASE_PORT = `${PORT}/tcp`;
/** The config the entrypoint reads: the base's default, replaced by each site's layer. */
export const BASE_CONFIG_PATH = `${SITE_PREFIX}${STATIC_CONFIG_PATH}`;

export interface BaseImageOptions {
  registry?: RegistryOptions;
  /** The repository to push to, e.g. `127.0.0.1:15000/pagemagic/site-base`. */
  target: string;
  tag?: string;
  /** The pagemagic-static binary for `platform` (hack/bin/pagemagic-static in this repository). */
  serverPath: string;
  platform?: Platform;
}

export interface BaseImageResult extends PushResult {
  layerDigest: string;
  diffId: string;
  timings: { layerMs: number; pushMs: number };
}

export function baseImageConfig(diffId: string, platform: Platform = DEFAULT_PLATFORM): ImageConfig {
  const config: ImageConfig = {
    created: EPOCH,
    architecture: platform.architecture,
    os: platform.os,
    config: {
      User: BASE_USER,
      ExposedPorts: { [BASE_PORT]: {} },
      Env: [
        'PATH=/usr/local/bin:/usr/bin:/bin',
        `${STATIC_LISTEN_ENV}=:${PORT}`,
        `${STATIC_ROOT_ENV}=${SITE_PREFIX}`,
      ],
      Entrypoint: [BASE_SERVER_PATH, 'run', '--config', BASE_CONFIG_PATH],
      WorkingDir: SITE_PREFIX,
      Labels: { 'dev.pagemagic.base': 'pagemagic-static' },
    },
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [
      { created: EPOCH, created_by: 'pagemagic base image: pagemagic-static and its default config' },
    ],
  };
  if (platform.variant !== undefined) config.variant = platform.variant;
  return config;
}

/** The base layer's files: the server and a config with no `_headers` rules. */
export function baseImageFiles(server: Uint8Array): Map<string, LayerFile> {
  return new Map([
    [BASE_SERVER_PATH, { body: server, mode: 0o755 }],
    [BASE_CONFIG_PATH, { body: staticServerConfigFile([]) }],
  ]);
}

/** Pushes the base image built from the server at `serverPath`; the same binary gives the same digest. */
export async function createBaseImage(options: BaseImageOptions): Promise<BaseImageResult> {
  const target = parseRepository(options.target);
  const server = await readFile(options.serverPath).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read the static server at ${options.serverPath}: ${error.message}`, {
      cause: error,
    });
  });
  const layerStarted = performance.now();
  const layer = createLayer(baseImageFiles(server));
  const layerMs = performance.now() - layerStarted;

  const pushStarted = performance.now();
  const configBytes = Buffer.from(JSON.stringify(baseImageConfig(layer.diffId, options.platform)));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: configDescriptor(configBytes),
    layers: [layerDescriptor(layer)],
  };
  const pushed = await pushImage(new RegistryClients(options.registry ?? {}), target, options.tag, manifest, [
    { descriptor: manifest.config, source: { bytes: configBytes } },
    { descriptor: layerDescriptor(layer), source: { bytes: layer.blob } },
  ]);
  return {
    ...pushed,
    layerDigest: layer.digest,
    diffId: layer.diffId,
    timings: { layerMs, pushMs: performance.now() - pushStarted },
  };
}
