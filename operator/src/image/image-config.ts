// The new image's config: the base image's, with one more layer and the caller's settings on top. Pure, and
// free of the clock: `created` comes from the caller, so the same inputs give the same config digest.

import {
  type ContainerConfig,
  DEFAULT_PLATFORM,
  type HistoryEntry,
  type ImageConfig,
  type Platform,
} from './oci.ts';

export interface ImageConfigOverrides {
  /** Replaces the base's entrypoint; as in a Dockerfile, that also drops the base's cmd unless `cmd` is given. */
  entrypoint?: string[];
  cmd?: string[];
  /** Set or replace these variables; the base's others are kept, in their order. */
  env?: Record<string, string>;
  /** E.g. '65532:65532'. */
  user?: string;
  workingDir?: string;
  /** Added to the base's; '8080' means '8080/tcp'. */
  exposedPorts?: string[];
  /** Added to (or replacing) the base's labels. */
  labels?: Record<string, string>;
}

export interface LayerHistory {
  /** An RFC 3339 time; the epoch by default in the builder. */
  created: string;
  createdBy: string;
  comment?: string;
}

const PORT = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
const ENV_NAME = /^[^=\0]+$/;

export function normalizePort(port: string): string {
  const match = PORT.exec(port);
  const number = Number(match?.[1]);
  if (!match || number < 1 || number > 65535) {
    throw new Error(`exposed port '${port}' is not a port such as '8080' or '8080/tcp'`);
  }
  return `${number}/${match[2] ?? 'tcp'}`;
}

function mergeEnv(base: readonly string[], overrides: Record<string, string>): string[] {
  const out = [...base];
  for (const [name, value] of Object.entries(overrides)) {
    if (!ENV_NAME.test(name)) throw new Error(`environment variable name '${name}' is empty or holds '='`);
    const entry = `${name}=${value}`;
    const index = out.findIndex((e) => e.split('=', 1)[0] === name);
    if (index === -1) out.push(entry);
    else out[index] = entry;
  }
  return out;
}

export function applyOverrides(base: ContainerConfig, overrides: ImageConfigOverrides): ContainerConfig {
  const config: ContainerConfig = structuredClone(base);
  if (overrides.entrypoint !== undefined) {
    config.Entrypoint = [...overrides.entrypoint];
    if (overrides.cmd === undefined) delete config.Cmd;
  }
  if (overrides.cmd !== undefined) config.Cmd = [...overrides.cmd];
  if (overrides.env !== undefined) config.Env = mergeEnv(config.Env ?? [], overrides.env);
  if (overrides.user !== undefined) config.User = overrides.user;
  if (overrides.workingDir !== undefined) {
    if (!overrides.workingDir.startsWith('/')) {
      throw new Error(`working directory '${overrides.workingDir}' must be an absolute path`);
    }
    config.WorkingDir = overrides.workingDir;
  }
  if (overrides.exposedPorts !== undefined) {
    const ports = { ...config.ExposedPorts };
    for (const port of overrides.exposedPorts) ports[normalizePort(port)] = {};
    config.ExposedPorts = ports;
  }
  if (overrides.labels !== undefined) config.Labels = { ...config.Labels, ...overrides.labels };
  return config;
}

/** The base config with `diffId` appended to its layers, a history entry for it, and the overrides applied. */
export function extendConfig(
  base: ImageConfig,
  diffId: string,
  overrides: ImageConfigOverrides,
  history: LayerHistory,
): ImageConfig {
  const config: ImageConfig = structuredClone(base);
  config.created = history.created;
  config.rootfs = { type: 'layers', diff_ids: [...base.rootfs.diff_ids, diffId] };
  const entry: HistoryEntry = { created: history.created, created_by: history.createdBy };
  if (history.comment !== undefined) entry.comment = history.comment;
  config.history = [...(base.history ?? []), entry];
  config.config = applyOverrides(base.config ?? {}, overrides);
  return config;
}

/** The config of an image built from nothing: `layers` in order, each with its history entry. */
export function newImageConfig(
  layers: readonly { diffId: string; history: LayerHistory }[],
  overrides: ImageConfigOverrides,
  created: string,
  platform: Platform = DEFAULT_PLATFORM,
): ImageConfig {
  const config: ImageConfig = {
    created,
    architecture: platform.architecture,
    os: platform.os,
    config: applyOverrides({}, overrides),
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    history: layers.map(({ history }) => {
      const entry: HistoryEntry = { created: history.created, created_by: history.createdBy };
      if (history.comment !== undefined) entry.comment = history.comment;
      return entry;
    }),
  };
  if (platform.variant !== undefined) config.variant = platform.variant;
  return config;
}
