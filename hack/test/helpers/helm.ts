// helm and kubectl from hack/bin, against the local cluster, for the chart's tests.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../testkit/env.ts';
import { kubeconfigPath } from '../../testkit/kube.ts';

const run = promisify(execFile);

export const chartPath = join(repoRoot, 'charts', 'pagemagic');
export const ciValuesDir = join(chartPath, 'ci');

/** What a command printed on each stream; it exited 0. */
export interface Output {
  stdout: string;
  stderr: string;
}

async function tool(name: 'helm' | 'kubectl', args: string[], input?: string): Promise<Output> {
  const command = join(repoRoot, 'hack', 'bin', name);
  const child = run(command, ['--kubeconfig', kubeconfigPath(), ...args], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
    // helm keeps its caches and repositories under .local, not in the home folder.
    env: {
      ...process.env,
      HELM_CACHE_HOME: join(repoRoot, '.local', 'helm', 'cache'),
      HELM_CONFIG_HOME: join(repoRoot, '.local', 'helm', 'config'),
      HELM_DATA_HOME: join(repoRoot, '.local', 'helm', 'data'),
    },
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${name} ${args.join(' ')} failed:\n${stderr || stdout || (error as Error).message}`);
  }
}

export const helm = async (args: string[], input?: string) => (await tool('helm', args, input)).stdout;
export const kubectl = async (args: string[], input?: string) => (await tool('kubectl', args, input)).stdout;
/** kubectl's output with its warnings (stderr), which API servers send for, e.g., Pod Security. */
export const kubectlWithWarnings = (args: string[], input?: string) => tool('kubectl', args, input);
