// Installs pagemagic globally from this checkout (`make cli-install`). `npm pack` of the cli workspace
// would leave out @pagemagic/api and @pagemagic/crds (workspace packages are not on the registry), so the
// bundle is packed instead, with a package.json of its own that depends on nothing, and the tarball is
// installed with `npm i -g`.
//
//   node cli/scripts/install.ts [--prefix <dir>] [--pack-dir <dir>] [--pack-only]
//
// --prefix installs under <dir> (bin/pagemagic) instead of npm's global prefix; the tarball is written to
// --pack-dir (default .local/cli); --pack-only prints its path and installs nothing.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { bundleCli, CLI_DIR } from './bundle.ts';

const run = promisify(execFile);

/** npm beside the Node running this script, so the install uses (and is checked against) Node 24. */
function npm(): { file: string; env: NodeJS.ProcessEnv } {
  const bin = dirname(process.execPath);
  const file = existsSync(join(bin, 'npm')) ? join(bin, 'npm') : 'npm';
  return { file, env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` } };
}

/** Bundles the CLI, packs it with a dependency-free package.json into `outDir` and returns the tarball. */
export async function packCli(outDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(CLI_DIR, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    description: string;
  };
  const staging = await mkdtemp(join(tmpdir(), 'pagemagic-cli-pack-'));
  try {
    await bundleCli(staging);
    await writeFile(
      join(staging, 'package.json'),
      `${JSON.stringify(
        {
          name: manifest.name,
          version: manifest.version,
          description: manifest.description,
          type: 'module',
          bin: { pagemagic: 'pagemagic.mjs' },
          engines: { node: '>=24' },
        },
        null,
        2,
      )}\n`,
    );
    await mkdir(outDir, { recursive: true });
    const { file, env } = npm();
    const { stdout } = await run(file, ['pack', '--json', '--pack-destination', outDir], {
      cwd: staging,
      env,
    });
    const [packed] = JSON.parse(stdout) as Array<{ filename: string }>;
    if (!packed) throw new Error(`npm pack wrote no tarball: ${stdout}`);
    return join(outDir, packed.filename);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Installs the tarball with `npm i -g` and returns the installed command's path. */
export async function installCli(tarball: string, prefix?: string): Promise<string> {
  const { file, env } = npm();
  const prefixArgs = prefix ? ['--prefix', prefix] : [];
  await run(file, ['install', '--global', '--no-audit', '--no-fund', ...prefixArgs, tarball], { env });
  const root = prefix ?? (await run(file, ['prefix', '--global'], { env })).stdout.trim();
  // npm links global commands into <prefix>/bin on Unix and into <prefix> itself on Windows.
  return process.platform === 'win32' ? join(root, 'pagemagic.cmd') : join(root, 'bin', 'pagemagic');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      prefix: { type: 'string' },
      'pack-dir': { type: 'string', default: resolve(CLI_DIR, '..', '.local', 'cli') },
      'pack-only': { type: 'boolean', default: false },
    },
  });
  const tarball = await packCli(resolve(values['pack-dir']));
  if (values['pack-only']) {
    process.stdout.write(`${tarball}\n`);
  } else {
    const installed = await installCli(tarball, values.prefix ? resolve(values.prefix) : undefined);
    // The PATH seen here is make's (with its Node first), not the shell's: say where it went either way.
    process.stdout.write(
      `Installed ${installed} (from ${tarball}).\nIf your shell does not find pagemagic, add ${dirname(installed)} to PATH, or run it by that path.\n`,
    );
  }
}
