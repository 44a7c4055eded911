import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pushBaseImage } from '../src/base-image.ts';
import { repoRoot } from '../testkit/env.ts';
import { kubeconfigPath } from '../testkit/kube.ts';

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
  await quotaAdmitsWebsites();
}

/**
 * In a fresh cluster the API server refuses Websites in a namespace with a quota ("status unknown for
 * quota") until the controller manager has discovered the new custom resources and counted them, which
 * takes up to a minute after the CRDs are installed. Tests of workspaces start only once a server-side
 * dry run of a Website under a quota is admitted.
 */
async function quotaAdmitsWebsites(): Promise<void> {
  const kubectl = (args: string[], input?: string) =>
    new Promise<void>((resolve, reject) => {
      const child = execFile(
        join(repoRoot, 'hack', 'bin', 'kubectl'),
        ['--kubeconfig', kubeconfigPath(), ...args],
        (error, _stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve()),
      );
      child.stdin?.end(input ?? '');
    });
  const namespace = 'pagemagic-quota-probe';
  const manifest = `apiVersion: v1
kind: Namespace
metadata: {name: ${namespace}}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: probe, namespace: ${namespace}}
spec: {hard: {count/websites.pagemagic.dev: "1"}}
`;
  const website = `apiVersion: pagemagic.dev/v1alpha1
kind: Website
metadata: {name: probe, namespace: ${namespace}}
spec: {brief: {prompt: A probe, locales: [en]}}
`;
  const started = Date.now();
  await kubectl(['apply', '-f', '-'], manifest);
  let last = '';
  while (Date.now() - started < 180_000) {
    try {
      await kubectl(['apply', '--dry-run=server', '-f', '-'], website);
      console.log(`quota admission counts Websites (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      return;
    } catch (error) {
      last = (error as Error).message;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  throw new Error(`the API server still refuses Websites under a quota after 180 s: ${last}`);
}

/** Site images are built on the real base; the operator expects it in the local registry. */
async function baseImage(): Promise<void> {
  const started = Date.now();
  const { reference, pushed } = await pushBaseImage();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`base image ${reference}: ${pushed ? 'pushed' : 'up to date'} (${seconds}s)`);
}
