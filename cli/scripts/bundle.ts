// Builds pagemagic into plain JavaScript with esbuild: a small entry (pagemagic.mjs) and the chunk it
// imports, with commander, the API's contracts and client and TypeBox inside. Run from source, each start
// strips the types of ~40 .ts files and resolves ~300 modules (most of them TypeBox's); the bundle does
// neither, and needs nothing of the workspace, so it is also what `make cli-install` packs.
//
//   node cli/scripts/bundle.ts --out-dir <dir>

import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

export const CLI_DIR = resolve(import.meta.dirname, '..');

/** Bundles the CLI into `outDir` (emptied first) and returns the path of its entry, pagemagic.mjs. */
export async function bundleCli(outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { pagemagic: join(CLI_DIR, 'src/main.ts') },
    bundle: true,
    // main.ts imports the CLI dynamically after switching the compile cache on; splitting keeps that a
    // second file, so the cache serves it.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const entry = join(outDir, 'pagemagic.mjs');
  await chmod(entry, 0o755);
  await writeFile(join(outDir, 'THIRD_PARTY_LICENSES.txt'), await thirdPartyLicenses(result.metafile.inputs));
  return entry;
}

/** The licence text of every npm package whose code went into the bundle (the MIT licence asks for it). */
async function thirdPartyLicenses(inputs: Record<string, unknown>): Promise<string> {
  const packages = new Set<string>();
  for (const input of Object.keys(inputs)) {
    const match = input.match(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (match?.[1] && !match[1].startsWith('@pagemagic/')) packages.add(match[1]);
  }
  const sections: string[] = [];
  for (const name of [...packages].sort()) {
    const dir = join(CLI_DIR, '..', 'node_modules', name);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license?: string;
    };
    let text: string | undefined;
    for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']) {
      text = await readFile(join(dir, file), 'utf8').catch(() => undefined);
      if (text) break;
    }
    if (!text) {
      throw new Error(
        `${name} is bundled into pagemagic but ships no LICENSE file: add its licence text to cli/scripts/bundle.ts`,
      );
    }
    sections.push(`${name}@${manifest.version} (${manifest.license ?? 'see below'})\n\n${text.trim()}\n`);
  }
  return `pagemagic bundles the following packages.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  const outDir = values['out-dir'];
  if (!outDir) {
    process.stderr.write('error: pass --out-dir <dir>, the folder to write the bundle to\n');
    process.exit(2);
  }
  process.stdout.write(`${await bundleCli(resolve(outDir))}\n`);
}
