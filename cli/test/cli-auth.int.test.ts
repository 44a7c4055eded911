// The CLI's sign-in and failure classes as a real process against a real API whose access tokens live
// two seconds: stored sign-ins refresh transparently (also with two processes at once), a revoked one
// asks for pagemagic login with exit 4, usage mistakes exit 2, missing things exit 1.

import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiClientError } from '@pagemagic/api/client';
import { logout, refresh } from '@pagemagic/api/contract/auth';
import { getProfile } from '@pagemagic/api/contract/profile';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { type CliEnv, newConfigHome, runCli, startCli, tsv, waitForStderr } from './helpers/run-cli.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ env: { PAGEMAGIC_ACCESS_TOKEN_SECONDS: '2' } });
});
afterAll(async () => {
  await api?.close();
});

/** A config home holding a stored sign-in for a new user, as pagemagic login would leave it. */
async function signedInHome(): Promise<{ env: CliEnv; email: string; refreshToken: string; path: string }> {
  const { user, tokens } = await api.signUp();
  const configHome = await newConfigHome();
  await mkdir(join(configHome, 'pagemagic'), { recursive: true, mode: 0o700 });
  const path = join(configHome, 'pagemagic', 'config.json');
  await writeFile(
    path,
    JSON.stringify({
      apiUrl: api.url,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      userId: user.id,
    }),
    { mode: 0o600 },
  );
  return { env: { configHome, apiUrl: api.url }, email: user.email, refreshToken: tokens.refreshToken, path };
}

const stored = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
const expired = () => new Promise((resolve) => setTimeout(resolve, 2500));

describe('usage errors exit 2', () => {
  it('for an unknown command, a missing required option and a bad choice', async () => {
    const env = { configHome: await newConfigHome(), apiUrl: api.url };
    const unknown = await runCli(['sitez', 'list'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'sitez'");
    expect(unknown.stderr).toContain('Did you mean sites?');
    const missing = await runCli(['sites', 'create'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--prompt <text>' not specified");
    const shell = await runCli(['completion', 'powershell'], env);
    expect(shell.code).toBe(2);
    expect(shell.stderr).toContain('Allowed choices are bash, zsh, fish');
    const noVerb = await runCli(['domains'], env);
    expect(noVerb.code).toBe(2);
    expect(noVerb.stderr).toContain('verify [options] <host>');
  });

  it('for an unknown --json field, listing the valid ones, before anything is asked of the API', async () => {
    const { env } = await signedInHome();
    const result = await runCli(['sites', 'view', 'anything', '--json', 'id,colour'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown JSON field "colour"; valid fields: id, name, prompt, locales');
    expect(result.stdout).toBe('');
  });

  it('for a section rewrite without an instruction, and a destructive command without --yes and no terminal', async () => {
    const { env } = await signedInHome();
    const regenerate = await runCli(['sites', 'regenerate', 'bakery', '--section', 'hero'], env);
    expect(regenerate.code).toBe(2);
    expect(regenerate.stderr).toContain('--instruction');
    const remove = await runCli(['sites', 'delete', 'bakery'], env);
    expect(remove.code).toBe(2);
    expect(remove.stderr).toContain('pass --yes');
    const domain = await runCli(['domains', 'rm', 'www.example.com'], env);
    expect(domain.code).toBe(2);
    expect(domain.stderr).toContain('pass --yes');
  });

  it('when a waiting login is cancelled with Ctrl-C', async () => {
    const env = { configHome: await newConfigHome(), apiUrl: api.url };
    const login = startCli(['login', '--email', `cancel-${Date.now()}@h8-cli.example.com`], env);
    await waitForStderr(login, /Check your email/);
    login.child.kill('SIGINT');
    const result = await login.result;
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cancelled.');
    await expect(stat(join(env.configHome, 'pagemagic', 'config.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('not signed in exits 4', () => {
  it('with no stored sign-in, saying to run pagemagic login', async () => {
    const env = { configHome: await newConfigHome(), apiUrl: api.url };
    const result = await runCli(['sites', 'list'], env);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('You are not signed in: run pagemagic login --email');
  });

  it('with a PAGEMAGIC_TOKEN the API refuses: forged, or expired (it is never refreshed)', async () => {
    const env = { configHome: await newConfigHome(), apiUrl: api.url };
    const { tokens } = await api.signUp();
    for (const token of ['eyJhbGciOiJub25lIn0.e30.', tokens.accessToken]) {
      if (token === tokens.accessToken) await expired();
      const result = await runCli(['whoami'], { ...env, extra: { PAGEMAGIC_TOKEN: token } });
      expect(result.code).toBe(4);
      expect(result.stderr).toContain('The API refused PAGEMAGIC_TOKEN');
      expect(result.stderr).toContain('unset it and run pagemagic login');
    }
  });

  it('when the stored sign-in was revoked, and forgets the dead tokens', async () => {
    const { env, refreshToken, path } = await signedInHome();
    await api.client().call(logout, { body: { refreshToken } });
    const result = await runCli(['whoami'], env);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Your sign-in has ended');
    expect(result.stderr).toContain('run pagemagic login');
    const left = await stored(path);
    expect(left.refreshToken).toBeUndefined();
    expect(left.accessToken).toBeUndefined();
    expect((await runCli(['whoami'], env)).code).toBe(4);
  });
});

describe('a stored sign-in refreshes itself', () => {
  it('after the access token expired, storing the new pair 0600 and spending the old refresh token', async () => {
    const { env, email, refreshToken, path } = await signedInHome();
    const before = await stored(path);
    await expired();
    const result = await runCli(['whoami'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tsv(result.stdout)).toContainEqual(['email', email]);
    const after = await stored(path);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(refreshToken);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    // The old refresh token was really spent: the API refuses it now (and that ends the family).
    const reused = await api
      .client()
      .call(refresh, { body: { refreshToken } })
      .catch((error: unknown) => error);
    expect(reused).toBeInstanceOf(ApiClientError);
    expect((reused as ApiClientError).status).toBe(401);
  });

  it('in two processes at once without spending the same refresh token twice (which would end the sign-in)', async () => {
    const { env, path } = await signedInHome();
    await expired();
    const results = await Promise.all([
      runCli(['whoami'], env),
      runCli(['whoami'], env),
      runCli(['whoami'], env),
    ]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
    // The family is intact: the stored token is current and works.
    const { accessToken } = await stored(path);
    const profile = await api.client({ accessToken: accessToken ?? '' }).call(getProfile);
    expect(profile.id).toBeTruthy();
    expect((await runCli(['whoami'], env)).code).toBe(0);
  });
});

describe('failures exit 1 and say what to do', () => {
  it('for a site, build or domain that is not there', async () => {
    const { env } = await signedInHome();
    const site = await runCli(['sites', 'view', 'no-such-site'], env);
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/^error: .*no-such-site.*check the name with pagemagic sites list/s);
    const build = await runCli(['builds', 'view', 'no-such-build'], env);
    expect(build.code).toBe(1);
    const domain = await runCli(['domains', 'verify', 'www.nowhere.example.com'], env);
    expect(domain.code).toBe(1);
    expect(domain.stderr).toContain('www.nowhere.example.com');
  });

  it('for an API that is not there, naming the address and how to change it', async () => {
    // A port nothing listens on.
    const dead = `http://127.0.0.1:${await freePort()}`;
    const env = { configHome: await newConfigHome(), apiUrl: dead };
    const result = await runCli(['login', '--email', 'someone@example.com'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not reach the Page Magic API at ${dead} (ECONNREFUSED)`);
    expect(result.stderr).toContain('--api-url');
  });

  it('for a workspace that is not yours', async () => {
    const { env } = await signedInHome();
    const other = await api.signUp();
    const theirs = (await api.client(other.tokens).call(getProfile)).workspaces[0]?.id ?? '';
    const result = await runCli(['workspaces', 'switch', theirs], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`You have no workspace "${theirs}"`);
  });
});

describe('piped output', () => {
  it('is tab-separated with no header, colour or truncation, and the same on every run', async () => {
    const { env } = await signedInHome();
    const first = await runCli(['workspaces', 'list'], env);
    expect(first.code).toBe(0);
    const rows = tsv(first.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual([
      '*',
      expect.stringMatching(/^[a-z0-9]{8,20}$/),
      expect.any(String),
      'owner',
      expect.any(String),
    ]);
    expect(first.stdout).not.toContain('\u001b[');
    expect((await runCli(['workspaces', 'ls'], env)).stdout).toBe(first.stdout);
    const json = await runCli(['workspaces', 'list', '--json', 'id,role'], env);
    expect(JSON.parse(json.stdout)).toEqual([{ id: rows[0]?.[1], role: 'owner' }]);
  });

  it('lists no sites as nothing at all', async () => {
    const { env } = await signedInHome();
    const result = await runCli(['sites', 'ls'], env);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse((await runCli(['sites', 'ls', '--json'], env)).stdout)).toEqual([]);
  });
});
