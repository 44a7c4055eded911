// The web app for its image: Next.js's standalone output (server.js and just the node_modules files it
// traced), its static assets and public folder. web/next.config.ts switches to `output: 'standalone'`
// and a folder of its own only when PAGEMAGIC_WEB_IMAGE_DIST_DIR is set, so `make dev`'s and the tests'
// `next build` + `next start` are untouched. A build takes minutes, so it is skipped when nothing it reads
// (the web app, the workspace packages it compiles, the lockfile) changed since the last one.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { readTree, type TreeEntry } from '@pagemagic/operator/image';
import { APP_DIR } from './bundle.ts';

const run = promisify(execFile);

/** What `next build` reads: the web app and the workspace packages it transpiles, and the lockfile. */
const INPUTS = ['web', 'api/src', 'crds/src', 'operator/src', 'package-lock.json', 'package.json'];

async function inputsHash(root: string): Promise<string> {
  const { stdout } = await run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...INPUTS],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const hash = createHash('sha256');
  for (const file of [...new Set(stdout.split('\0').filter(Boolean))].sort()) {
    const body = await readFile(join(root, file)).catch(() => undefined);
    // A file deleted but not yet staged is gone from the build too.
    if (body === undefined) continue;
    hash.update(`${file}\0${body.length}\0`).update(body);
  }
  return hash.digest('hex');
}

export interface WebBuild {
  tree: Map<string, TreeEntry>;
  /** False when the previous standalone output was still current. */
  built: boolean;
}

export async function buildWebApp(
  root: string,
  distDir: string,
  log: (line: string) => void,
): Promise<WebBuild> {
  const stampPath = join(distDir, 'pagemagic-image-inputs');
  const inputs = await inputsHash(root);
  const current =
    existsSync(join(distDir, 'standalone', 'web', 'server.js')) &&
    (await readFile(stampPath, 'utf8').catch(() => '')) === inputs;
  if (!current) {
    log('building the web app (next build, standalone output)');
    try {
      await run(process.execPath, [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
        cwd: join(root, 'web'),
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PAGEMAGIC_WEB_IMAGE_DIST_DIR: distDir },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(
        `next build failed:\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}`,
      );
    }
    await writeFile(stampPath, inputs);
  }
  const standalone = join(distDir, 'standalone');
  if (!existsSync(join(standalone, 'web', 'server.js'))) {
    throw new Error(
      `next build wrote no ${join(standalone, 'web', 'server.js')}: is output: 'standalone' still set in web/next.config.ts for PAGEMAGIC_WEB_IMAGE_DIST_DIR?`,
    );
  }
  const tree = await readTree(standalone, { into: APP_DIR });
  // server.js serves /_next/static from the build folder and /public from the app's folder, at the same
  // places relative to itself as in the repository.
  await readTree(join(distDir, 'static'), { into: `${APP_DIR}/${relative(root, distDir)}/static` }, tree);
  if (existsSync(join(root, 'web', 'public'))) {
    await readTree(join(root, 'web', 'public'), { into: `${APP_DIR}/web/public` }, tree);
  }
  tree.set(`${APP_DIR}/web.mjs`, {
    type: 'file',
    body: Buffer.from(
      "// The web app's entry point: Next.js's standalone server (PORT, default 3000; HOSTNAME, default 0.0.0.0).\nimport './web/server.js';\n",
    ),
  });
  return { tree, built: !current };
}
