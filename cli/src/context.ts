// What every command gets: where to print, how (terminal or pipe), and an API client that is signed in
// from PAGEMAGIC_TOKEN or the stored sign-in, refreshing the stored one when the API says it expired.

import { PagemagicClient } from '@pagemagic/api/client';
import { refresh } from '@pagemagic/api/contract/auth';
import { readConfig, type StoredConfig, updateConfig, withConfigLock } from './config.ts';
import { notSignedIn, usageError } from './errors.ts';
import type { OutputMode } from './output.ts';

// Where `make dev` serves the API (hack/dev.sh), so the first `pagemagic login` on a machine running the
// local platform needs no flag.
export const DEFAULT_API_URL = 'http://127.0.0.1:18090';
export const USER_AGENT = 'pagemagic-cli/0.1.0';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** stdout, stderr and stdin are terminals. */
  stdoutTty: boolean;
  stderrTty: boolean;
  stdinTty: boolean;
  columns: number;
  /** Asks a yes/no question on the terminal; only called when stdin and stderr are terminals. */
  ask: (question: string) => Promise<string>;
}

export interface GlobalOptions {
  apiUrl?: string;
}

export interface Context {
  io: Io;
  apiUrl: string;
  mode: OutputMode;
  /** A client without a token (sign-in routes). */
  anonymous(): PagemagicClient;
  /** A signed-in client; fails with exit 4 when there is no sign-in. */
  signedIn(): Promise<PagemagicClient>;
  /** Whether a person can answer a prompt. */
  interactive: boolean;
}

export async function createContext(io: Io, options: GlobalOptions): Promise<Context> {
  const stored = await readConfig(io.env);
  const apiUrl = (
    options.apiUrl ??
    nonEmpty(io.env.PAGEMAGIC_API_URL) ??
    stored.apiUrl ??
    DEFAULT_API_URL
  ).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(apiUrl)) {
    throw usageError(`--api-url must be an http(s) URL such as ${DEFAULT_API_URL}, not "${apiUrl}"`);
  }
  const mode: OutputMode = {
    tty: io.stdoutTty,
    color: io.stdoutTty && !nonEmpty(io.env.NO_COLOR) && io.env.TERM !== 'dumb',
    width: io.columns,
  };
  const workspace = () => nonEmpty(io.env.PAGEMAGIC_WORKSPACE) ?? current.workspace;
  let current: StoredConfig = stored;
  return {
    io,
    apiUrl,
    mode,
    interactive: io.stdinTty && io.stderrTty,
    anonymous: () => new PagemagicClient({ baseUrl: apiUrl, userAgent: USER_AGENT, workspace }),
    async signedIn() {
      const fixed = nonEmpty(io.env.PAGEMAGIC_TOKEN);
      if (fixed) {
        return new PagemagicClient({
          baseUrl: apiUrl,
          userAgent: USER_AGENT,
          accessToken: () => fixed,
          workspace,
        });
      }
      // Read again: a command may have just stored a sign-in (login) since the context was made.
      current = await readConfig(io.env);
      if (!current.accessToken || !current.refreshToken) throw notSignedIn();
      const spent = { token: current.refreshToken };
      return new PagemagicClient({
        baseUrl: apiUrl,
        userAgent: USER_AGENT,
        workspace,
        accessToken: () => current.accessToken,
        onExpired: async () => {
          current = await refreshStored(apiUrl, io.env, spent.token);
          spent.token = current.refreshToken ?? '';
          return true;
        },
      });
    },
  };
}

/**
 * A new token pair for the stored sign-in. Under the lock, a pair another process already refreshed is
 * taken as it is: spending the old refresh token again would look like theft and end the sign-in.
 */
async function refreshStored(apiUrl: string, env: NodeJS.ProcessEnv, held: string): Promise<StoredConfig> {
  return withConfigLock(async () => {
    const latest = await readConfig(env);
    if (!latest.refreshToken) throw notSignedIn('You signed out');
    if (latest.refreshToken !== held) return latest;
    const client = new PagemagicClient({ baseUrl: apiUrl, userAgent: USER_AGENT });
    let pair: Awaited<ReturnType<typeof client.call<typeof refresh>>>;
    try {
      pair = await client.call(refresh, { body: { refreshToken: latest.refreshToken } });
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 401 || status === 400) {
        await updateConfig(({ accessToken: _a, refreshToken: _r, ...rest }) => rest, env);
        throw notSignedIn('Your sign-in has ended (it expired or was revoked)');
      }
      throw error;
    }
    return updateConfig(
      (config) => ({
        ...config,
        accessToken: pair.accessToken,
        refreshToken: pair.refreshToken,
        userId: pair.userId,
      }),
      env,
    );
  }, env);
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Asks before something that cannot be undone; without a terminal there is no asking (exit 2). */
export async function confirmDestructive(
  context: Context,
  what: string,
  yes: boolean | undefined,
): Promise<void> {
  if (yes) return;
  if (!context.interactive) {
    throw usageError(`Refusing to ${what} without confirmation: pass --yes to do it without a prompt`);
  }
  const question = `${what.charAt(0).toUpperCase()}${what.slice(1)}? This cannot be undone. Type "yes" to continue: `;
  const answer = (await context.io.ask(question)).trim();
  if (answer.toLowerCase() !== 'yes' && answer.toLowerCase() !== 'y') {
    throw usageError('Cancelled: nothing was changed');
  }
}
