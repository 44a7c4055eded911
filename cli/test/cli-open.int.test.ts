// `pagemagic sites open` as a real process against a real API, with BROWSER set to small scripts that
// stand for a browser: one records the arguments it was given, one fails as a browser does with no display.
// The operator does not run: the test writes the live URL into the Website's status as the operator would.

import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEBSITES } from '@pagemagic/crds';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite, getSite } from '../../api/src/contract/sites.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { runCli } from './helpers/run-cli.ts';
import { type SignedIn, signedInHome } from './helpers/signed-in.ts';

let api: TestApi;
let person: SignedIn;
let work: string;
let recorder: string;
let failing: string;
const record = () => join(work, 'browser-args.txt');

beforeAll(async () => {
  api = await startTestApi();
  person = await signedInHome(api);
  work = await mkdtemp(join(tmpdir(), 'pagemagic-open-'));
  recorder = join(work, 'record-browser');
  await writeFile(recorder, `#!/bin/sh\nprintf '%s\\n' "$@" > "${record()}"\n`);
  failing = join(work, 'no-display-browser');
  await writeFile(failing, `#!/bin/sh\necho "cannot open display" >&2\nexit 3\n`);
  await Promise.all([chmod(recorder, 0o755), chmod(failing, 0o755)]);
  await api.client(person.tokens).call(createSite, { body: { name: 'bakery', prompt: 'A bakery in Porto' } });
});
afterAll(async () => {
  await api?.close();
});

const open = (args: string[], browser: string) =>
  runCli(['sites', 'open', ...args], { ...person.env, extra: { BROWSER: browser } });
const recorded = () =>
  stat(record()).then(
    () => true,
    () => false,
  );

describe('pagemagic sites open', () => {
  it('refuses a site that is not live yet, says what to do, and opens nothing', async () => {
    const result = await open(['bakery'], recorder);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: Site bakery has no live URL yet (writing): nothing is served until its first build is live. Follow it with pagemagic sites view bakery, and run pagemagic sites open bakery again once it is ready\n',
    );
    expect(await recorded()).toBe(false);

    const missing = await open(['nowhere'], recorder);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('pagemagic sites list');
  });

  it('opens the live URL with $BROWSER and prints it', async () => {
    const website = await api.services.kubeClient.get<{ metadata: { generation?: number } }>(
      WEBSITES,
      person.namespace,
      'bakery',
    );
    const url = `https://bakery-${person.namespace}.sites.pagemagic.localhost/`;
    await api.services.kubeClient.patchStatus(
      WEBSITES,
      { namespace: person.namespace, name: 'bakery' },
      { observedGeneration: website.metadata.generation, url, liveBuild: 'bakery-0123456789' },
    );
    await eventually('the API serves the live URL', async () => {
      const site = await api.client(person.tokens).call(getSite, { params: { siteId: 'bakery' } });
      return site.status.liveBuild ? site : undefined;
    });

    const opened = await open(['bakery'], recorder);
    expect(opened).toMatchObject({ code: 0, stdout: `${url}\n`, stderr: '' });
    expect(await readFile(record(), 'utf8')).toBe(`${url}\n`);

    // BROWSER as git and xdg-utils read it: options, %s for the URL, the first of a list.
    const withOptions = await open(['bakery'], `${recorder} --new-window %s --private:/usr/bin/false`);
    expect(withOptions.code).toBe(0);
    expect(await readFile(record(), 'utf8')).toBe(`--new-window\n${url}\n--private\n`);
  });

  it('with --print only prints the URL', async () => {
    await writeFile(record(), '');
    const printed = await open(['bakery', '--print'], recorder);
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    expect(printed.stdout).toMatch(/^https:\/\/bakery-\S+\/\n$/);
    expect(await readFile(record(), 'utf8')).toBe('');
  });

  it('prints the URL with a hint when no browser can be started', async () => {
    const failed = await open(['bakery'], failing);
    expect(failed.code).toBe(0);
    expect(failed.stdout).toMatch(/^https:\/\/bakery-\S+\/\n$/);
    expect(failed.stderr).toBe(
      `Could not open a browser (BROWSER=${failing} exited 3: cannot open display): open the URL above yourself, or set BROWSER to your browser's command (e.g. BROWSER=firefox). --print skips opening.\n`,
    );
    const absent = await open(['bakery'], join(work, 'no-such-browser'));
    expect(absent.code).toBe(0);
    expect(absent.stderr).toMatch(/^Could not open a browser \(BROWSER=\S+ exited 127: .*not found\)/);
  });
});
