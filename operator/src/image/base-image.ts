// A stand-in for the site image's base, for tests and the local default.
//
// The real base is a small static web server, built in a later task. Whatever it is, a site image built on
// it must work with these settings, so the real base has to provide exactly this contract:
//   - the server at /usr/bin/pagemagic-static, started by the entrypoint with no arguments;
//   - it serves the files under /srv/site (the builder's default prefix), and applies the response headers
//     in /srv/site/_headers (the renderer writes the site's Content-Security-Policy there);
//   - it listens on 8080 and runs as the non-root user 65532:65532.
// This stand-in has the same config, but its only file is /etc/pagemagic-base: it holds no server, so a
// container started from it (or from a site image built on it) does not run. It exists so tests can push
// a base into a local registry and build real site images on it.

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
import { createLayer } from './layer.ts';
import { DEFAULT_PLATFORM, type ImageConfig, type ImageManifest, MediaTypes, type Platform } from './oci.ts';
import { parseRepository } from './reference.ts';
import type { RegistryOptions } from './registry-client.ts';

export const BASE_SERVER_PATH = '/usr/bin/pagemagic-static';
export const BASE_USER = '65532:65532';
export const BASE_PORT = '8080/tcp';
export const BASE_MARKER_PATH = '/etc/pagemagic-base';

export interface BaseImageOptions {
  registry?: RegistryOptions;
  /** The repository to push to, e.g. `127.0.0.1:15000/pagemagic/static-base`. */
  target: string;
  tag?: string;
  /** Written into /etc/pagemagic-base; changing it changes the digest. */
  version?: string;
  platform?: Platform;
}

export interface BaseImageResult extends PushResult {
  layerDigest: string;
  diffId: string;
  timings: { layerMs: number; pushMs: number };
}

/** The stand-in base's config: the contract the real base must honour (see the top of this file). */
export function baseImageConfig(diffId: string, platform: Platform = DEFAULT_PLATFORM): ImageConfig {
  const config: ImageConfig = {
    created: EPOCH,
    architecture: platform.architecture,
    os: platform.os,
    config: {
      User: BASE_USER,
      ExposedPorts: { [BASE_PORT]: {} },
      Env: ['PATH=/usr/local/bin:/usr/bin:/bin'],
      Entrypoint: [BASE_SERVER_PATH],
      WorkingDir: SITE_PREFIX,
      Labels: { 'dev.pagemagic.base': 'stand-in' },
    },
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [{ created: EPOCH, created_by: 'pagemagic stand-in base image' }],
  };
  if (platform.variant !== undefined) config.variant = platform.variant;
  return config;
}

/** Pushes the stand-in base image (see the top of this file) and returns where it is. */
export async function createBaseImage(options: BaseImageOptions): Promise<BaseImageResult> {
  const target = parseRepository(options.target);
  const layerStarted = performance.now();
  const marker = `pagemagic stand-in base ${options.version ?? '0'}\n`;
  const layer = createLayer(new Map([[BASE_MARKER_PATH, { body: Buffer.from(marker) }]]));
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
