// `pagemagic inbox` as a real process against a real API: messages are stored for a site as the contact form
// stores them (the operator does not run; a site needs no build to have an inbox), then listed, read, marked
// handled, exported as CSV and deleted, and a message of another site is never reached through this one.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WEBSITES, type Website } from '@pagemagic/crds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite } from '../../api/src/contract/sites.ts';
import { type NewSubmission, storeSubmission } from '../../api/src/forms/store.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { parseCsv } from './helpers/csv.ts';
import { runCli, tsv } from './helpers/run-cli.ts';
import { type SignedIn, signedInHome } from './helpers/signed-in.ts';

let api: TestApi;
let person: SignedIn;
/** The bakery's messages, oldest first, and the cafe's one. */
const ids = { ana: '', rui: '', bea: '', cafe: '' };
const BUSY_MESSAGES = 105;

async function store(
  site: string,
  values: NewSubmission['values'],
  options: { replyTo?: string; at?: string } = {},
): Promise<string> {
  const { rows } = await api.services.db.query<{ id: string }>(
    'SELECT id FROM workspaces WHERE namespace = $1',
    [person.namespace],
  );
  const website = await api.services.kubeClient.get<Website>(WEBSITES, person.namespace, site);
  const { id } = await storeSubmission(api.services.db, api.services.pii, {
    workspaceId: rows[0]?.id ?? '',
    site,
    websiteUid: website.metadata.uid ?? '',
    section: 'visit',
    page: '/contact/',
    locale: 'en',
    values,
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
  });
  // Fixed times, so the order (newest first) and the dates shown are known.
  if (options.at) {
    await api.services.db.query('UPDATE form_submissions SET created_at = $2 WHERE id = $1', [
      id,
      options.at,
    ]);
  }
  return id;
}

beforeAll(async () => {
  api = await startTestApi();
  person = await signedInHome(api);
  const client = api.client(person.tokens);
  for (const name of ['bakery', 'cafe', 'busy']) {
    await client.call(createSite, { body: { name, prompt: `A ${name} in Porto` } });
  }
  ids.ana = await store(
    'bakery',
    [
      { name: 'name', label: 'Your name', value: 'Ana' },
      { name: 'email', label: 'Email', value: 'ana@example.com' },
      { name: 'message', label: 'Message', value: 'Do you bake on Sundays?\nThanks, Ana' },
    ],
    { replyTo: 'ana@example.com', at: '2026-01-10T09:00:00.000Z' },
  );
  ids.rui = await store(
    'bakery',
    [
      { name: 'name', label: 'Your name', value: 'Rui' },
      { name: 'phone', label: 'Phone', value: '+351 22 000 0000' },
      { name: 'message', label: 'Message', value: 'Two loaves, for "Friday"' },
    ],
    { at: '2026-01-11T09:00:00.000Z' },
  );
  ids.bea = await store(
    'bakery',
    [
      { name: 'name', label: 'Your name', value: '=HYPERLINK("http://evil.example","Bea")' },
      { name: 'message', label: 'Message', value: 'A cake for twelve' },
    ],
    { replyTo: 'bea@example.com', at: '2026-01-12T09:00:00.000Z' },
  );
  ids.cafe = await store('cafe', [{ name: 'message', label: 'Message', value: 'A table for two' }]);
  for (let n = 0; n < BUSY_MESSAGES; n++) {
    await store('busy', [{ name: 'message', label: 'Message', value: `Message number ${n}` }]);
  }
});
afterAll(async () => {
  await api?.close();
});

const cli = (...args: string[]) => runCli(args, person.env);
async function ok(...args: string[]) {
  const result = await cli(...args);
  expect(result, `pagemagic ${args.join(' ')}: ${result.stderr}`).toMatchObject({ code: 0 });
  return result;
}

describe('pagemagic inbox', () => {
  it('lists the messages newest first, with the unhandled count', async () => {
    const listed = await ok('inbox', 'list', 'bakery');
    expect(tsv(listed.stdout)).toEqual([
      [ids.bea, '2026-01-12T09:00:00.000Z', 'bea@example.com', 'A cake for twelve', 'no'],
      [ids.rui, '2026-01-11T09:00:00.000Z', 'Rui', 'Two loaves, for "Friday"', 'no'],
      [ids.ana, '2026-01-10T09:00:00.000Z', 'ana@example.com', 'Do you bake on Sundays?', 'no'],
    ]);
    expect(listed.stderr).toBe('3 unhandled messages on bakery.\n');

    const newest = await ok('inbox', 'ls', 'bakery', '--limit', '2');
    expect(tsv(newest.stdout).map(([id]) => id)).toEqual([ids.bea, ids.rui]);
    expect(newest.stderr).toBe(
      '3 unhandled messages on bakery; showing the newest 2: pass --all to list every one.\n',
    );
    const json = JSON.parse((await ok('inbox', 'list', 'bakery', '--json', 'id,replyTo')).stdout);
    expect(json).toEqual([
      { id: ids.bea, replyTo: 'bea@example.com' },
      { id: ids.rui, replyTo: null },
      { id: ids.ana, replyTo: 'ana@example.com' },
    ]);

    const both = await cli('inbox', 'list', 'bakery', '--all', '--limit', '2');
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('error: --all lists every message and --limit only some: pass one of them\n');
    const zero = await cli('inbox', 'list', 'bakery', '--limit', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('give a whole number of messages, 1 or more');
    const state = await cli('inbox', 'list', 'bakery', '--state', 'open');
    expect(state.code).toBe(2);
    expect(state.stderr).toContain('unhandled, handled, all');
  });

  it('follows the pages: --all lists every message, --limit as many as asked', async () => {
    const every = await ok('inbox', 'list', 'busy', '--all');
    const rows = tsv(every.stdout);
    expect(rows).toHaveLength(BUSY_MESSAGES);
    expect(new Set(rows.map(([id]) => id)).size).toBe(BUSY_MESSAGES);
    expect(every.stderr).toBe(`${BUSY_MESSAGES} unhandled messages on busy.\n`);
    const some = await ok('inbox', 'list', 'busy', '--limit', '101');
    expect(tsv(some.stdout).map(([id]) => id)).toEqual(rows.slice(0, 101).map(([id]) => id));
    expect(some.stderr).toContain('showing the newest 101: pass --all to list every one');
    expect(tsv((await ok('inbox', 'list', 'busy')).stdout)).toHaveLength(20);
  });

  it('shows one message: every field, its date, page, language and reply address', async () => {
    const viewed = tsv((await ok('inbox', 'view', 'bakery', ids.ana)).stdout);
    expect(viewed).toEqual([
      ['id', ids.ana],
      ['site', 'bakery'],
      ['date', '2026-01-10T09:00:00.000Z'],
      ['page', '/contact/'],
      ['language', 'en'],
      ['reply to', 'ana@example.com'],
      ['handled', 'no'],
      ['Your name', 'Ana'],
      ['Email', 'ana@example.com'],
      ['Message', 'Do you bake on Sundays?\\nThanks, Ana'],
    ]);
    const json = JSON.parse((await ok('inbox', 'view', 'bakery', ids.rui, '--json', 'fields,locale')).stdout);
    expect(json).toEqual({
      fields: [
        { name: 'name', label: 'Your name', value: 'Rui' },
        { name: 'phone', label: 'Phone', value: '+351 22 000 0000' },
        { name: 'message', label: 'Message', value: 'Two loaves, for "Friday"' },
      ],
      locale: 'en',
    });
    const unknownField = await cli('inbox', 'view', 'bakery', ids.rui, '--json', 'email');
    expect(unknownField.code).toBe(2);
    expect(unknownField.stderr).toContain('valid fields: id, site, section, page, locale, createdAt');
  });

  it('marks a message handled and not handled again, which changes the count', async () => {
    expect((await ok('inbox', 'handled', 'bakery', ids.rui)).stdout).toBe(
      `Message ${ids.rui} is marked handled.\n`,
    );
    const all = await ok('inbox', 'list', 'bakery');
    expect(all.stderr).toBe('2 unhandled messages on bakery.\n');
    expect(tsv(all.stdout).map((row) => [row[0], row[4]])).toEqual([
      [ids.bea, 'no'],
      [ids.rui, 'yes'],
      [ids.ana, 'no'],
    ]);
    expect(tsv((await ok('inbox', 'list', 'bakery', '--state', 'handled')).stdout).map(([id]) => id)).toEqual(
      [ids.rui],
    );
    const unhandled = await ok('inbox', 'list', 'bakery', '--state', 'unhandled');
    expect(tsv(unhandled.stdout).map(([id]) => id)).toEqual([ids.bea, ids.ana]);
    expect(tsv((await ok('inbox', 'view', 'bakery', ids.rui)).stdout)).toContainEqual([
      'handled',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    ]);

    expect((await ok('inbox', 'handled', 'bakery', ids.ana)).stdout).toBe(
      `Message ${ids.ana} is marked handled.\n`,
    );
    expect((await ok('inbox', 'list', 'bakery')).stderr).toBe('1 unhandled message on bakery.\n');
    expect((await ok('inbox', 'handled', 'bakery', ids.ana, '--undo')).stdout).toBe(
      `Message ${ids.ana} is marked not handled.\n`,
    );
    expect((await ok('inbox', 'list', 'bakery')).stderr).toBe('2 unhandled messages on bakery.\n');
  });

  it('exports every message as CSV, one column per field label, formulas defused', async () => {
    const file = join(person.env.configHome, 'bakery-messages.csv');
    const exported = await ok('inbox', 'export', 'bakery', '--output', file);
    expect(exported).toMatchObject({ stdout: '', stderr: `Wrote 3 messages of bakery to ${file}.\n` });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const csv = await readFile(file, 'utf8');
    const handledAt = JSON.parse((await ok('inbox', 'view', 'bakery', ids.rui, '--json', 'handledAt')).stdout)
      .handledAt as string;
    const fixed = ['bakery', '/contact/', 'en'];
    expect(parseCsv(csv)).toEqual([
      [
        'id',
        'created_at',
        'handled_at',
        'site',
        'page',
        'locale',
        'reply_to',
        'Your name',
        'Message',
        'Phone',
        'Email',
      ],
      [
        ids.bea,
        '2026-01-12T09:00:00.000Z',
        '',
        ...fixed,
        'bea@example.com',
        '\'=HYPERLINK("http://evil.example","Bea")',
        'A cake for twelve',
        '',
        '',
      ],
      [
        ids.rui,
        '2026-01-11T09:00:00.000Z',
        handledAt,
        ...fixed,
        '',
        'Rui',
        'Two loaves, for "Friday"',
        "'+351 22 000 0000",
        '',
      ],
      [
        ids.ana,
        '2026-01-10T09:00:00.000Z',
        '',
        ...fixed,
        'ana@example.com',
        'Ana',
        'Do you bake on Sundays?\nThanks, Ana',
        '',
        'ana@example.com',
      ],
    ]);
    expect((await ok('inbox', 'export', 'bakery')).stdout).toBe(csv);

    const unhandled = parseCsv((await ok('inbox', 'export', 'bakery', '--state', 'unhandled')).stdout);
    expect(unhandled.slice(1).map(([id]) => id)).toEqual([ids.bea, ids.ana]);
    expect(parseCsv((await ok('inbox', 'export', 'busy')).stdout)).toHaveLength(BUSY_MESSAGES + 1);

    const nowhere = await cli('inbox', 'export', 'bakery', '--output', join(file, 'no', 'such.csv'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('check the folder exists and you may write there');
  });

  it('deletes a message only with --yes', async () => {
    const refused = await cli('inbox', 'delete', 'bakery', ids.bea);
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `error: Refusing to delete message ${ids.bea} of site bakery without confirmation: pass --yes to do it without a prompt\n`,
    });
    await ok('inbox', 'view', 'bakery', ids.bea);

    expect((await ok('inbox', 'rm', 'bakery', ids.bea, '--yes')).stdout).toBe(
      `Deleted message ${ids.bea} of bakery.\n`,
    );
    expect(tsv((await ok('inbox', 'list', 'bakery')).stdout).map(([id]) => id)).toEqual([ids.rui, ids.ana]);
    const gone = await cli('inbox', 'view', 'bakery', ids.bea);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(
      `error: Site bakery has no message ${ids.bea}: see its messages and their ids with pagemagic inbox list bakery\n`,
    );
  });

  it('shows and changes how you hear of new messages, and says what the choices are', async () => {
    expect((await ok('inbox', 'notify')).stdout).toMatch(
      /^You get an email for each message for messages to the sites of [a-z0-9]+\.\n$/,
    );
    expect((await ok('inbox', 'notify', 'daily')).stdout).toMatch(
      /^From now on you get one digest a day for /,
    );
    expect((await ok('inbox', 'notify')).stdout).toMatch(/^You get one digest a day for /);
    const wrong = await cli('inbox', 'notify', 'weekly');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      "error: command-argument value 'weekly' is invalid for argument 'choice'. Allowed choices are each, daily, off.",
    );
    await ok('inbox', 'notify', 'each');
  });

  it("never reaches another site's message, and says where to find ids and sites", async () => {
    const advice = `error: Site bakery has no message ${ids.cafe}: see its messages and their ids with pagemagic inbox list bakery\n`;
    for (const args of [
      ['view', 'bakery', ids.cafe],
      ['handled', 'bakery', ids.cafe],
      ['delete', 'bakery', ids.cafe, '--yes'],
    ]) {
      expect(await cli('inbox', ...args)).toMatchObject({ code: 1, stdout: '', stderr: advice });
    }
    const cafe = await ok('inbox', 'view', 'cafe', ids.cafe);
    expect(tsv(cafe.stdout)).toContainEqual(['handled', 'no']);
    expect((await ok('inbox', 'list', 'cafe')).stderr).toBe('1 unhandled message on cafe.\n');

    const noSite = await cli('inbox', 'view', 'nowhere', ids.cafe);
    expect(noSite.code).toBe(1);
    expect(noSite.stderr).toMatch(/^error: Site nowhere was not found .*pagemagic sites list/);
    expect((await cli('inbox', 'list', 'nowhere')).stderr).toContain('pagemagic sites list');

    const notAnId = await cli('inbox', 'view', 'bakery', 'hello');
    expect(notAnId).toMatchObject({ code: 2, stdout: '' });
    expect(notAnId.stderr).toContain('"hello" is not a message id');
    expect(notAnId.stderr).toContain('pagemagic inbox list bakery');
  });

  it('says so when a site has no messages yet, and shows nothing of another workspace', async () => {
    // A workspace of its own: the first is at its plan's limit of sites.
    const other = await signedInHome(api);
    await api
      .client(other.tokens)
      .call(createSite, { body: { name: 'florist', prompt: 'A florist in Braga' } });
    const run = (...args: string[]) => runCli(args, other.env);
    expect(await run('inbox', 'list', 'florist')).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'No messages on florist yet: they arrive here when visitors send its contact form.\n',
    });
    expect(await run('inbox', 'export', 'florist')).toMatchObject({
      code: 0,
      stdout: 'id,created_at,handled_at,site,page,locale,reply_to\r\n',
    });
    const elsewhere = await run('inbox', 'view', 'bakery', ids.rui);
    expect(elsewhere).toMatchObject({ code: 1, stdout: '' });
    expect(elsewhere.stderr).toMatch(/^error: Site bakery was not found /);
  });
});
