// GET /workspaces/:id/usage against the real API and database: rows in usage_hourly (as the meter writes
// them) come back per metric with zero-filled buckets by hour, day and month, per-site totals largest first,
// a site filter, the meter's progress; any member reads, an outsider gets the 404 of a workspace that does
// not exist, and a range that is backwards or too long is a 400 that names the limit.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../src/auth/sessions.ts';
import { ApiClientError } from '../src/client/index.ts';
import { getUsage, type Usage } from '../src/contract/usage.ts';
import { listWorkspaces } from '../src/contract/workspaces.ts';
import { monthlyUsage } from '../src/metering/totals.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let owner: TokenPair;
let workspaceId: string;

async function insert(site: string, metric: string, hour: string, value: number): Promise<void> {
  await api.services.db.query(
    'INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, $2, $3, $4, $5)',
    [workspaceId, site, metric, hour, value],
  );
}

async function refusal(call: Promise<unknown>): Promise<ApiClientError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiClientError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

const metric = (usage: Usage, name: string) => {
  const found = usage.metrics.find((one) => one.metric === name);
  if (!found) throw new Error(`no ${name} in the answer`);
  return found;
};

beforeAll(async () => {
  api = await startTestApi();
  ({ tokens: owner } = await api.signUp());
  const { items } = await api.client(owner).call(listWorkspaces);
  workspaceId = items[0]?.id ?? '';
  // Two sites in January 2026, one workspace-wide build, and a row in February.
  await insert('bakery', 'requests', '2026-01-10T10:00:00Z', 120);
  await insert('bakery', 'requests', '2026-01-10T11:00:00Z', 30);
  await insert('bakery', 'bandwidth_bytes', '2026-01-10T10:00:00Z', 5_000_000);
  await insert('cafe', 'requests', '2026-01-12T00:00:00Z', 400);
  await insert('cafe', 'build_seconds', '2026-01-12T00:00:00Z', 12.5);
  await insert('', 'build_seconds', '2026-01-31T23:00:00Z', 2.5);
  await insert('bakery', 'ai_prompt_tokens', '2026-01-10T10:00:00Z', 900);
  await insert('bakery', 'ai_completion_tokens', '2026-01-10T10:00:00Z', 300);
  await insert('bakery', 'generations', '2026-01-10T10:00:00Z', 2);
  await insert('bakery', 'requests', '2026-02-01T00:00:00Z', 7);
});

afterAll(async () => api?.close());

describe('GET /workspaces/:id/usage', () => {
  it('answers every metric with its unit, total, zero-filled days and sites largest first', async () => {
    const usage = await api.client(owner).call(getUsage, {
      params: { workspaceId },
      query: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
    });
    expect(usage).toMatchObject({
      workspace: workspaceId,
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
      granularity: 'day',
    });
    expect(usage.rolledUpTo).toBeUndefined();
    expect(usage.metrics.map((one) => [one.metric, one.unit])).toEqual([
      ['requests', 'requests'],
      ['bandwidthBytes', 'bytes'],
      ['buildSeconds', 'seconds'],
      ['aiPromptTokens', 'tokens'],
      ['aiCompletionTokens', 'tokens'],
      ['generations', 'generations'],
    ]);
    const requests = metric(usage, 'requests');
    expect(requests.total).toBe(550);
    expect(requests.points).toHaveLength(31);
    expect(requests.points[0]).toEqual({ start: '2026-01-01T00:00:00.000Z', value: 0 });
    expect(requests.points[9]).toEqual({ start: '2026-01-10T00:00:00.000Z', value: 150 });
    expect(requests.points[11]).toEqual({ start: '2026-01-12T00:00:00.000Z', value: 400 });
    expect(requests.points.reduce((sum, point) => sum + point.value, 0)).toBe(550);
    expect(requests.sites).toEqual([
      { site: 'cafe', total: 400 },
      { site: 'bakery', total: 150 },
    ]);
    expect(metric(usage, 'buildSeconds')).toMatchObject({
      total: 15,
      sites: [
        { site: 'cafe', total: 12.5 },
        { site: '', total: 2.5 },
      ],
    });
    expect(metric(usage, 'bandwidthBytes').total).toBe(5_000_000);
    expect(metric(usage, 'generations').total).toBe(2);
  });

  it('defaults to this month by day, and shows how far the meter has rolled up', async () => {
    await api.services.db.query(
      `INSERT INTO meter_state (hour_seconds, rolled_to) VALUES (3600, date_trunc('hour', now()))`,
    );
    const usage = await api.client(owner).call(getUsage, { params: { workspaceId } });
    const now = new Date();
    expect(usage.from).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString());
    expect(usage.granularity).toBe('day');
    expect(metric(usage, 'requests').points).toHaveLength(now.getUTCDate());
    const hour = new Date(now);
    hour.setUTCMinutes(0, 0, 0);
    expect(usage.rolledUpTo).toBe(hour.toISOString());
  });

  it('cuts by hour and by month, and keeps a partly covered hour whole', async () => {
    const hourly = await api.client(owner).call(getUsage, {
      params: { workspaceId },
      query: { from: '2026-01-10T09:30:00Z', to: '2026-01-10T11:30:00Z', granularity: 'hour' },
    });
    expect(metric(hourly, 'requests').points).toEqual([
      { start: '2026-01-10T09:00:00.000Z', value: 0 },
      { start: '2026-01-10T10:00:00.000Z', value: 120 },
      { start: '2026-01-10T11:00:00.000Z', value: 30 },
    ]);
    const monthly = await api.client(owner).call(getUsage, {
      params: { workspaceId },
      query: { from: '2025-12-15T00:00:00Z', to: '2026-02-15T00:00:00Z', granularity: 'month' },
    });
    expect(metric(monthly, 'requests').points).toEqual([
      { start: '2025-12-01T00:00:00.000Z', value: 0 },
      { start: '2026-01-01T00:00:00.000Z', value: 550 },
      { start: '2026-02-01T00:00:00.000Z', value: 7 },
    ]);
  });

  it('narrows everything to one site', async () => {
    const usage = await api.client(owner).call(getUsage, {
      params: { workspaceId },
      query: {
        from: '2026-01-01T00:00:00Z',
        to: '2026-02-01T00:00:00Z',
        granularity: 'month',
        site: 'bakery',
      },
    });
    expect(metric(usage, 'requests')).toMatchObject({
      total: 150,
      points: [{ start: '2026-01-01T00:00:00.000Z', value: 150 }],
      sites: [{ site: 'bakery', total: 150 }],
    });
    expect(metric(usage, 'buildSeconds')).toMatchObject({ total: 0, sites: [] });
  });

  it('sums a UTC calendar month for billing', async () => {
    expect(await monthlyUsage(api.services.db, workspaceId, new Date('2026-01-20T12:00:00Z'))).toEqual({
      requests: 550,
      bandwidthBytes: 5_000_000,
      buildSeconds: 15,
      aiPromptTokens: 900,
      aiCompletionTokens: 300,
      generations: 2,
    });
    expect(
      (await monthlyUsage(api.services.db, workspaceId, new Date('2026-02-01T00:00:00Z'))).requests,
    ).toBe(7);
  });

  it('lets a viewer read it, and answers anyone outside the workspace as if it did not exist', async () => {
    const viewer = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceId, viewer.user.id],
    );
    const seen = await api.client(viewer.tokens).call(getUsage, {
      params: { workspaceId },
      query: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
    });
    expect(metric(seen, 'requests').total).toBe(550);

    const outsider = await api.signUp();
    const refused = await refusal(api.client(outsider.tokens).call(getUsage, { params: { workspaceId } }));
    expect([refused.status, refused.code]).toEqual([404, 'not_found']);
    const missing = await refusal(
      api.client(outsider.tokens).call(getUsage, { params: { workspaceId: 'nosuchworkspace1' } }),
    );
    expect(missing.message).toBe(refused.message.replace(workspaceId, 'nosuchworkspace1'));
    const anonymous = await refusal(api.client().call(getUsage, { params: { workspaceId } }));
    expect(anonymous.status).toBe(401);
  });

  it('refuses a backwards range, too long a range, hours over 31 days, and values that are no dates', async () => {
    const ask = (query: Record<string, string>) =>
      refusal(api.client(owner).call(getUsage, { params: { workspaceId }, query: query as never }));
    const backwards = await ask({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect([backwards.status, backwards.code]).toEqual([400, 'validation_failed']);
    expect(backwards.message).toMatch(/must be before/);
    const long = await ask({ from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect([long.status, long.message]).toEqual([400, expect.stringMatching(/at most 366 days/)]);
    const hourly = await ask({
      from: '2026-01-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
      granularity: 'hour',
    });
    expect([hourly.status, hourly.message]).toEqual([400, expect.stringMatching(/at most 31 days/)]);
    const malformed: Array<Record<string, string>> = [
      { from: 'yesterday' },
      // RFC 3339 allows a leap second; no clock here can hold one.
      { from: '2026-01-31T23:59:60Z' },
      { granularity: 'week' },
      { site: 'Not A Site!' },
    ];
    for (const query of malformed) {
      const refused = await ask(query);
      expect([refused.status, refused.code], JSON.stringify(query)).toEqual([400, 'validation_failed']);
    }
  });
});
