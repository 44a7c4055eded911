// The app's frame: health and readiness against the real services, OpenAPI and docs, the one error shape,
// request ids, metrics by route pattern, and migrations that two replicas can run at once. Readiness and
// metrics are served on the internal port (PAGEMAGIC_API_INTERNAL_LISTEN) only, never the public one.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { health, jwks } from '../src/contract/system.ts';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { createTestDatabase, startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

describe('system routes', () => {
  it('is live and ready when PostgreSQL, Redis, NATS and the Kubernetes API answer', async () => {
    expect(await api.client().call(health)).toEqual({ status: 'ok' });
    const response = await fetch(`${api.internalUrl}/ready`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { status: string; checks: Record<string, unknown> };
    expect(answer.status).toBe('ready');
    expect(Object.keys(answer.checks).sort()).toEqual(['kubernetes', 'nats', 'postgres', 'redis']);
  });

  it('serves /metrics and /ready on the internal port only: the public port answers 404', async () => {
    expect(new URL(api.internalUrl).hostname).toBe('127.0.0.1');
    expect(api.internalUrl).not.toBe(api.url);
    for (const path of ['/metrics', '/ready']) {
      const outside = await fetch(`${api.url}${path}`);
      expect(outside.status, path).toBe(404);
      expect(await outside.json()).toEqual({
        error: { code: 'not_found', message: `No route GET ${path}; see /docs for the API` },
      });
      expect((await fetch(`${api.internalUrl}${path}`)).status, path).toBe(200);
    }
    // The internal port is for probes and scrapes, not a second way into the API.
    expect((await fetch(`${api.internalUrl}/health`)).status).toBe(200);
    for (const path of ['/api/v1/sites', '/openapi.json', '/docs/']) {
      expect((await fetch(`${api.internalUrl}${path}`)).status, path).toBe(404);
    }
  });

  it('reports unready, naming the dependency, when one is away', async () => {
    const original = api.services.redis.ping.bind(api.services.redis);
    api.services.redis.ping = (async () => {
      throw new Error('connection refused');
    }) as typeof original;
    try {
      const response = await fetch(`${api.internalUrl}/ready`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as {
        status: string;
        checks: Record<string, { ok: boolean; error?: string }>;
      };
      expect(body.status).toBe('unready');
      expect(body.checks.redis).toEqual({ ok: false, error: 'connection refused' });
      expect(body.checks.postgres?.ok).toBe(true);
    } finally {
      api.services.redis.ping = original;
    }
  });

  it('publishes JWKS with the public half of the signing key only', async () => {
    const { keys } = await api.client().call(jwks);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
    expect(keys[0]).not.toHaveProperty('p');
  });

  it('serves OpenAPI 3 describing every route with its responses, and the docs page', async () => {
    const spec = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    expect(spec.paths['/health']?.get?.responses).toHaveProperty('200');
    expect(spec.paths['/api/v1/sites']?.post?.responses).toHaveProperty('201');
    // What the internal port serves is not part of the public API.
    expect(spec.paths['/ready']).toBeUndefined();
    expect(spec.paths['/metrics']).toBeUndefined();
    const docs = await fetch(`${api.url}/docs/`, { redirect: 'follow' });
    expect(docs.status).toBe(200);
    const page = await docs.text();
    expect(page).toContain('swagger');
    // The product's name, and the note that says how to get a token.
    expect(page).toContain('<title>Page Magic API</title>');
    expect(JSON.stringify(spec)).toContain('Getting a token');
  });

  it('answers an unknown route with the one error shape and a request id', async () => {
    const response = await fetch(`${api.url}/api/v1/nothing-here?x=1`, {
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'No route GET /api/v1/nothing-here; see /docs for the API' },
    });
  });

  it('makes its own request id when the caller sends a malformed one', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets security headers', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('counts requests by route pattern and status', async () => {
    await fetch(`${api.url}/health`);
    const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/health",status="200"\} \d+/);
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/health",status="200"\}/,
    );
    expect(text).toMatch(/http_requests_total\{method="GET",route="unmatched",status="404"\}/);
  });
});

describe('migrations', () => {
  it('applies each migration once when two replicas start at the same moment', async () => {
    const database = await createTestDatabase();
    const first = new pg.Pool({ connectionString: database.url });
    const second = new pg.Pool({ connectionString: database.url });
    const pools = [first, second];
    try {
      const results = await Promise.all(pools.map((pool) => migrate(pool)));
      const all = (await loadMigrations()).map((migration) => migration.name);
      expect(results.flat().sort()).toEqual(all);
      const { rows } = await first.query('SELECT name FROM schema_migrations ORDER BY name');
      expect(rows.map((row: { name: string }) => row.name)).toEqual(all);
      expect(await migrate(first)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await database.drop();
    }
  });

  it('rolls back a failing migration and names it', async () => {
    const database = await createTestDatabase();
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      const broken = [
        { name: '001_fine.sql', sql: 'CREATE TABLE fine (id int)' },
        { name: '002_broken.sql', sql: 'CREATE TABLE half (id int); SELECT no_such_function()' },
      ];
      await expect(migrate(pool, broken)).rejects.toThrow(/migration 002_broken.sql failed/);
      const { rows } = await pool.query("SELECT to_regclass('half') AS half, to_regclass('fine') AS fine");
      expect(rows[0]).toEqual({ half: null, fine: 'fine' });
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});
