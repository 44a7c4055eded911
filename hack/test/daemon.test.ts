import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../testkit/env.ts';

const daemon = join(repoRoot, 'hack', 'lib', 'daemon.sh');

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('hack/lib/daemon.sh stop_pid', () => {
  // What `make dev-down` does to the web app: `next start` serves from a child process, which must go too.
  it('stops a detached process and the children it forked', () => {
    dir = mkdtempSync(join(tmpdir(), 'pagemagic-daemon-'));
    const script = `
      set -euo pipefail
      DAEMON_SCRIPT=test HOST=127.0.0.1
      source ${JSON.stringify(daemon)}
      live_pid() { local pid; pid=$(cat "$1"); running "$pid" && echo "$pid"; }
      setsid nohup bash -c 'sleep 300 & echo $! > ${dir}/child.pid; wait' >/dev/null 2>&1 </dev/null &
      echo $! > ${dir}/parent.pid
      for _ in $(seq 100); do [[ -s ${dir}/child.pid ]] && break; sleep 0.1; done
      cp ${dir}/child.pid ${dir}/child.seen
      stop_pid parent ${dir}/parent.pid unused
    `;
    const seenChild = () => Number(readFileSync(join(dir, 'child.seen'), 'utf8'));
    execFileSync('bash', ['-c', script], { stdio: 'pipe' });
    const child = seenChild();
    expect(child).toBeGreaterThan(0);
    expect(alive(child)).toBe(false);
  });
});

describe('hack/lib/daemon.sh program_pid', () => {
  /** What program_pid prints for a `sleep` started by `startedAs`, asked about as `askedAs`. */
  function found(startedAs: (link: string) => string, askedAs: (link: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'pagemagic-daemon-'));
    const link = join(dir, 'sleep-link');
    const script = `
      set -uo pipefail
      DAEMON_SCRIPT=test HOST=127.0.0.1
      source ${JSON.stringify(daemon)}
      ln -s "$(command -v sleep)" ${JSON.stringify(link)}
      ${JSON.stringify(startedAs(link))} 300 &
      echo $! > ${dir}/sleep.pid
      program_pid ${dir}/sleep.pid ${JSON.stringify(askedAs(link))} || echo none
      kill $(cat ${dir}/sleep.pid)
    `;
    try {
      return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sleepBinary = execFileSync('bash', ['-c', 'readlink -f "$(command -v sleep)"'], {
    encoding: 'utf8',
  }).trim();

  // A git worktree reaches hack/bin through a symlink: the servers the main checkout started are its own.
  it('knows a server started through a symlink by the file it runs', () => {
    expect(
      found(
        (link) => link,
        () => sleepBinary,
      ),
    ).toMatch(/^\d+$/);
    expect(
      found(
        () => sleepBinary,
        (link) => link,
      ),
    ).toMatch(/^\d+$/);
  });

  it('does not take another program for it', () => {
    expect(
      found(
        () => sleepBinary,
        () => '/usr/bin/true',
      ),
    ).toBe('none');
  });
});
