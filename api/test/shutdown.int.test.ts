// `pagemagic-api serve` as a real process: it migrates and becomes ready (on its internal port, which alone
// serves /ready and /metrics), and on SIGTERM it finishes the request in flight (a sign-in whose body is
// still arriving), stops listening on both ports and exits 0.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localServices } from '@pagemagic/hack/testkit/env';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { kubeconfigPath } from '@pagemagic/hack/testkit/kube';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/test-api.ts';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let localDir: string;
let api: ChildProcess;
let url: string;
let internalUrl: string;
let output = '';
const exited = () =>
  new Promise<number | null>((resolve) => {
    if (api.exitCode !== null) resolve(api.exitCode);
    else api.once('exit', (code) => resolve(code));
  });

beforeAll(async () => {
  database = await createTestDatabase();
  localDir = await mkdtemp(join(tmpdir(), 'pagemagic-api-'));
  const port = await freePort();
  const internalPort = await freePort();
  url = `http://127.0.0.1:${port}`;
  internalUrl = `http://127.0.0.1:${internalPort}`;
  api = spawn(process.execPath, [MAIN, 'serve'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: localServices.redisUrl,
      NATS_URL: localServices.natsUrl,
      KUBECONFIG: kubeconfigPath(),
      SMTP_URL: testServerSettings().mailpitSmtpUrl,
      PAGEMAGIC_LOCAL_DIR: localDir,
      PAGEMAGIC_API_LISTEN: `127.0.0.1:${port}`,
      PAGEMAGIC_API_INTERNAL_LISTEN: `127.0.0.1:${internalPort}`,
      PAGEMAGIC_API_PUBLIC_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  api.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await eventually(
    'the API to be ready',
    async () => {
      if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}):\n${output}`);
      return (await fetch(`${internalUrl}/ready`)).ok || undefined;
    },
    60,
  );
});

afterAll(async () => {
  if (api?.exitCode === null) api.kill('SIGKILL');
  await database?.drop();
  if (localDir) await rm(localDir, { recursive: true, force: true });
});

describe('pagemagic-api serve', () => {
  it('serves /ready and /metrics on the internal port, and not on the public one', async () => {
    expect((await fetch(`${internalUrl}/metrics`)).status).toBe(200);
    expect(await (await fetch(`${internalUrl}/metrics`)).text()).toContain('http_requests_total');
    for (const path of ['/ready', '/metrics']) expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('finishes the request in flight on SIGTERM, then stops listening and exits 0', async () => {
    const body = JSON.stringify({ email: 'shutdown@example.com' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const pending = request(
        `${url}/api/v1/auth/login`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      pending.on('error', reject);
      // Half the body now, the rest after the signal: the request is in flight when shutdown starts.
      pending.write(body.slice(0, 10));
      setTimeout(() => {
        api.kill('SIGTERM');
        setTimeout(() => pending.end(body.slice(10)), 500);
      }, 300);
    });
    const { status, text } = await answer;
    expect(status).toBe(202);
    expect(JSON.parse(text)).toMatchObject({ status: 'sent' });
    expect(await exited()).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    await expect(fetch(`${internalUrl}/ready`)).rejects.toThrow();
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; signal?: string; traceId?: string });
    expect(lines.some((line) => line.msg?.startsWith('shutting down') && line.signal === 'SIGTERM')).toBe(
      true,
    );
    // JSON lines carry the request id of the request they are about.
    expect(lines.some((line) => typeof line.traceId === 'string')).toBe(true);
  });
});
