// What the images say about their source: the commit they were built from and its time. The time is the
// images' `created` (and nothing in them depends on the clock), so building the same commit twice gives
// the same digests.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceInfo {
  /** The commit (HEAD). */
  revision: string;
  /** The commit's time in UTC, RFC 3339 without fractions: the images' `created`. */
  created: string;
  /** The workspace packages' version. */
  version: string;
  /** Where the source lives (org.opencontainers.image.source). */
  url: string;
  /** True when the work tree differs from HEAD: the images hold the changes, their revision names HEAD. */
  dirty: boolean;
}

/** The project's home, unless PAGEMAGIC_IMAGE_SOURCE names another (a fork's). */
export const DEFAULT_SOURCE_URL = 'https://github.com/pagemagic/pagemagic';

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    throw new Error(
      `git ${args.join(' ')} failed in ${root} (${(error as Error).message.split('\n')[0]}): the images are labelled with the commit they are built from, so build them from a git checkout with at least one commit`,
    );
  }
}

export function sourceInfo(root: string, env: NodeJS.ProcessEnv = process.env): SourceInfo {
  const revision = git(root, ['rev-parse', 'HEAD']);
  const seconds = Number(git(root, ['log', '-1', '--format=%ct', 'HEAD']));
  const created = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { version } = JSON.parse(readFileSync(join(root, 'operator', 'package.json'), 'utf8')) as {
    version: string;
  };
  const dirty = git(root, ['status', '--porcelain', '--untracked-files=no']) !== '';
  return { revision, created, version, url: env.PAGEMAGIC_IMAGE_SOURCE || DEFAULT_SOURCE_URL, dirty };
}

/** The OCI annotations every component image carries. */
export function sourceAnnotations(
  source: SourceInfo,
  title: string,
  description: string,
): Record<string, string> {
  return {
    'org.opencontainers.image.title': title,
    'org.opencontainers.image.description': description,
    'org.opencontainers.image.source': source.url,
    'org.opencontainers.image.revision': source.revision,
    'org.opencontainers.image.version': source.version,
    'org.opencontainers.image.created': source.created,
  };
}
