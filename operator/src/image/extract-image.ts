// Unpacks every layer of an image into a folder, as a container runtime would (a later layer's file
// replaces an earlier one's), so the image's own server can run from it without a runtime: hack/dev.sh
// serves the demo site this way, and the static server's tests run the image they pushed. Regular files
// and folders only, which is all Page Magic's images hold; links and whiteouts are refused rather than
// unpacked wrongly.

import { chmod, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ResolvedImage, type ResolveOptions, resolveImage } from './build-image.ts';
import { verifyDigest } from './digest.ts';
import { layerTar, pathSegments } from './layer.ts';
import { RegistryClient } from './registry-client.ts';
import { readTar } from './tar.ts';

const WHITEOUT = '.wh.';

/** Unpacks `reference` into `directory` (which it creates) and returns the image it read. */
export async function extractImage(
  reference: string,
  directory: string,
  options: ResolveOptions = {},
): Promise<ResolvedImage> {
  const image = await resolveImage(reference, options);
  const client = new RegistryClient(image.reference.registry, options.registry ?? {});
  await mkdir(directory, { recursive: true });
  for (const [index, layer] of image.manifest.layers.entries()) {
    const tar = layerTar(await client.getBlob(image.reference.repository, layer.digest));
    verifyDigest(tar, image.config.rootfs.diff_ids[index] ?? '', `layer ${index} of ${reference}`);
    for (const entry of readTar(tar)) {
      const where = `layer ${index} of ${reference}`;
      const segments = pathSegments(entry.path, `${where}: the path`);
      const target = join(directory, ...segments);
      const parent = join(directory, ...segments.slice(0, -1));
      if (segments.at(-1)?.startsWith(WHITEOUT)) {
        throw new Error(`${where}: '/${entry.path}' is a whiteout; only files and folders are supported`);
      } else if (entry.type === 'directory') {
        await mkdir(target, { recursive: true });
        await chmod(target, entry.mode & 0o7777);
      } else if (entry.type === 'file') {
        await mkdir(parent, { recursive: true });
        await rm(target, { recursive: true, force: true });
        await writeFile(target, entry.body, { mode: entry.mode & 0o7777 });
        await chmod(target, entry.mode & 0o7777);
        // The layer's times, so a server sees the files exactly as in a container (no validators at mtime 0).
        await utimes(target, entry.mtime, entry.mtime);
      } else {
        throw new Error(
          `${where}: '/${entry.path}' is a ${entry.type}; only files and folders are supported`,
        );
      }
    }
  }
  return image;
}
