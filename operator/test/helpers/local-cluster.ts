// Restarting the real kube-apiserver of the local cluster (hack/cluster.sh: kwokctl's binary runtime). kwokctl
// runs each component as a detached process with a pidfile, and `kwokctl start cluster` starts exactly the
// components whose process is not running. So a restart is: stop the API server's process, drop its pidfile
// (kwokctl counts a zombie as running), and let `kwokctl start cluster` start it again. The controller
// manager and the scheduler run without leader election (hack/cluster.sh), so an outage cannot make them
// exit; should one have died anyway, the same start brings it back, and later tests find the whole control
// plane as they expect it.
// kwokctl is called directly rather than through `hack/cluster.sh up`, which recreates the cluster (and
// loses every namespace in it) when its settings changed since it was created.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, serviceSettings } from '@pagemagic/hack/testkit/env';
import type { KubeClient } from '../../src/runtime/index.ts';

const run = promisify(execFile);

export const CONTROL_PLANE = [
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kwok-controller',
] as const;
export type Component = (typeof CONTROL_PLANE)[number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function clusterName(): string {
  return process.env.PAGEMAGIC_CLUSTER_NAME || 'pagemagic';
}

function kwokDir(): string {
  return join(serviceSettings().localDir, 'kwok');
}

function pidFile(component: Component): string {
  return join(kwokDir(), 'clusters', clusterName(), 'pids', `${component}.pid`);
}

/** True while the process exists and is not a zombie (signal 0 succeeds on a zombie). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
    return state !== undefined && state !== 'Z';
  } catch {
    return false;
  }
}

/** The component's process id from kwokctl's pidfile, if that process is running. */
export function componentPid(component: Component): number | undefined {
  const file = pidFile(component);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** `kwokctl start cluster`: starts whichever components are not running and waits until it is served. */
export async function startCluster(): Promise<void> {
  const kwokctl = join(repoRoot, 'hack', 'bin', 'kwokctl');
  try {
    await run(kwokctl, ['--name', clusterName(), 'start', 'cluster', '--timeout', '2m'], {
      cwd: repoRoot,
      env: { ...process.env, KWOK_WORKDIR: kwokDir() },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`kwokctl start cluster failed:\n${stdout}\n${stderr}`);
  }
}

/** Stops the API server's process (SIGTERM, SIGKILL after 60 s) and removes its pidfile. */
export async function stopApiserver(): Promise<number> {
  const pid = componentPid('kube-apiserver');
  if (pid === undefined) throw new Error('the local kube-apiserver is not running');
  if (!commandLine(pid).includes('kube-apiserver')) {
    throw new Error(`pid ${pid} in the kube-apiserver pidfile is not a kube-apiserver`);
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await sleep(100);
  }
  rmSync(pidFile('kube-apiserver'), { force: true });
  return pid;
}

async function apiserverReady(client: KubeClient): Promise<boolean> {
  try {
    const body = await client.request<unknown>({
      verb: 'get',
      resource: 'readyz',
      method: 'GET',
      path: '/readyz',
      timeoutMs: 5000,
    });
    return String(body).trim() === 'ok';
  } catch {
    return false;
  }
}

/**
 * Starts whatever part of the control plane is down and waits until every component runs and the API
 * server is ready. Safe to call when all is well.
 */
export async function ensureClusterRunning(client: KubeClient, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const down = CONTROL_PLANE.filter((component) => componentPid(component) === undefined);
    if (down.length > 0) {
      for (const component of down) rmSync(pidFile(component), { force: true });
      await startCluster();
    }
    const settled = down.length === 0 && (await apiserverReady(client));
    if (settled) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the local control plane did not recover within ${seconds}s (down: ${down.join(', ')})`,
      );
    }
    await sleep(500);
  }
}
