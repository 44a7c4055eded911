// Runs an image's entrypoint from its unpacked root filesystem the way a container runtime would start it
// in a pod, with no runtime: a mount namespace of its own (so every mount below disappears with the
// process, whatever happens to the test), the root bind-mounted read-only, /proc, the /dev nodes a
// program needs, an emptyDir-like tmpfs on /tmp, the pod's /etc/hosts and /etc/resolv.conf, and
// optionally a ServiceAccount's token, CA and namespace at the path the kubelet mounts them. The process
// runs as the image's user in its working directory with only the environment given: the image's Env
// and what the pod spec would add. The network is the host's (a pod's own would not reach the local
// services), so listen addresses must be set to free ports.
//
// Needs root (mounts, chroot); util-linux's unshare does the namespace, the chroot and the user switch.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContainerConfig } from '@pagemagic/operator/image';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface ServiceAccountMount {
  token: string;
  /** PEM of the API server's CA. */
  caCrt: string;
  namespace: string;
}

export interface SandboxOptions {
  /** The unpacked image (extractImage), written to only to add the pod's mount points. */
  root: string;
  /** The image config's `config`: entrypoint, cmd, user, working directory and environment. */
  image: ContainerConfig;
  /** The container's command, replacing the image's entrypoint (as `command:` in a pod spec does). */
  command?: string[];
  /** The container's args, replacing the image's cmd (as `args:` in a pod spec does). */
  args?: string[];
  /** The container's `env:`, on top of the image's. */
  env?: Record<string, string>;
  serviceAccount?: ServiceAccountMount;
  /** Files mounted read-only at absolute paths, like a Secret or ConfigMap volume (e.g. a kubeconfig). */
  files?: Record<string, string>;
  /** True by default: the root is mounted read-only, as with readOnlyRootFilesystem. */
  readOnlyRoot?: boolean;
}

export interface Sandboxed {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  stdout(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs`. */
  stop(graceMs?: number): Promise<number | string>;
}

// $1 root, $2 the pod folder, $3 read-only (1/0), $4 uid, $5 gid, $6 working directory; then the command.
const SETUP = `
set -eu
root=$1 pod=$2 readonly=$3 uid=$4 gid=$5 wd=$6
shift 6
mount --bind "$root" "$root"
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
mount -t tmpfs -o nosuid,mode=755,size=64k tmpfs "$root/dev"
for node in null zero random urandom; do
  touch "$root/dev/$node"
  mount --bind "/dev/$node" "$root/dev/$node"
done
mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/tmp"
for file in hosts resolv.conf; do mount --bind -o ro "$pod/$file" "$root/etc/$file"; done
if [ -d "$pod/mounts" ]; then
  (cd "$pod/mounts" && find . -type f) | while read -r file; do
    mount --bind -o ro "$pod/mounts/$file" "$root/\${file#./}"
  done
fi
if [ "$readonly" = 1 ]; then mount -o remount,bind,ro "$root"; fi
exec unshare --root="$root" --wd="$wd" --setuid "$uid" --setgid "$gid" -- "$@"
`;

function userOf(image: ContainerConfig): [number, number] {
  const match = /^(\d+)(?::(\d+))?$/.exec(image.User ?? '');
  if (!match) {
    throw new Error(
      `the image's user '${image.User ?? ''}' is not numeric uid[:gid]; a non-root image should name its uid`,
    );
  }
  const uid = Number(match[1]);
  return [uid, Number(match[2] ?? uid)];
}

function environment(image: ContainerConfig, env: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of image.Env ?? []) {
    const equals = entry.indexOf('=');
    out[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return { ...out, ...env };
}

/** Adds the mount points a runtime creates, and writes the pod's files beside the root. */
async function preparePod(options: SandboxOptions, pod: string): Promise<void> {
  const { root } = options;
  for (const dir of ['proc', 'dev', 'tmp', 'etc']) await mkdir(join(root, dir), { recursive: true });
  await mkdir(pod, { recursive: true });
  await writeFile(join(pod, 'hosts'), '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n');
  // The host's resolver, as a pod with dnsPolicy Default would get.
  await writeFile(
    join(pod, 'resolv.conf'),
    await readFile('/etc/resolv.conf').catch(() => 'nameserver 127.0.0.1\n'),
  );
  for (const file of ['hosts', 'resolv.conf']) await writeFile(join(root, 'etc', file), '', { flag: 'a' });
  const mounts: Record<string, string> = { ...options.files };
  if (options.serviceAccount) {
    const { token, caCrt, namespace } = options.serviceAccount;
    Object.assign(mounts, {
      [`${SERVICE_ACCOUNT_DIR}/token`]: token,
      [`${SERVICE_ACCOUNT_DIR}/ca.crt`]: caCrt,
      [`${SERVICE_ACCOUNT_DIR}/namespace`]: namespace,
    });
  }
  for (const [path, content] of Object.entries(mounts)) {
    if (!path.startsWith('/') || path.split('/').includes('..'))
      throw new Error(`mount path '${path}' must be absolute and clean`);
    const relative = path.slice(1);
    const dir = relative.split('/').slice(0, -1).join('/');
    await mkdir(join(pod, 'mounts', dir), { recursive: true });
    await writeFile(join(pod, 'mounts', relative), content, { mode: 0o644 });
    await mkdir(join(root, dir), { recursive: true });
    await writeFile(join(root, relative), '', { flag: 'a' });
  }
}

/** Starts the image's entrypoint in a pod-like sandbox; see the top of this file. */
export async function startSandboxed(options: SandboxOptions): Promise<Sandboxed> {
  const { image } = options;
  const [uid, gid] = userOf(image);
  // As Kubernetes does: a command replaces the entrypoint and drops the image's cmd.
  const command = options.command
    ? [...options.command, ...(options.args ?? [])]
    : [...(image.Entrypoint ?? []), ...(options.args ?? image.Cmd ?? [])];
  if (command.length === 0) throw new Error('the image has neither an entrypoint nor a cmd to run');
  const pod = `${options.root}.pod`;
  await preparePod(options, pod);
  const readOnly = options.readOnlyRoot === false ? '0' : '1';
  const child = spawn(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '/bin/sh',
      '-c',
      SETUP,
      'sandbox',
      options.root,
      pod,
      readOnly,
      String(uid),
      String(gid),
      image.WorkingDir || '/',
      ...command,
    ],
    { env: environment(image, options.env), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      output += `\n${error.message}`;
      resolve('spawn failed');
    });
  });
  return {
    child,
    output: () => output,
    stdout: () => stdout,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs a command in the sandbox to the end: its exit code, stdout, and everything it printed. */
export async function runSandboxed(
  options: SandboxOptions,
): Promise<{ code: number | string; stdout: string; output: string }> {
  const sandboxed = await startSandboxed(options);
  const code = await sandboxed.exited;
  return { code, stdout: sandboxed.stdout(), output: sandboxed.output() };
}
