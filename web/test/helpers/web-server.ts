// The web app as `make dev` runs it: a production build served by `next start`, pointed at an API. For
// end-to-end tests, which bring their own API and operator.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '@pagemagic/hack/testkit/free-port';

const run = promisify(execFile);
export const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nextBin = join(webRoot, '..', 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build` (Turbopack's cache makes a build of unchanged sources quick). */
export async function buildWebApp(): Promise<void> {
  await run(process.execPath, [nextBin, 'build'], {
    cwd: webRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`next build failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
}

export interface WebServer {
  /** http://localhost:<port>: a host browsers treat as secure, so `Secure` session cookies work over http. */
  url: string;
  output(): string;
  close(): Promise<void>;
}

export async function startWebServer(apiUrl: string, port?: number): Promise<WebServer> {
  port ??= await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: webRoot,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PAGEMAGIC_API_URL: apiUrl,
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/sign-in`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
