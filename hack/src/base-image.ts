// Pushes the site images' base (hack/bin/pagemagic-static and its default config) to the local registry,
// at the reference the operator uses by default. `make base-image`, the integration tests' global setup
// and hack/dev.sh run it. Gzipping the server takes seconds, so a stamp in the local folder records what
// was pushed: while the binary is the same and the registry still holds that image, nothing is redone.
//   node hack/src/base-image.ts

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  baseImageConfig,
  createBaseImage,
  resolveImage,
  staticServerConfigFile,
} from '@pagemagic/operator/image';
import { DEFAULT_BASE_REPOSITORY, DEFAULT_BASE_TAG } from '../../operator/src/config.ts';
import { type Env, repoRoot } from '../testkit/env.ts';
import { testServerSettings } from '../testkit/test-servers.ts';

export const STATIC_SERVER_PATH = join(repoRoot, 'hack', 'bin', 'pagemagic-static');

export interface BaseImagePush {
  /** `host:port/pagemagic/site-base:1`, what the operator's default config names. */
  reference: string;
  digest: string;
  /** False when the registry already held this image and nothing was sent. */
  pushed: boolean;
}

interface Stamp {
  /** The hash of everything the image is made of: the server, the default config, the image config. */
  inputs: string;
  reference: string;
  digest: string;
}

export function baseImageTarget(env: Env = process.env): { repository: string; tag: string } {
  return {
    repository: `${testServerSettings(env).registryHost}/${DEFAULT_BASE_REPOSITORY}`,
    tag: DEFAULT_BASE_TAG,
  };
}

async function readServer(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `${path} is missing (${(error as Error).message}): build it with 'make tools' (bash hack/tools/build.sh)`,
    );
  }
}

async function readStamp(path: string): Promise<Stamp | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

async function registryDigest(reference: string): Promise<string | undefined> {
  try {
    return (await resolveImage(reference)).digest;
  } catch {
    return undefined;
  }
}

export async function pushBaseImage(
  env: Env = process.env,
  serverPath = STATIC_SERVER_PATH,
): Promise<BaseImagePush> {
  const { repository, tag } = baseImageTarget(env);
  const reference = `${repository}:${tag}`;
  const inputs = createHash('sha256')
    .update(await readServer(serverPath))
    .update(staticServerConfigFile([]))
    .update(JSON.stringify(baseImageConfig('')))
    .digest('hex');
  const stampPath = join(testServerSettings(env).localDir, 'base-image.json');
  const stamp = await readStamp(stampPath);
  if (stamp?.inputs === inputs && stamp.reference === reference) {
    if ((await registryDigest(reference)) === stamp.digest)
      return { reference, digest: stamp.digest, pushed: false };
  }
  const result = await createBaseImage({ target: repository, tag, serverPath });
  await mkdir(testServerSettings(env).localDir, { recursive: true });
  await writeFile(
    stampPath,
    `${JSON.stringify({ inputs, reference, digest: result.digest } satisfies Stamp)}\n`,
  );
  return { reference, digest: result.digest, pushed: true };
}

if (import.meta.main) {
  const started = performance.now();
  try {
    const { reference, digest, pushed } = await pushBaseImage();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`base image ${reference} (${digest}): ${pushed ? `pushed in ${seconds}s` : 'up to date'}`);
  } catch (error) {
    console.error(`base-image: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
