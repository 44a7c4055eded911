// Opening a URL in the person's browser: $BROWSER when set (as git and xdg-utils read it: a command,
// `%s` standing for the URL if it has one, the first of a colon-separated list), else the platform's
// opener (open on macOS, start on Windows, xdg-open elsewhere).

import { spawn } from 'node:child_process';

export interface Opener {
  command: string;
  args: string[];
  /** How to name it in a message: `BROWSER=firefox`, `xdg-open`. */
  label: string;
  windowsVerbatimArguments?: boolean;
}

export function openerFor(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Opener {
  const browser = env.BROWSER?.split(platform === 'win32' ? ';' : ':')[0]?.trim();
  if (browser) {
    if (platform === 'win32') return { command: browser, args: [url], label: `BROWSER=${browser}` };
    // Through sh, so BROWSER may carry options ("firefox --new-window"), but the URL only ever as "$1":
    // it is never read as shell code.
    const line = browser.includes('%s') ? browser.replaceAll('%s', '"$1"') : `${browser} "$1"`;
    return { command: '/bin/sh', args: ['-c', line, 'sh', url], label: `BROWSER=${browser}` };
  }
  if (platform === 'darwin') return { command: 'open', args: [url], label: 'open' };
  if (platform === 'win32') {
    // start's first quoted argument is a window title; cmd reads & as "and then", so it is escaped.
    return {
      command: 'cmd',
      args: ['/c', 'start', '""', url.replaceAll('&', '^&')],
      label: 'start',
      windowsVerbatimArguments: true,
    };
  }
  return { command: 'xdg-open', args: [url], label: 'xdg-open' };
}

/** How long an opener may take to fail before it counts as started: a browser it runs may stay open. */
const FAILURE_GRACE_MS = 2_000;

/** Starts the opener; resolves with why it could not, or undefined once it started (or finished well). */
export function openUrl(opener: Opener): Promise<string | undefined> {
  return new Promise((done) => {
    const child = spawn(opener.command, opener.args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      ...(opener.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.stderr?.destroy();
      child.unref();
      done(undefined);
    }, FAILURE_GRACE_MS);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done(`${opener.label} could not be run: ${error.code ?? error.message}`);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return done(undefined);
      const said = stderr.trim().split('\n').at(-1);
      done(
        `${opener.label} ${signal ? `was ended by ${signal}` : `exited ${code}`}${said ? `: ${said}` : ''}`,
      );
    });
  });
}
