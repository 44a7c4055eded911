// Completion of what exists, against a real API: the hidden `pagemagic __complete <source>` lists site
// ids, domain hosts and workspace ids with the stored sign-in, and says nothing at all (exit 0) without a
// sign-in or an API; then the generated bash script, sourced in a real bash with `pagemagic` on PATH,
// completes site ids and hosts from it.

import { execFile } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDomain } from '../../api/src/contract/domains.ts';
import { createSite } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { CLI_MAIN, type CliEnv, newConfigHome, runCli } from './helpers/run-cli.ts';
import { type SignedIn, signedInHome } from './helpers/signed-in.ts';

let api: TestApi;
let person: SignedIn;
let workspace: string;
const host = `www.complete-${Math.random().toString(36).slice(2, 8)}.example.com`;

beforeAll(async () => {
  api = await startTestApi();
  person = await signedInHome(api);
  const client = api.client(person.tokens);
  await client.call(createSite, { body: { name: 'cafe', prompt: 'A cafe in Lisbon' } });
  await client.call(createSite, { body: { name: 'bakery', prompt: 'A bakery in Porto' } });
  await client.call(addDomain, { params: { siteId: 'bakery' }, body: { host } });
  workspace = (await client.call(listWorkspaces)).items[0]?.id ?? '';
});
afterAll(async () => {
  await api?.close();
});

const complete = (source: string, env: CliEnv = person.env) => runCli(['__complete', source], env);

describe('pagemagic __complete', () => {
  it('lists site ids, domain hosts and workspace ids, one a line, and never a token', async () => {
    const sites = await complete('sites');
    expect(sites).toMatchObject({ code: 0, stderr: '' });
    expect(sites.stdout.split('\n').filter(Boolean).sort()).toEqual(['bakery', 'cafe']);
    expect(await complete('domains')).toMatchObject({ code: 0, stdout: `${host}\n`, stderr: '' });
    expect(await complete('workspaces')).toMatchObject({ code: 0, stdout: `${workspace}\n`, stderr: '' });
    for (const result of [sites, await complete('domains')]) {
      expect(result.stdout).not.toContain(person.tokens.accessToken);
      expect(result.stdout).not.toContain(person.tokens.refreshToken);
    }
  });

  it('prints nothing and exits 0 when not signed in, the API is down, the token is refused or the source is unknown', async () => {
    const silent = { code: 0, stdout: '', stderr: '' };
    const nobody = { configHome: await newConfigHome(), apiUrl: api.url };
    expect(await complete('sites', nobody)).toMatchObject(silent);
    const down = { ...person.env, apiUrl: `http://127.0.0.1:${await freePort()}` };
    expect(await complete('sites', down)).toMatchObject(silent);
    const refused = { ...nobody, extra: { PAGEMAGIC_TOKEN: 'not-a-token' } };
    expect(await complete('domains', refused)).toMatchObject(silent);
    expect(await complete('passwords')).toMatchObject(silent);
    expect(await runCli(['__complete'], person.env)).toMatchObject(silent);
  });
});

describe('the bash completion script with the real pagemagic', () => {
  it('completes site ids and domain hosts from the API', async () => {
    // `pagemagic` on PATH, as an installed CLI would be, pointed at the test API and the stored sign-in.
    const bin = await mkdtemp(join(tmpdir(), 'pagemagic-bin-'));
    await writeFile(join(bin, 'pagemagic'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_MAIN}" "$@"\n`);
    await chmod(join(bin, 'pagemagic'), 0o755);
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PAGEMAGIC_'))),
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      HOME: person.env.configHome,
      XDG_CONFIG_HOME: person.env.configHome,
      PAGEMAGIC_API_URL: api.url,
    };
    const bash = async (...words: string[]) => {
      const script = `source <(pagemagic completion bash)
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_pagemagic; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const { stdout } = await promisify(execFile)('bash', ['-c', script], { env });
      return stdout.split('\n').filter(Boolean);
    };
    expect((await bash('pagemagic', 'sites', 'view', '')).sort()).toEqual(['bakery', 'cafe']);
    expect(await bash('pagemagic', 'sites', 'open', 'ba')).toEqual(['bakery']);
    expect(await bash('pagemagic', 'domains', 'rm', '')).toEqual([host]);
    expect(await bash('pagemagic', 'domains', 'list', '--site', 'c')).toEqual(['cafe']);
  });
});
