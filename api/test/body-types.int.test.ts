// Bodies are taken as sent: a value of the wrong JSON type is a 400 naming its path, never quietly turned
// into the type the schema wants (`false` into "false", `null` into "", `true` into "true", a lone value into
// an array). Query strings and path parameters, which are text by nature, are still read as the numbers
// their schemas ask for.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProfile } from '../src/contract/profile.ts';
import { createSite, listSites } from '../src/contract/sites.ts';
import { listWorkspaces } from '../src/contract/workspaces.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let token: string;
let workspaceId: string;

beforeAll(async () => {
  api = await startTestApi();
  const { tokens } = await api.signUp('types@example.com', 'Ada');
  token = tokens.accessToken;
  const { items } = await api.client(tokens).call(listWorkspaces);
  workspaceId = items[0]?.id ?? '';
});
afterAll(async () => api?.close());

interface Answer {
  status: number;
  body: { error?: { code: string; message: string; details?: { issues?: Array<{ path: string }> } } };
}

async function send(method: string, path: string, body: unknown, auth = true): Promise<Answer> {
  const response = await fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Answer['body']) };
}

function expectWrongType(answer: Answer, path: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.error?.code).toBe('validation_failed');
  expect(answer.body.error?.details?.issues?.map((issue) => issue.path)).toContain(path);
}

describe('bodies of the wrong type', () => {
  it('are refused by PATCH /profile, and the name stays as it was', async () => {
    for (const name of [false, true, 0, 12345, null, ['Grace'], { first: 'Grace' }]) {
      expectWrongType(await send('PATCH', '/profile', { name }), 'body/name');
    }
    const profile = await api.client({ accessToken: token }).call(getProfile);
    expect(profile.name).toBe('Ada');
  });

  it('are refused by the workspace routes', async () => {
    expectWrongType(await send('POST', '/workspaces', { name: false }), 'body/name');
    expectWrongType(await send('POST', '/workspaces', { name: 42 }), 'body/name');
    expectWrongType(await send('PATCH', `/workspaces/${workspaceId}`, { name: true }), 'body/name');
    expectWrongType(
      await send('POST', `/workspaces/${workspaceId}/invitations`, {
        email: 'x@example.com',
        role: ['editor'],
      }),
      'body/role',
    );
    const { items } = await api.client({ accessToken: token }).call(listWorkspaces);
    expect(items.map((workspace) => workspace.name)).not.toContain('true');
    expect(items).toHaveLength(1);
  });

  it('are refused by sign-in, confirm and logout', async () => {
    expectWrongType(await send('POST', '/auth/logout', { refreshToken: true }, false), 'body/refreshToken');
    expectWrongType(await send('POST', '/auth/refresh', { refreshToken: 1234 }, false), 'body/refreshToken');
    expectWrongType(await send('POST', '/auth/confirm', { token: null }, false), 'body/token');
    expectWrongType(await send('POST', '/auth/login', { email: ['types@example.com'] }, false), 'body/email');
  });

  it('are refused when a site is made', async () => {
    expectWrongType(await send('POST', '/sites', { prompt: 123456789012345 }), 'body/prompt');
    const { items } = await api.client({ accessToken: token }).call(listSites, { query: {} });
    expect(items).toEqual([]);
  });
});

describe('query strings and path parameters', () => {
  it('are still read as the numbers their schemas ask for', async () => {
    const client = api.client({ accessToken: token });
    await client.call(createSite, { body: { prompt: 'A bakery in Porto', name: 'bakery-one' } });
    await client.call(createSite, { body: { prompt: 'A bakery in Lisbon', name: 'bakery-two' } });
    const response = await fetch(`${api.url}/api/v1/sites?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: unknown[]; continue?: string };
    expect(page.items).toHaveLength(1);
    expect(page.continue).toBeTruthy();
  });
});
