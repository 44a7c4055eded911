// The real operator as a child process (`node operator/src/main.ts run`), for tests that kill it, restart
// it or run two of them: what they observe is only what the process exposes — its exit, its JSON log
// lines and its /readyz and /metrics — exactly what a platform would see of the deployed operator.

import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { kubeconfigPath } from '@pagemagic/hack/testkit/kube';
import { parseMetrics, type Sample } from '@pagemagic/hack/testkit/prometheus-text';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';

export { freePort, parseMetrics, type Sample };

export interface OperatorProcessOptions {
  /** `--namespace` (the only namespace it reconciles) and PAGEMAGIC_NAMESPACE (where its Lease lives). */
  namespace: string;
  /**
   * Names the log file and, as POD_NAME, the leader-election identity: two replicas need two names, and
   * a name used again replaces the earlier log.
   */
  name: string;
  /** Campaign for the `pagemagic-operator` Lease; off by default (`--no-leader-elect`). */
  leaderElect?: boolean;
  workers?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Defaults to the local cluster's kubeconfig. */
  kubeconfig?: string;
}

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface OperatorProcess {
  readonly name: string;
  readonly pid: number;
  readonly metricsUrl: string;
  /** Where stdout and stderr are copied, for reading after a failed run. */
  readonly logPath: string;
  /** Resolves when the process has exited, however it ended. */
  readonly exited: Promise<Exit>;
  running(): boolean;
  /** The JSON lines written to stdout so far. */
  lines(): LogLine[];
  stderr(): string;
  /** Waits until /readyz answers 200; fails at once if the process exits first. */
  waitReady(seconds?: number): Promise<void>;
  metrics(): Promise<Sample[]>;
  /** Sends `signal` and waits for the exit; a process already gone is left alone. */
  kill(signal?: NodeJS.Signals): Promise<Exit>;
}

/** The sum of `name` over the samples whose labels include `labels`. */
export function metricSum(samples: readonly Sample[], name: string, labels: Record<string, string> = {}) {
  return samples
    .filter(
      (sample) =>
        sample.name === name &&
        Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
    )
    .reduce((total, sample) => total + sample.value, 0);
}

function parseLine(line: string): LogLine | undefined {
  try {
    const parsed = JSON.parse(line) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as LogLine) : undefined;
  } catch {
    return { level: 'unparsed', msg: line };
  }
}

function childEnv(options: OperatorProcessOptions, acmePort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KUBECONFIG: options.kubeconfig ?? kubeconfigPath(),
    PAGEMAGIC_NAMESPACE: options.namespace,
    PAGEMAGIC_REGISTRY: testServerSettings().registryHost,
    PAGEMAGIC_ACME_HTTP_ADDR: `127.0.0.1:${acmePort}`,
    PAGEMAGIC_LOG_LEVEL: options.logLevel ?? 'info',
    POD_NAME: options.name,
  };
  // Events to NATS are optional and not what these tests look at; the AI keys would swap the generator.
  for (const name of [
    'NATS_URL',
    'PAGEMAGIC_WATCH_NAMESPACE',
    'PAGEMAGIC_METRICS_ADDR',
    'PAGEMAGIC_EXECUTOR',
    'PAGEMAGIC_AI_API_KEY',
    'OPENAI_API_KEY',
  ]) {
    delete env[name];
  }
  return env;
}

/** `.local/faults/<name>.log`, replaced by the next process of that name, so logs do not pile up. */
function openLog(options: OperatorProcessOptions): { path: string; stream: WriteStream } {
  const dir = join(repoRoot, '.local', 'faults');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${options.name}.log`);
  return { path, stream: createWriteStream(path) };
}

export async function startOperator(options: OperatorProcessOptions): Promise<OperatorProcess> {
  const metricsPort = await freePort();
  const acmePort = await freePort();
  const args = [
    join(repoRoot, 'operator', 'src', 'main.ts'),
    'run',
    '--namespace',
    options.namespace,
    '--metrics-addr',
    `127.0.0.1:${metricsPort}`,
    '--workers',
    String(options.workers ?? 4),
    ...(options.leaderElect ? [] : ['--no-leader-elect']),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: childEnv(options, acmePort),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start the operator ${options.name}`);
  const pid = child.pid;
  const log = openLog(options);
  log.stream.write(`--- ${new Date().toISOString()} pid ${pid}, namespace ${options.namespace}\n`);
  const lines: LogLine[] = [];
  let partial = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log.stream.write(chunk);
    partial += chunk.toString();
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      const parsed = line.trim() === '' ? undefined : parseLine(line);
      if (parsed) lines.push(parsed);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log.stream.write(chunk);
    stderr += chunk.toString();
  });
  let exit: Exit | undefined;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      log.stream.end(`--- pid ${pid} exited: code ${code}, signal ${signal}\n`);
      resolve(exit);
    });
  });
  const metricsUrl = `http://127.0.0.1:${metricsPort}`;
  const tail = () => `${stderr.slice(-2000)}\nsee ${log.path}`;

  return {
    name: options.name,
    pid,
    metricsUrl,
    logPath: log.path,
    exited,
    running: () => exit === undefined,
    lines: () => [...lines],
    stderr: () => stderr,
    async waitReady(seconds = 60) {
      const deadline = Date.now() + seconds * 1000;
      while (Date.now() < deadline) {
        if (exit) throw new Error(`operator ${options.name} exited (${JSON.stringify(exit)}): ${tail()}`);
        const ready = await fetch(`${metricsUrl}/readyz`).then(
          (response) => response.ok,
          () => false,
        );
        if (ready) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`operator ${options.name} was not ready after ${seconds}s: ${tail()}`);
    },
    async metrics() {
      const response = await fetch(`${metricsUrl}/metrics`);
      if (!response.ok) throw new Error(`${metricsUrl}/metrics answered ${response.status}`);
      return parseMetrics(await response.text());
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (exit) return exit;
      child.kill(signal);
      return exited;
    },
  };
}
