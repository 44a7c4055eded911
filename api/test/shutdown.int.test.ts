// `pagemagic-api serve` as a real process: it migrates and becomes ready (on its internal port, which alone
// serves /ready and /metrics), and on SIGTERM it finishes the request in flight (a sign-in whose body is
// still arriving), stops listening on both ports and exits 0. A request that never finishes does not keep
// it: after PAGEMAGIC_SHUTDOWN_DRAIN_SECONDS what is still open is closed.

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

interface Served {
  process: ChildProcess;
  url: string;
  internalUrl: string;
  output(): string;
  exited(): Promise<number | null>;
}

const started: Served[] = [];

/** `pagemagic-api serve` on free ports against the local services, once it is ready. */
async function serve(env: Record<string, string> = {}): Promise<Served> {
  const port = await freePort();
  const internalPort = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const process_ = spawn(process.execPath, [MAIN, 'serve'], {
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
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  process_.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  process_.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const served: Served = {
    process: process_,
    url,
    internalUrl: `http://127.0.0.1:${internalPort}`,
    output: () => output,
    exited: () =>
      new Promise((resolve) => {
        if (process_.exitCode !== null) resolve(process_.exitCode);
        else process_.once('exit', (code) => resolve(code));
      }),
  };
  started.push(served);
  await eventually(
    'the API to be ready',
    async () => {
      if (process_.exitCode !== null) throw new Error(`the API exited (${process_.exitCode}):\n${output}`);
      return (await fetch(`${served.internalUrl}/ready`)).ok || undefined;
    },
    60,
  );
  return served;
}

/** The JSON log lines a process printed. */
function logLines(served: Served) {
  return served
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map(
      (line) => JSON.parse(line) as { msg?: string; signal?: string; traceId?: string; connections?: number },
    );
}

/** Sends a sign-in request's headers and the first bytes of its body; the rest is up to the caller. */
function partialSignIn(url: string) {
  const body = JSON.stringify({ email: 'shutdown@example.com' });
  let finish: () => void = () => undefined;
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
    pending.write(body.slice(0, 10));
    finish = () => pending.end(body.slice(10));
  });
  return { answer, finish: () => finish() };
}

let api: Served;

beforeAll(async () => {
  database = await createTestDatabase();
  localDir = await mkdtemp(join(tmpdir(), 'pagemagic-api-'));
  api = await serve();
});

afterAll(async () => {
  for (const served of started) if (served.process.exitCode === null) served.process.kill('SIGKILL');
  await database?.drop();
  if (localDir) await rm(localDir, { recursive: true, force: true });
});

describe('pagemagic-api serve', () => {
  it('serves /ready and /metrics on the internal port, and not on the public one', async () => {
    const { url, internalUrl } = api;
    expect((await fetch(`${internalUrl}/metrics`)).status).toBe(200);
    expect(await (await fetch(`${internalUrl}/metrics`)).text()).toContain('http_requests_total');
    for (const path of ['/ready', '/metrics']) expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('finishes the request in flight on SIGTERM, then stops listening and exits 0', async () => {
    const { url, internalUrl } = api;
    // Half the body now, the rest after the signal: the request is in flight when shutdown starts.
    const signIn = partialSignIn(url);
    setTimeout(() => {
      api.process.kill('SIGTERM');
      setTimeout(() => signIn.finish(), 500);
    }, 300);
    const { status, text } = await signIn.answer;
    expect(status).toBe(202);
    expect(JSON.parse(text)).toMatchObject({ status: 'sent' });
    expect(await api.exited()).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    await expect(fetch(`${internalUrl}/ready`)).rejects.toThrow();
    const lines = logLines(api);
    expect(lines.some((line) => line.msg?.startsWith('shutting down') && line.signal === 'SIGTERM')).toBe(
      true,
    );
    // JSON lines carry the request id of the request they are about.
    expect(lines.some((line) => typeof line.traceId === 'string')).toBe(true);
  });

  it('closes a connection that never finishes its request once the drain time is over, and exits 0', {
    timeout: 60_000,
  }, async () => {
    // Without the drain the stalled request would hold the process until Node's 300 s request timeout,
    // far past a pod's termination grace period.
    const stalled = await serve({ PAGEMAGIC_SHUTDOWN_DRAIN_SECONDS: '2' });
    const signIn = partialSignIn(stalled.url);
    const cut = signIn.answer.catch((error: Error) => error);
    await eventually('the request to be in flight', async () =>
      logLines(stalled).some((line) => line.msg === 'incoming request') ? true : undefined,
    );
    stalled.process.kill('SIGTERM');
    expect(await stalled.exited()).toBe(0);
    expect(await cut).toBeInstanceOf(Error);
    expect(logLines(stalled)).toContainEqual(
      expect.objectContaining({
        msg: 'connections still open after the drain time: closing them',
        connections: 1,
      }),
    );
  });
});
