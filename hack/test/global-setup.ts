import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pushBaseImage } from '../src/base-image.ts';
import { repoRoot } from '../src/env.ts';

const run = promisify(execFile);

async function script(name: string, ...args: string[]): Promise<void> {
  const started = Date.now();
  try {
    const { stdout } = await run('bash', [join(repoRoot, 'hack', name), ...args], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`hack/${name} ${args.join(' ')}: ${stdout.trim() || 'done'} (${seconds}s)`);
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`hack/${name} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

/** Brings up what integration tests talk to, and leaves it running so the next run starts in seconds. */
export async function setup(): Promise<void> {
  await Promise.all([
    script('cluster.sh', 'up'),
    script('services.sh', 'up'),
    script('test-servers.sh', 'up'),
  ]);
  await Promise.all([script('cluster.sh', 'install-crds'), baseImage()]);
}

/** Site images are built on the real base; the operator expects it in the local registry. */
async function baseImage(): Promise<void> {
  const started = Date.now();
  const { reference, pushed } = await pushBaseImage();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`base image ${reference}: ${pushed ? 'pushed' : 'up to date'} (${seconds}s)`);
}
