// A folder on disk as a file tree for a layer (createTreeLayer): files, folders and symbolic links, in
// a form that does not depend on the machine that read it. Permission bits are reduced to 0755 for
// anything executable and 0644 otherwise, owners become root and times are left out, so the same
// contents give the same layer whatever the umask, the user or the clock of the build.

import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathSegments, type TreeEntry } from './layer.ts';

export interface ReadTreeOptions {
  /** Where the folder's contents go in the image, e.g. '/app'; '/' by default. */
  into?: string;
  /** Leaves out an entry (and everything under a folder) given its '/'-separated path in the folder. */
  exclude?: (relativePath: string) => boolean;
}

const EXECUTABLE = 0o111;

/** Reads `directory` into `tree` (a new map unless given), keyed by absolute path in the image. */
export async function readTree(
  directory: string,
  options: ReadTreeOptions = {},
  tree: Map<string, TreeEntry> = new Map(),
): Promise<Map<string, TreeEntry>> {
  const into = pathSegments(options.into ?? '/', 'the tree destination');
  const walk = async (relative: string[]): Promise<void> => {
    const names = (await readdir(join(directory, ...relative))).sort();
    for (const name of names) {
      const segments = [...relative, name];
      const path = segments.join('/');
      if (options.exclude?.(path)) continue;
      const source = join(directory, ...segments);
      const target = `/${[...into, ...segments].join('/')}`;
      const stats = await lstat(source);
      if (stats.isSymbolicLink()) {
        tree.set(target, { type: 'symlink', target: await readlink(source) });
      } else if (stats.isDirectory()) {
        tree.set(target, { type: 'directory' });
        await walk(segments);
      } else if (stats.isFile()) {
        const mode = (stats.mode & EXECUTABLE) !== 0 ? 0o755 : 0o644;
        tree.set(target, { type: 'file', body: await readFile(source), mode });
      } else {
        throw new Error(`${source} is neither a file, a folder nor a symlink; an image layer cannot hold it`);
      }
    }
  };
  await walk([]);
  return tree;
}
