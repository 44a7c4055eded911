// Runs the CLI as a real process (node cli/src/main.ts …), as a person's shell would, with its own
// config folder and the API's address in the environment. stdout and stderr are pipes, never a terminal.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI_MAIN = resolve(import.meta.dirname, '../../src/main.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  child: ChildProcess;
  result: Promise<CliResult>;
  /** What the process has written so far. */
  output(): { stdout: string; stderr: string };
}

export interface CliEnv {
  /** The config home (XDG_CONFIG_HOME). */
  configHome: string;
  apiUrl: string;
  extra?: NodeJS.ProcessEnv;
}

export async function newConfigHome(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pagemagic-cli-'));
}

export function startCli(args: readonly string[], env: CliEnv, input?: string): CliRun {
  // Nothing of the test runner's own Page Magic settings leaks into the CLI's environment.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('PAGEMAGIC_')),
  );
  const child = spawn(process.execPath, [CLI_MAIN, ...args], {
    env: {
      ...base,
      NO_COLOR: '',
      HOME: env.configHome,
      XDG_CONFIG_HOME: env.configHome,
      PAGEMAGIC_API_URL: env.apiUrl,
      ...env.extra,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin?.end(input ?? '');
  const result = new Promise<CliResult>((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
  return { child, result, output: () => ({ stdout, stderr }) };
}

export function runCli(args: readonly string[], env: CliEnv, input?: string): Promise<CliResult> {
  return startCli(args, env, input).result;
}

/** Waits until the running CLI has written something matching `pattern` to stderr. */
export async function waitForStderr(run: CliRun, pattern: RegExp, seconds = 30): Promise<RegExpMatchArray> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const match = run.output().stderr.match(pattern);
    if (match) return match;
    if (run.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`the CLI never wrote ${pattern} to stderr; it wrote: ${JSON.stringify(run.output())}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Tab-separated output as rows of cells. */
export const tsv = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
