// Registry credentials in Docker's config format: the `.dockerconfigjson` key of a Kubernetes
// `kubernetes.io/dockerconfigjson` Secret, and ~/.docker/config.json. Each entry of `auths` is keyed by a
// registry written any of the ways docker writes it ('registry.example:5000', 'https://registry.example/v2/',
// 'https://index.docker.io/v1/') and holds `auth` (base64 of 'user:password') or `username` and `password`.

import { DOCKER_HUB } from './reference.ts';
import type { RegistryCredentials } from './registry-client.ts';

export interface DockerConfig {
  /** By registry host as references write it ('docker.io' for Docker Hub). */
  auths: Map<string, RegistryCredentials>;
}

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** 'https://registry.example:5000/v2/' → 'registry.example:5000'; Docker Hub's names → 'docker.io'. */
export function registryKey(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entryCredentials(entry: unknown, where: string): RegistryCredentials {
  if (!isRecord(entry)) throw new Error(`${where} is not an object with auth or username and password`);
  if (typeof entry.auth === 'string' && entry.auth !== '') {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw new Error(`${where}.auth is not base64 of 'username:password'`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (typeof entry.username === 'string' && entry.username !== '' && typeof entry.password === 'string') {
    return { username: entry.username, password: entry.password };
  }
  if (typeof entry.identitytoken === 'string') {
    throw new Error(
      `${where} holds only an identity token, which this client does not exchange: give a username and a password (or an access token as the password)`,
    );
  }
  throw new Error(`${where} has neither auth nor username and password`);
}

/** Parses a Docker config; `what` names it in errors (e.g. 'Secret pagemagic-system/registry'). */
export function parseDockerConfig(text: string, what: string): DockerConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${what} is not JSON (${(error as Error).message}): it should be a Docker config with "auths"`,
    );
  }
  if (!isRecord(parsed) || !isRecord(parsed.auths)) {
    throw new Error(
      `${what} has no "auths" object: it should look like {"auths": {"registry.example": {"auth": "…"}}}`,
    );
  }
  const auths = new Map<string, RegistryCredentials>();
  for (const [key, entry] of Object.entries(parsed.auths)) {
    auths.set(registryKey(key), entryCredentials(entry, `${what}: auths["${key}"]`));
  }
  return { auths };
}

/** The credentials for `registry` (as references write it), if the config has any. */
export function dockerConfigCredentials(
  config: DockerConfig,
  registry: string,
): RegistryCredentials | undefined {
  return config.auths.get(registryKey(registry));
}
