// Image references the way docker and the distribution project read them:
// `host[:port]/repo/name[:tag][@sha256:…]`, where a first part without '.' or ':' (other than
// 'localhost') is not a host but the start of a Docker Hub name.

export interface Repository {
  /** The registry host as written in references, e.g. '127.0.0.1:15000' or 'docker.io'. */
  registry: string;
  /** E.g. 'sites/bakery' or 'library/nginx'. */
  repository: string;
}

export interface ImageReference extends Repository {
  /** 'latest' when neither a tag nor a digest was given. */
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';

const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;

function invalid(input: string, why: string): Error {
  return new Error(`'${input}' is not a valid image reference: ${why}`);
}

function splitHost(input: string, name: string): Repository {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isHost =
    slash !== -1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  let registry = DOCKER_HUB;
  let repository = name;
  if (isHost) {
    registry = first;
    repository = name.slice(slash + 1);
    if (!HOST.test(registry)) throw invalid(input, `'${registry}' is not a host[:port]`);
  }
  if (registry === DOCKER_HUB || registry === 'index.docker.io') {
    registry = DOCKER_HUB;
    if (!repository.includes('/')) repository = `library/${repository}`;
  }
  if (repository === '') throw invalid(input, 'the repository name is empty');
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw invalid(
        input,
        `'${component}' is not a valid repository name component (lowercase letters, digits and single separators)`,
      );
    }
  }
  return { registry, repository };
}

/** Parses `host:port/repo:tag`, `host/repo@sha256:…` or `host/repo:tag@sha256:…`; the tag defaults to 'latest'. */
export function parseReference(input: string): ImageReference {
  let rest = input.trim();
  if (rest === '') throw invalid(input, 'it is empty');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(input, `'${digest}' is not a digest`);
    if (!SHA256.test(digest)) throw invalid(input, `only sha256 digests are supported, not '${digest}'`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(input, `'${tag}' is not a valid tag`);
  }
  const repository = splitHost(input, rest);
  if (digest !== undefined)
    return tag === undefined ? { ...repository, digest } : { ...repository, tag, digest };
  return { ...repository, tag: tag ?? 'latest' };
}

/** Parses a repository without tag or digest, e.g. a build target `127.0.0.1:15000/sites/bakery`. */
export function parseRepository(input: string): Repository {
  const reference = parseReference(input);
  if (reference.digest !== undefined || /:[^/]*$/.test(input.trim())) {
    throw invalid(input, 'give a repository without a tag or digest here');
  }
  return { registry: reference.registry, repository: reference.repository };
}

/** What to ask the registry's manifest endpoint for: the digest when there is one, else the tag. */
export function manifestReference(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}

export function formatReference(reference: ImageReference): string {
  const name = `${reference.registry}/${reference.repository}`;
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
  const digest = reference.digest === undefined ? '' : `@${reference.digest}`;
  return `${name}${tag}${digest}`;
}
