// Unpacks every layer of an image into a folder, as a container runtime would (a later layer's file
// replaces an earlier one's), so the image's own server can run from it without a runtime: hack/dev.sh
// serves the demo site this way, the static server's tests run the image they pushed, and the component
// images' smoke tests chroot into what this unpacks. Files, folders and symbolic links, which is all Page
// Magic's images hold; hard links and whiteouts are refused rather than unpacked wrongly. A link may point
// anywhere (inside a chroot, '/lib' means the image's own), but nothing is ever written through one, so a
// layer cannot reach outside the folder.

import { chmod, lstat, mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ResolvedImage, type ResolveOptions, resolveImage } from './build-image.ts';
import { verifyDigest } from './digest.ts';
import { layerTar, pathSegments } from './layer.ts';
import { RegistryClient } from './registry-client.ts';
import { readTar } from './tar.ts';

const WHITEOUT = '.wh.';

/** Throws when a folder on the way to `segments` is a symlink: writing through it could leave `directory`. */
async function refuseLinkedParents(directory: string, segments: readonly string[], where: string) {
  for (let i = 1; i < segments.length; i++) {
    const parent = join(directory, ...segments.slice(0, i));
    const stats = await lstat(parent).catch(() => undefined);
    if (stats?.isSymbolicLink()) {
      throw new Error(
        `${where}: '/${segments.join('/')}' lies under the symlink '/${segments.slice(0, i).join('/')}'`,
      );
    }
  }
}

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
        throw new Error(
          `${where}: '/${entry.path}' is a whiteout; only files, folders and symlinks are supported`,
        );
      }
      await refuseLinkedParents(directory, segments, where);
      if (entry.type === 'directory') {
        const existing = await lstat(target).catch(() => undefined);
        if (existing && !existing.isDirectory()) await rm(target, { force: true });
        await mkdir(target, { recursive: true });
        await chmod(target, entry.mode & 0o7777);
      } else if (entry.type === 'symlink') {
        await mkdir(parent, { recursive: true });
        await rm(target, { recursive: true, force: true });
        await symlink(entry.linkname, target);
      } else if (entry.type === 'file') {
        await mkdir(parent, { recursive: true });
        await rm(target, { recursive: true, force: true });
        await writeFile(target, entry.body, { mode: entry.mode & 0o7777 });
        await chmod(target, entry.mode & 0o7777);
        // The layer's times, so a server sees the files exactly as in a container (no validators at mtime 0).
        await utimes(target, entry.mtime, entry.mtime);
      } else {
        throw new Error(
          `${where}: '/${entry.path}' is a ${entry.type}; only files, folders and symlinks are supported`,
        );
      }
    }
  }
  return image;
}
