// A person's whole journey with the pagemagic CLI, each step a real process: signing in by the link
// mailpit received (confirmed by a form post, as the browser does, while the CLI polls), then a site
// from prompt to Ready with the real operator running in-process on the workspace's namespace, edited
// from a file, rewritten in part, published, rolled back, given a domain, and deleted.

import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SiteDocument, sectionIds } from '@pagemagic/crds/site-document';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from '../../api/test/helpers/workspace-operator.ts';
import { type CliEnv, newConfigHome, runCli, startCli, tsv, waitForStderr } from './helpers/run-cli.ts';

const MAIL_DOMAIN = 'h8-cli.example.com';
let api: TestApi;
let operator: Operator | undefined;
let env: CliEnv;
let namespace = '';
const mailpit = new Mailpit();
const email = `journey-${randomBytes(4).toString('hex')}@${MAIL_DOMAIN}`;
const host = `www.h8-${randomBytes(4).toString('hex')}.example.com`;

beforeAll(async () => {
  api = await startTestApi();
  env = { configHome: await newConfigHome(), apiUrl: api.url };
});
afterAll(async () => {
  await stopWorkspaceOperator(operator);
  await mailpit.deleteMatching(`to:"@${MAIL_DOMAIN}"`).catch(() => undefined);
  await api?.close();
});

const configFile = () => join(env.configHome, 'pagemagic', 'config.json');
const cli = (...args: string[]) => runCli(args, env);
async function ok(...args: string[]) {
  const result = await cli(...args);
  expect(result, `pagemagic ${args.join(' ')}`).toMatchObject({ code: 0 });
  return result;
}
const viewJson = async (site: string) =>
  JSON.parse((await ok('sites', 'view', site, '--json')).stdout) as {
    pinnedBuild?: string;
    generation: number;
    status: {
      phase: string;
      url?: string;
      liveBuild?: string;
      latestBuild?: string;
      contentRevision?: string;
    };
  };
const STAGES = ['Writing content…', 'Building…', 'Deploying…'];

/** The stage lines of a piped long operation, checked to be in the pipeline's order with elapsed times. */
function stagesOf(stderr: string): string[] {
  const stages = stderr
    .split('\n')
    .filter((line) => STAGES.some((stage) => line.startsWith(stage)))
    .map((line) => {
      expect(line).toMatch(/… \(\d+(s|m\d\ds)\)$/);
      return line.slice(0, line.indexOf('…') + 1);
    });
  const order = stages.map((stage) => STAGES.indexOf(stage));
  expect(order).toEqual([...order].sort());
  return stages;
}

describe('the pagemagic CLI from sign-in to a deleted site', () => {
  const state = { first: '', second: '', url: '' };

  it('signs in with the link from the email, confirmed in a browser while the CLI waits', async () => {
    const login = startCli(['login', '--email', email], env);
    const [, code] = (await waitForStderr(login, /shows the code ([A-Z0-9]{4}-[A-Z0-9]{4})/)) as [
      string,
      string,
    ];
    const mail = await mailpit.waitFor(email, { subject: 'Sign in to Page Magic' });
    expect(mail.Text).toContain(code);
    const link = new URL(
      extractLink(mail.Text, `${api.services.config.publicUrl}/api/v1/auth/confirm?token=`),
    );
    // The browser opens the page (which shows the same code) and presses its button: a form post.
    const page = await fetch(`${api.url}${link.pathname}${link.search}`);
    expect(await page.text()).toContain(code);
    expect(login.child.exitCode).toBeNull();
    const confirmed = await fetch(`${api.url}/api/v1/auth/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ token: link.searchParams.get('token') ?? '' }).toString(),
    });
    expect(confirmed.status).toBe(200);
    const result = await login.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Signed in as ${email}; the sign-in is stored in ${configFile()}\n`);

    expect((await stat(join(env.configHome, 'pagemagic'))).mode & 0o777).toBe(0o700);
    expect((await stat(configFile())).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await readFile(configFile(), 'utf8')) as Record<string, string>;
    expect(stored).toMatchObject({
      apiUrl: api.url,
      email,
      refreshToken: expect.stringMatching(/^[\w-]{43}$/),
    });

    const whoami = await ok('whoami');
    expect(tsv(whoami.stdout)).toContainEqual(['email', email]);
    const { rows } = await api.services.db.query<{ namespace: string }>(
      'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
      [stored.userId],
    );
    namespace = rows[0]?.namespace ?? '';
    expect(namespace).toMatch(/^pm-/);
  });

  it('creates a site and follows it through each stage to Ready, then prints its URL', async () => {
    operator = await startWorkspaceOperator(namespace);

    const created = await ok(
      'sites',
      'create',
      '--name',
      'bakery',
      '--prompt',
      'A family bakery in Porto: bread and pastel de nata',
    );
    state.url = created.stdout.trim();
    expect(created.stdout).toMatch(new RegExp(`^https://bakery-${namespace}\\.\\S+\\n$`));
    expect(created.stderr).toMatch(/^Created site bakery\.\n/);
    expect(stagesOf(created.stderr)[0]).toBe('Writing content…');
    expect(created.stderr).toMatch(/Site bakery created: bakery is live \(build \S+\)\.\n$/);

    const site = await viewJson('bakery');
    expect(site.status).toMatchObject({ phase: 'ready', url: state.url });
    state.first = site.status.liveBuild ?? '';
    expect(JSON.parse((await ok('sites', 'view', 'bakery', '--json', 'id,pinnedBuild')).stdout)).toEqual({
      id: 'bakery',
      pinnedBuild: null,
    });
    expect(tsv((await ok('sites', 'list')).stdout)).toEqual([
      ['bakery', 'ready', state.url, state.first, expect.stringMatching(/^\d{4}-\d\d-\d\dT/)],
    ]);
    expect(tsv((await ok('builds', 'ls', 'bakery')).stdout)).toEqual([
      ['*', state.first, 'Succeeded', expect.stringMatching(/^\d+$/), expect.any(String), expect.any(String)],
    ]);
    const build = JSON.parse((await ok('builds', 'view', state.first, '--json', 'id,live,phase')).stdout);
    expect(build).toEqual({ id: state.first, live: true, phase: 'Succeeded' });
  }, 360_000);

  it('edits the site from a file and rolls the edit out as a new Build', async () => {
    const got = await ok('sites', 'get-content', 'bakery');
    const document = JSON.parse(got.stdout) as SiteDocument;
    const [, revision] = got.stderr.match(/^Revision (\S+);/) ?? [];
    expect(revision).toBe((await viewJson('bakery')).status.contentRevision);
    const file = join(env.configHome, 'site.json');
    await writeFile(file, JSON.stringify({ ...document, name: 'Padaria Nova' }));

    const blank = await cli('sites', 'create', '--prompt', '   ');
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--prompt needs a description of the business');

    const broken = join(env.configHome, 'broken.json');
    await writeFile(broken, '{"name": ');
    const unreadable = await cli('sites', 'edit', 'bakery', '--file', broken);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('is not valid JSON');
    await writeFile(broken, JSON.stringify({ ...document, pages: [] }));
    const invalid = await cli('sites', 'edit', 'bakery', '--file', broken);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^error: .*pages/);

    const edited = await ok('sites', 'edit', 'bakery', '--file', file, '--base-revision', revision ?? '');
    expect(edited.stdout).toBe(`${state.url}\n`);
    stagesOf(edited.stderr);
    const content = JSON.parse((await ok('sites', 'get-content', 'bakery', '--json', 'document')).stdout);
    expect(content.document.name).toBe('Padaria Nova');
    const builds = tsv((await ok('builds', 'list', 'bakery')).stdout);
    expect(builds.map((row) => [row[0], row[2]])).toEqual([
      ['*', 'Succeeded'],
      ['', 'Succeeded'],
    ]);
    state.second = builds[0]?.[1] ?? '';
    expect(builds[1]?.[1]).toBe(state.first);

    const stale = await cli(
      'sites',
      'edit',
      'bakery',
      '--file',
      file,
      '--base-revision',
      revision ?? '',
      '--no-wait',
    );
    expect(stale.code).toBe(1);
  }, 360_000);

  it('publishes a chosen Build, refuses a rollback past the oldest, and rolls back after publishing the newest', async () => {
    const published = await ok('sites', 'publish', 'bakery', '--build', state.first);
    expect(published.stdout).toBe(`${state.url}\n`);
    expect(published.stderr).toContain(`Published ${state.first}: bakery is live (build ${state.first}).`);
    // The brief gave no contact details or hours: nothing was invented, and publishing says what is left out.
    // (The menu lists the bread and the pastel de nata the brief named, without prices it did not give.)
    expect(published.stderr).toMatch(/Warning: 6 facts not given yet, left out of the published pages:\n/);
    expect(published.stderr).toMatch(/ {2}phone number \(page \S+, section \S+\)\n/);
    expect(published.stderr).toMatch(/ {2}price of Pastel de nata \(page \S+, section \S+\)\n/i);
    expect(published.stderr).toContain('pagemagic sites edit bakery --file site.json');
    const view = tsv((await ok('sites', 'view', 'bakery')).stdout);
    expect(view).toContainEqual(['written by', 'the offline draft writer (no AI)']);
    const toAdd = view.find(([key]) => key === 'facts to add')?.[1] ?? '';
    for (const fact of ['street address', 'phone number', 'email address', 'opening hours', 'price of ']) {
      expect(toAdd).toContain(fact);
    }
    expect(view).toContainEqual(['locales', 'en']);
    expect(await viewJson('bakery')).toMatchObject({
      pinnedBuild: state.first,
      status: { liveBuild: state.first, latestBuild: state.second },
    });

    const refused = await cli('sites', 'rollback', 'bakery');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`older than the live one (${state.first})`);

    await ok('sites', 'publish', 'bakery');
    expect((await viewJson('bakery')).status.liveBuild).toBe(state.second);
    const rolledBack = await ok('sites', 'rollback', 'bakery');
    expect(rolledBack.stderr).toContain(
      `Rolled back to ${state.first}: bakery is live (build ${state.first}).`,
    );
    expect(await viewJson('bakery')).toMatchObject({
      pinnedBuild: state.first,
      status: { liveBuild: state.first },
    });
  }, 600_000);

  it('rewrites one section following an instruction and waits for it to be built', async () => {
    const { document } = JSON.parse((await ok('sites', 'get-content', 'bakery', '--json')).stdout) as {
      document: SiteDocument;
    };
    const section = sectionIds(document)[0] ?? '';
    const before = (await viewJson('bakery')).generation;
    const result = await ok(
      'sites',
      'regenerate',
      'bakery',
      '--section',
      section,
      '--instruction',
      'mention free delivery',
    );
    expect(result.stderr).toContain(`Regenerating section ${section} of bakery.`);
    // The rollback before pinned the first Build: the rewrite removes the pin, says so, and goes live.
    expect(result.stderr).toContain(
      `Build ${state.first} was pinned as live; the pin is removed so this change goes live. To pin it again: pagemagic sites publish bakery --build ${state.first}`,
    );
    expect(result.stdout).toBe(`${state.url}\n`);
    const site = await viewJson('bakery');
    expect(site.generation).toBeGreaterThan(before);
    expect(site.status.phase).toBe('ready');
    expect(site.pinnedBuild).toBeUndefined();
    const unpinned = await ok('sites', 'unpin', 'bakery');
    expect(unpinned.stderr).toContain(
      'Nothing was pinned on bakery: it already goes live with every change.',
    );
  }, 360_000);

  it('adds a domain, fails to verify it with the exact TXT record to publish, and removes it', async () => {
    const added = await ok('domains', 'add', 'bakery', host);
    const [domain] = JSON.parse((await ok('domains', 'list', '--json')).stdout) as Array<{
      host: string;
      verification: { name: string; value: string };
    }>;
    expect(domain?.host).toBe(host);
    const record = `  name:  ${domain?.verification.name}\n  type:  TXT\n  value: ${domain?.verification.value}\n`;
    expect(added.stdout).toContain(record);

    const verify = await cli('domains', 'verify', host);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain(`${host} is not verified yet (pending`);
    expect(verify.stderr).toContain(record.trimEnd());
    expect(verify.stderr).toContain(`run pagemagic domains verify ${host}`);
    expect(tsv((await ok('domains', 'ls')).stdout)).toEqual([
      [host, 'bakery', 'pending', domain?.verification.name, domain?.verification.value],
    ]);

    const unconfirmed = await cli('domains', 'remove', host);
    expect(unconfirmed.code).toBe(2);
    expect((await ok('domains', 'rm', host, '--yes')).stdout).toBe(`Removed ${host}.\n`);
    expect((await cli('domains', 'verify', host)).code).toBe(1);
    expect((await ok('domains', 'list')).stdout).toBe('');
  });

  it('deletes the site only with --yes', async () => {
    const refused = await cli('sites', 'rm', 'bakery');
    expect(refused.code).toBe(2);
    expect((await viewJson('bakery')).status.phase).toBe('ready');
    expect((await ok('sites', 'delete', 'bakery', '--yes')).stdout).toBe('Site bakery is being deleted.\n');
    const gone = await cli('sites', 'view', 'bakery');
    expect(gone.code).toBe(1);
  });

  it('works from PAGEMAGIC_TOKEN alone, without a stored sign-in', async () => {
    const { user, tokens } = await api.signUp();
    const result = await runCli(['whoami', '--json', 'email,id'], {
      configHome: await newConfigHome(),
      apiUrl: api.url,
      extra: { PAGEMAGIC_TOKEN: tokens.accessToken },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ email: user.email, id: user.id });
  });

  it('signs out: the tokens are gone from the file and the sign-in ends at the API', async () => {
    const { refreshToken } = JSON.parse(await readFile(configFile(), 'utf8')) as Record<string, string>;
    expect((await ok('logout')).stdout).toBe('Signed out.\n');
    const stored = JSON.parse(await readFile(configFile(), 'utf8')) as Record<string, string>;
    expect(stored.refreshToken).toBeUndefined();
    expect(stored.accessToken).toBeUndefined();
    const refreshed = await fetch(`${api.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(refreshed.status).toBe(401);
    expect((await cli('whoami')).code).toBe(4);
  });
});
