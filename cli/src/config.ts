// Where the CLI keeps a sign-in: $XDG_CONFIG_HOME/pagemagic/config.json (default ~/.config), the folder
// 0700 and the file 0600 because it holds a refresh token. Written to a temporary file and renamed, so
// a crash never leaves half a file; refreshes take a lock, because refresh tokens are single-use and
// two processes spending the same one would end the sign-in everywhere (reuse detection).

import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StoredConfig {
  apiUrl?: string;
  accessToken?: string;
  refreshToken?: string;
  userId?: string;
  email?: string;
  /** The workspace sent as x-pagemagic-workspace; unset: the API's default (the first one). */
  workspace?: string;
}

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'pagemagic');
}

export const configPath = (env: NodeJS.ProcessEnv = process.env) => join(configDir(env), 'config.json');

export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<StoredConfig> {
  let text: string;
  try {
    text = await readFile(configPath(env), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as StoredConfig)
      : {};
  } catch {
    throw new Error(
      `${configPath(env)} is not valid JSON: fix it, or delete it and run pagemagic login again`,
    );
  }
}

export async function writeConfig(config: StoredConfig, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dir = configDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing folder's mode alone, and umask can loosen a new one.
  await chmod(dir, 0o700);
  const path = configPath(env);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export async function updateConfig(
  change: (config: StoredConfig) => StoredConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StoredConfig> {
  const next = change(await readConfig(env));
  await writeConfig(next, env);
  return next;
}

const LOCK_STALE_MS = 30_000;

/** Runs `work` holding the config lock (an exclusively created file); a lock older than 30 s is stale. */
export async function withConfigLock<T>(
  work: () => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const dir = configDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const lock = join(dir, 'config.lock');
  const deadline = Date.now() + LOCK_STALE_MS + 5_000;
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > LOCK_STALE_MS) await rm(lock, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`${lock} is held by another pagemagic process; try again`);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
