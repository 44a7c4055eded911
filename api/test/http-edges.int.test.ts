// What the API answers outside its routes' happy paths, in its own error shape and as its OpenAPI document
// says (issue 18, "API contract conformance"; api/test/conformance.int.test.ts runs Schemathesis over all
// of it): 405 with Allow for a method a path lacks, 414 and 431 for what is too long to route, a path
// parameter's constraints in its schema, and the media types of answers that are not JSON.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = (await api.signUp()).tokens.accessToken;
}, 120_000);

afterAll(async () => {
  await api?.close();
});

/** A raw request, so methods and headers fetch() refuses to send (QUERY, 20 KB headers) can be tried. */
function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const outgoing = request(`${api.url}${path}`, { method, headers }, (answer) => {
        let body = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => {
          body += chunk;
        });
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body }));
      });
      outgoing.on('error', reject);
      outgoing.end();
    },
  );
}

describe('methods a path does not have', () => {
  it.each(['PUT', 'DELETE', 'QUERY', 'TRACE'])(
    'answers %s on /api/v1/profile with 405 and the methods it has',
    async (method) => {
      const answer = await send(method, '/api/v1/profile', { authorization: `Bearer ${token}` });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, PATCH');
      expect(JSON.parse(answer.body)).toMatchObject({
        error: { code: 'method_not_allowed', details: { allowed: ['GET', 'HEAD', 'PATCH'] } },
      });
    },
  );

  it('still answers 404 for a path that does not exist at all', async () => {
    const answer = await send('GET', '/api/v1/nothing-here');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('what is too long to route', () => {
  it('refuses a host parameter past its schema with 400 naming the parameter', async () => {
    const answer = await send('GET', `/api/v1/domains/${'a'.repeat(300)}.com`, {
      authorization: `Bearer ${token}`,
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: {
        code: 'validation_failed',
        details: { issues: [{ path: 'params/host', message: expect.stringContaining('fully qualified') }] },
      },
    });
  });

  it('answers a path segment too long for the router with 414 in the API error shape', async () => {
    const answer = await send('GET', `/api/v1/sites/${'a'.repeat(2000)}`, {
      authorization: `Bearer ${token}`,
    });
    expect(answer.status).toBe(414);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'uri_too_long' } });
  });

  it('answers headers past 16 KB with 431 in the API error shape', async () => {
    const answer = await send('GET', '/api/v1/profile', { 'x-padding': 'a'.repeat(20_000) });
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'headers_too_large' } });
  });
});

describe('the OpenAPI document', () => {
  it('lists 414 and 431 on every operation, and the media types of answers that are not JSON', async () => {
    const document = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path));
    expect(operations.length).toBeGreaterThan(40);
    for (const operation of operations) {
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['414', '431']));
    }
    const mediaTypes = (path: string, status: string) =>
      Object.keys(document.paths[path]?.get?.responses[status]?.content ?? {});
    expect(mediaTypes('/api/v1/auth/confirm', '200')).toEqual(['text/html']);
    expect(mediaTypes('/api/v1/sites/{siteId}/events', '200')).toEqual(['text/event-stream']);
    expect(mediaTypes('/preview/{*}', '403')).toEqual(['text/html']);
  });

  it('puts the activity cursor and site filter constraints in the schema, so a bad one is a 400 and never a 500', async () => {
    for (const query of ['cursor=not-a-cursor', 'cursor=99999999999999_1', 'siteId=a%00b']) {
      const answer = await send('GET', `/api/v1/activity?${query}`, { authorization: `Bearer ${token}` });
      expect(answer.status, query).toBe(400);
    }
  });
});
