// The documented global install (`make cli-install`, i.e. cli/scripts/install.ts): the bundled CLI packed
// and installed with `npm i -g` into a temporary prefix, then run from there, outside the workspace, as a
// person's shell would: --version, --help, and a signed-in command against a real API.

import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { VERSION } from '../src/program.ts';

const run = promisify(execFile);
const INSTALL = resolve(import.meta.dirname, '../scripts/install.ts');
let api: TestApi;
let prefix: string;
let installed: string;

beforeAll(async () => {
  api = await startTestApi();
  const work = await mkdtemp(join(tmpdir(), 'pagemagic-cli-install-'));
  prefix = join(work, 'prefix');
  const { stdout } = await run(process.execPath, [
    INSTALL,
    '--prefix',
    prefix,
    '--pack-dir',
    join(work, 'pack'),
  ]);
  installed = join(prefix, 'bin', 'pagemagic');
  expect(stdout).toContain(
    `Installed ${installed} (from ${join(work, 'pack', `pagemagic-cli-${VERSION}.tgz`)})`,
  );
}, 120_000);
afterAll(async () => {
  await api?.close();
});

/** Runs the installed command from a folder outside the checkout, with Node 24 first on PATH. */
async function installedCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('PAGEMAGIC_')),
  );
  const home = await mkdtemp(join(tmpdir(), 'pagemagic-cli-home-'));
  return run(installed, args, {
    cwd: home,
    env: {
      ...base,
      HOME: home,
      XDG_CONFIG_HOME: home,
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
      ...env,
    },
  });
}

describe('pagemagic installed globally from a packed tarball', () => {
  it('is a self-contained package: the bundle and its licences, no dependencies to fetch', async () => {
    const root = join(prefix, 'lib', 'node_modules', '@pagemagic', 'cli');
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: '@pagemagic/cli',
      version: VERSION,
      bin: { pagemagic: 'pagemagic.mjs' },
    });
    expect(manifest.dependencies).toBeUndefined();
    expect((await readdir(root)).sort()).toEqual([
      'THIRD_PARTY_LICENSES.txt',
      'chunks',
      'package.json',
      'pagemagic.mjs',
    ]);
    const licences = await readFile(join(root, 'THIRD_PARTY_LICENSES.txt'), 'utf8');
    expect(licences).toContain('commander@');
    expect(licences).toContain('@sinclair/typebox@');
  });

  it('answers --version and --help', async () => {
    expect((await installedCli(['--version'])).stdout).toBe(`${VERSION}\n`);
    const help = await installedCli(['--help']);
    expect(help.stdout).toMatch(/^Usage: pagemagic \[options\] \[command\]/);
    expect(help.stdout).toContain('sites');
    expect(help.stdout).toContain(
      'Exit codes: 0 ok, 1 failure, 2 usage error or cancelled, 4 not signed in.',
    );
  });

  it('talks to the API with the bundled client', async () => {
    const { user, tokens } = await api.signUp();
    const whoami = await installedCli(['whoami', '--json', 'email'], {
      PAGEMAGIC_API_URL: api.url,
      PAGEMAGIC_TOKEN: tokens.accessToken,
    });
    expect(JSON.parse(whoami.stdout)).toEqual({ email: user.email });
    const refused = await installedCli(['sites', 'create', '--prompt', 'A bakery', '--locale', 'xx'], {
      PAGEMAGIC_API_URL: api.url,
      PAGEMAGIC_TOKEN: tokens.accessToken,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error: .*xx/) });
  });
});
