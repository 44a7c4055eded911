// `pagemagic usage` and `pagemagic billing` as real processes against a real API with stripe-mock behind it:
// usage is written into usage_hourly the way the meter writes it (the meter has its own tests), read back
// as the API's JSON unchanged, by day, by hour and for one site; billing view shows the plan and its limits;
// upgrade and portal print and open the Stripe page stripe-mock answers with; someone who is not the owner,
// a workspace that is not theirs and a plan's limit are refused with what to do next.

import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSite } from '../../api/src/contract/sites.ts';
import type { Usage } from '../../api/src/contract/usage.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { runCli, tsv } from './helpers/run-cli.ts';
import { type SignedIn, signedInHome } from './helpers/signed-in.ts';

const GIB = 1024 ** 3;
const stripe = testServerSettings();

let api: TestApi;
let owner: SignedIn;
let workspaceId = '';
let work: string;
let recorder: string;
const record = () => join(work, 'browser-args.txt');

/** A row of usage_hourly, as `pagemagic-api meter` writes one. */
async function used(site: string, metric: string, hour: string, value: number): Promise<void> {
  await api.services.db.query(
    'INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, $2, $3, $4, $5)',
    [workspaceId, site, metric, hour, value],
  );
}

beforeAll(async () => {
  api = await startTestApi({
    env: {
      STRIPE_SECRET_KEY: stripe.stripeSecretKey,
      STRIPE_API_URL: stripe.stripeApiUrl,
      STRIPE_WEBHOOK_SECRET: 'whsec_cli_usage_billing',
    },
  });
  owner = await signedInHome(api);
  workspaceId = (await api.client(owner.tokens).call(listWorkspaces)).items[0]?.id ?? '';
  for (const name of ['bakery', 'cafe']) {
    await api.client(owner.tokens).call(createSite, { body: { name, prompt: `A ${name} in Porto` } });
  }
  // November 2026: two sites' traffic on the 5th and 6th, generations that belong to no one site, and
  // hours either side of the range asked for below.
  await used('bakery', 'requests', '2026-11-05T10:00:00Z', 100);
  await used('bakery', 'requests', '2026-11-05T11:00:00Z', 50);
  await used('cafe', 'requests', '2026-11-06T09:00:00Z', 30);
  await used('bakery', 'bandwidth_bytes', '2026-11-05T10:00:00Z', 1.5 * GIB);
  await used('cafe', 'bandwidth_bytes', '2026-11-06T09:00:00Z', 0.25 * GIB);
  await used('bakery', 'build_seconds', '2026-11-04T08:00:00Z', 90);
  await used('', 'generations', '2026-11-07T23:00:00Z', 2);
  await used('bakery', 'requests', '2026-10-31T23:00:00Z', 7);
  await used('bakery', 'requests', '2026-11-08T00:00:00Z', 9);
  await api.services.db.query(
    "INSERT INTO meter_state (hour_seconds, rolled_to) VALUES (3600, '2026-11-30T12:00:00Z')",
  );

  work = await mkdtemp(join(tmpdir(), 'pagemagic-billing-'));
  recorder = join(work, 'record-browser');
  await writeFile(recorder, `#!/bin/sh\nprintf '%s\\n' "$@" > "${record()}"\n`);
  await chmod(recorder, 0o755);
});
afterAll(async () => {
  await api?.close();
});

const cli = (args: string[], extra: NodeJS.ProcessEnv = {}, person: SignedIn = owner) =>
  runCli(args, { ...person.env, extra: { BROWSER: recorder, ...extra } });
async function ok(...args: string[]) {
  const result = await cli(args);
  expect(result, `pagemagic ${args.join(' ')}: ${result.stderr}`).toMatchObject({ code: 0 });
  return result;
}

describe('pagemagic usage', () => {
  it('prints the API’s usage as JSON: every metric, by day, zero-filled, with per-site totals', async () => {
    const result = await ok('usage', '--from', '2026-11-01', '--to', '2026-11-07', '--json');
    const usage = JSON.parse(result.stdout) as Usage;
    expect(result.stderr).toBe('');
    expect(usage).toMatchObject({
      workspace: workspaceId,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-08T00:00:00.000Z',
      granularity: 'day',
      rolledUpTo: '2026-11-30T12:00:00.000Z',
    });
    expect(usage.metrics.map((metric) => [metric.metric, metric.unit])).toEqual([
      ['requests', 'requests'],
      ['bandwidthBytes', 'bytes'],
      ['buildSeconds', 'seconds'],
      ['aiPromptTokens', 'tokens'],
      ['aiCompletionTokens', 'tokens'],
      ['generations', 'generations'],
    ]);
    const [requests, bandwidth, build, prompt, , generations] = usage.metrics;
    expect(requests?.total).toBe(180);
    expect(requests?.points.map((point) => point.start)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((day) => `2026-11-0${day}T00:00:00.000Z`),
    );
    expect(requests?.points.map((point) => point.value)).toEqual([0, 0, 0, 0, 150, 30, 0]);
    expect(requests?.sites).toEqual([
      { site: 'bakery', total: 150 },
      { site: 'cafe', total: 30 },
    ]);
    expect(bandwidth?.total).toBe(1.75 * GIB);
    expect(bandwidth?.sites).toEqual([
      { site: 'bakery', total: 1.5 * GIB },
      { site: 'cafe', total: 0.25 * GIB },
    ]);
    expect(build?.points[3]).toEqual({ start: '2026-11-04T00:00:00.000Z', value: 90 });
    expect(prompt).toMatchObject({ total: 0, sites: [] });
    expect(generations).toMatchObject({ total: 2, sites: [{ site: '', total: 2 }] });

    // Without a terminal the JSON is printed anyway: the same answer.
    const piped = await ok('usage', '--from', '2026-11-01', '--to', '2026-11-07');
    expect(JSON.parse(piped.stdout)).toEqual(usage);
    const some = JSON.parse(
      (await ok('usage', '--from', '2026-11-01', '--json', 'workspace,granularity')).stdout,
    );
    expect(some).toEqual({ workspace: workspaceId, granularity: 'day' });
  });

  it('narrows to one site, and by hour or month', async () => {
    const bakery = JSON.parse(
      (await ok('usage', '--site', 'bakery', '--from', '2026-11-01', '--to', '2026-11-07', '--json')).stdout,
    ) as Usage;
    expect(bakery.metrics[0]).toMatchObject({ total: 150, sites: [{ site: 'bakery', total: 150 }] });
    expect(bakery.metrics[5]?.total).toBe(0);

    const hours = JSON.parse(
      (await ok('usage', '--granularity', 'hour', '--from', '2026-11-05', '--to', '2026-11-05', '--json'))
        .stdout,
    ) as Usage;
    const requestsByHour = hours.metrics[0]?.points ?? [];
    expect(requestsByHour).toHaveLength(24);
    expect(requestsByHour.filter((point) => point.value > 0)).toEqual([
      { start: '2026-11-05T10:00:00.000Z', value: 100 },
      { start: '2026-11-05T11:00:00.000Z', value: 50 },
    ]);

    const months = JSON.parse(
      (
        await ok(
          'usage',
          '--granularity',
          'month',
          '--from',
          '2026-10-01',
          '--to',
          '2026-11-30',
          '--json',
          'metrics',
        )
      ).stdout,
    ) as Pick<Usage, 'metrics'>;
    expect(months.metrics[0]?.points).toEqual([
      { start: '2026-10-01T00:00:00.000Z', value: 7 },
      { start: '2026-11-01T00:00:00.000Z', value: 189 },
    ]);
  });

  it('refuses a range it cannot show, saying why', async () => {
    const backwards = await cli(['usage', '--from', '2026-11-10', '--to', '2026-11-01']);
    expect(backwards).toMatchObject({ code: 1, stdout: '' });
    expect(backwards.stderr).toMatch(
      /^error: The request is not valid: from \(2026-11-10T00:00:00\.000Z\) must be before to/,
    );
    const hourly = await cli(['usage', '--granularity', 'hour', '--from', '2026-09-01']);
    expect(hourly.code).toBe(1);
    expect(hourly.stderr).toContain('hourly usage covers at most 31 days');

    const notADay = await cli(['usage', '--from', 'last week']);
    expect(notADay).toMatchObject({ code: 2, stdout: '' });
    expect(notADay.stderr).toContain('give a day such as 2026-01-31');
    const week = await cli(['usage', '--granularity', 'week']);
    expect(week.code).toBe(2);
    expect(week.stderr).toContain('hour, day, month');
  });
});

describe('pagemagic billing', () => {
  it('shows the plan, its limits beside what the workspace uses, and the subscription', async () => {
    const billing = JSON.parse((await ok('billing', 'view', '--json')).stdout);
    expect(billing).toMatchObject({
      plan: { id: 'free', title: 'Free' },
      usage: { websites: 2, domains: 0, members: 1 },
      canManage: true,
    });
    expect(billing.plans.map((plan: { id: string }) => plan.id)).toEqual(['free', 'pro', 'business']);
    expect(billing.subscription).toBeUndefined();

    const rows = tsv((await ok('billing', 'view')).stdout);
    expect(rows[0]).toEqual(['plan', 'Free (free)']);
    expect(rows[1]).toEqual(['subscription', 'none (the Free plan needs none)']);
    expect(rows).toContainEqual(['sites', '2', '3', '67%', 'at once']);
    expect(rows).toContainEqual(['custom domains', '0', '1', '0%', 'at once']);
    expect(rows).toContainEqual(['bandwidth', '0 B', '10 GiB', '0%', 'month']);
    const fields = JSON.parse((await ok('billing', 'view', '--json', 'canManage')).stdout);
    expect(fields).toEqual({ canManage: true });
  });

  it('upgrade prints the Stripe Checkout page and opens it in the browser', async () => {
    const upgraded = await ok('billing', 'upgrade', 'pro');
    const url = upgraded.stdout.trim();
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.com\/\S+$/);
    expect(upgraded.stderr).toContain('Pay on the Stripe Checkout page to move to Pro');
    expect(await readFile(record(), 'utf8')).toBe(`${url}\n`);

    await writeFile(record(), '');
    const printed = await ok('billing', 'upgrade', 'business', '--print');
    expect(printed.stdout).toMatch(/^https:\/\/checkout\.stripe\.com\/\S+\n$/);
    expect(await readFile(record(), 'utf8')).toBe('');

    const unknown = await cli(['billing', 'upgrade', 'enterprise']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('pro, business');
  });

  it('portal opens the Stripe Billing Portal once the workspace is a Stripe customer', async () => {
    await api.services.db.query(
      'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING',
      [workspaceId, 'cus_cli_usage_billing'],
    );
    await writeFile(record(), '');
    const portal = await ok('billing', 'portal');
    const url = portal.stdout.trim();
    expect(url).toMatch(/^https:\/\/\S+$/);
    expect(await readFile(record(), 'utf8')).toBe(`${url}\n`);
  });

  it('refuses someone who is not the owner, and a workspace that is not theirs', async () => {
    const editor = await signedInHome(api);
    const { rows } = await api.services.db.query<{ user_id: string }>(
      'SELECT user_id FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE w.namespace = $1',
      [editor.namespace],
    );
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [workspaceId, rows[0]?.user_id],
    );
    const asEditor = (args: string[]) => cli(args, { PAGEMAGIC_WORKSPACE: workspaceId }, editor);

    const viewed = JSON.parse((await asEditor(['billing', 'view', '--json', 'canManage'])).stdout);
    expect(viewed).toEqual({ canManage: false });
    const refused = await asEditor(['billing', 'upgrade', 'pro']);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^error: .*owner/i);
    // Any member reads usage.
    expect((await asEditor(['usage', '--from', '2026-11-01', '--json', 'workspace'])).stdout).toBe(
      `${JSON.stringify({ workspace: workspaceId }, null, 2)}\n`,
    );

    for (const args of [['usage'], ['billing', 'view'], ['billing', 'upgrade', 'pro']]) {
      const elsewhere = await cli(args, { PAGEMAGIC_WORKSPACE: 'nosuchworkspace1' });
      expect(elsewhere, args.join(' ')).toMatchObject({
        code: 1,
        stdout: '',
        stderr:
          'error: You have no workspace "nosuchworkspace1": see yours with pagemagic workspaces list, and choose one with pagemagic workspaces switch <id> (or set PAGEMAGIC_WORKSPACE)\n',
      });
    }
  });

  it('prints the API’s message when a plan’s limit refuses a command', async () => {
    await api.client(owner.tokens).call(createSite, { body: { name: 'deli', prompt: 'A deli in Porto' } });
    const refused = await cli([
      'sites',
      'create',
      '--name',
      'florist',
      '--prompt',
      'A florist in Braga',
      '--no-wait',
    ]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(
      /^error: The Free plan allows 3 sites and this workspace has 3; delete one, or upgrade to Pro \(50 sites\) with `pagemagic billing upgrade pro` or on the Billing page/,
    );
    const rows = tsv((await ok('billing', 'view')).stdout);
    expect(rows).toContainEqual(['sites', '3', '3', '100%', 'at once']);
  });
});
