// One image layer from a map of files (a site) or a file tree (a root filesystem, a runtime, an application:
// files, folders with their own modes and owners, symbolic links): a deterministic tar, gzipped
// deterministically. The same entries and prefix give the same bytes, so the same diffID and blob digest,
// on every run; a rebuild of an unchanged site or application pushes nothing new.

import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { sha256Digest, verifyDigest } from './digest.ts';
import { readTar, type TarEntry, type TarWriteEntry, writeTar } from './tar.ts';

export interface LayerFile {
  body: Uint8Array;
  /** Permission bits; 0o644 unless given. */
  mode?: number;
}

export interface LayerOptions {
  /** The absolute folder the files go under, e.g. '/srv/site'. Defaults to '/'. */
  prefix?: string;
}

export interface Layer {
  /** The digest of the uncompressed tar, which the image config lists in rootfs.diff_ids. */
  diffId: string;
  /** The digest of the gzipped blob, which the manifest and the registry know the layer by. */
  digest: string;
  /** Bytes of the gzipped blob. */
  size: number;
  blob: Buffer;
  mediaType: string;
}

export const LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

const FILE_MODE = 0o644;
const DIRECTORY_MODE = 0o755;

// Every deflate setting pinned, so a change of zlib's defaults cannot change the digest.
const GZIP_OPTIONS = {
  level: 6,
  memLevel: 8,
  windowBits: 15,
  strategy: constants.Z_DEFAULT_STRATEGY,
} as const;
// RFC 1952 "unknown" OS, as Go's compress/gzip writes it; zlib would write the OS it was built for.
const GZIP_OS_UNKNOWN = 0xff;

/** `/srv/site/` → ['srv', 'site']; refuses anything that could step outside or be read two ways. */
export function pathSegments(path: string, what: string): string[] {
  const trimmed = path.replace(/^\//, '');
  if (trimmed === '') return [];
  const segments = trimmed.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || segment.includes('\0')) {
      throw new Error(
        `${what} '${path}' is not a clean path: use '/'-separated names without empty, '.' or '..' parts`,
      );
    }
  }
  return segments;
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The tar entries for `files` under `prefix`: every parent folder (the prefix's own included) before what
 * it holds, folders and files in one sorted order, so the order of the map does not matter.
 */
export function layerEntries(
  files: ReadonlyMap<string, LayerFile>,
  options: LayerOptions = {},
): TarWriteEntry[] {
  const prefix = pathSegments(options.prefix ?? '/', 'the layer prefix');
  const fileEntries = new Map<string, { segments: string[]; file: LayerFile }>();
  const directories = new Map<string, string[]>();
  // The prefix's folders exist even with no files, so the server always finds its root.
  for (let i = 1; i <= prefix.length; i++) {
    const folder = prefix.slice(0, i);
    directories.set(folder.join('/'), folder);
  }
  for (const [name, file] of files) {
    const segments = [...prefix, ...pathSegments(name, 'file path')];
    if (segments.length === 0) throw new Error(`file path '${name}' names the layer's root, not a file`);
    const path = segments.join('/');
    if (fileEntries.has(path)) throw new Error(`two files map to '/${path}' ('${name}' is one of them)`);
    fileEntries.set(path, { segments, file });
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i);
      directories.set(parent.join('/'), parent);
    }
  }
  for (const path of directories.keys()) {
    if (fileEntries.has(path)) throw new Error(`'/${path}' is both a file and the folder of other files`);
  }

  const entries: (TarWriteEntry & { segments: string[] })[] = [];
  for (const [path, segments] of directories) {
    entries.push({ path, segments, type: 'directory', mode: DIRECTORY_MODE });
  }
  for (const [path, { segments, file }] of fileEntries) {
    entries.push({ path, segments, type: 'file', mode: file.mode ?? FILE_MODE, body: file.body });
  }
  entries.sort((a, b) => compareSegments(a.segments, b.segments));
  return entries.map(({ segments: _, ...entry }) => entry);
}

/** Gzip with fixed settings and a fixed header (no timestamp, no OS), so the output is a function of the input. */
export function deterministicGzip(data: Uint8Array): Buffer {
  const blob = gzipSync(data, GZIP_OPTIONS);
  blob.fill(0, 4, 8); // MTIME
  blob[9] = GZIP_OS_UNKNOWN;
  return blob;
}

function layerOf(tar: Buffer): Layer {
  const blob = deterministicGzip(tar);
  return {
    diffId: sha256Digest(tar),
    digest: sha256Digest(blob),
    size: blob.length,
    blob,
    mediaType: LAYER_MEDIA_TYPE,
  };
}

export function createLayer(files: ReadonlyMap<string, LayerFile>, options: LayerOptions = {}): Layer {
  return layerOf(writeTar(layerEntries(files, options)));
}

// --- file trees ------------------------------------------------------------------

/** One entry of a file tree, keyed by its absolute path in the image. */
export type TreeEntry =
  | { type: 'file'; body: Uint8Array; mode?: number; uid?: number; gid?: number }
  | { type: 'directory'; mode?: number; uid?: number; gid?: number }
  | { type: 'symlink'; target: string };

export interface TreeLayerOptions extends LayerOptions {
  /** Every entry's modification time, in seconds since 1970; 0 by default. Never the clock. */
  mtime?: number;
}

/**
 * The tar entries for a file tree: folders the tree names keep their mode and owner, folders it only
 * implies are root's with 0755, and everything comes in one sorted order, parents first.
 */
export function treeLayerEntries(
  tree: ReadonlyMap<string, TreeEntry>,
  options: TreeLayerOptions = {},
): TarWriteEntry[] {
  const prefix = pathSegments(options.prefix ?? '/', 'the layer prefix');
  const mtime = options.mtime ?? 0;
  const entries = new Map<string, TarWriteEntry & { segments: string[] }>();
  const implied = new Map<string, string[]>();
  for (let i = 1; i <= prefix.length; i++) implied.set(prefix.slice(0, i).join('/'), prefix.slice(0, i));
  for (const [name, entry] of tree) {
    const segments = [...prefix, ...pathSegments(name, 'tree path')];
    if (segments.length === 0) throw new Error(`tree path '${name}' names the layer's root`);
    const path = segments.join('/');
    if (entries.has(path)) throw new Error(`two tree entries map to '/${path}' ('${name}' is one of them)`);
    for (let i = 1; i < segments.length; i++)
      implied.set(segments.slice(0, i).join('/'), segments.slice(0, i));
    const owner = entry.type === 'symlink' ? {} : { uid: entry.uid ?? 0, gid: entry.gid ?? 0 };
    if (entry.type === 'file') {
      entries.set(path, {
        path,
        segments,
        type: 'file',
        mode: entry.mode ?? FILE_MODE,
        body: entry.body,
        mtime,
        ...owner,
      });
    } else if (entry.type === 'directory') {
      entries.set(path, {
        path,
        segments,
        type: 'directory',
        mode: entry.mode ?? DIRECTORY_MODE,
        mtime,
        ...owner,
      });
    } else {
      if (entry.target === '' || entry.target.includes('\0')) {
        throw new Error(`symlink '${name}' has an empty or invalid target`);
      }
      entries.set(path, { path, segments, type: 'symlink', mode: 0o777, linkname: entry.target, mtime });
    }
  }
  for (const [path, segments] of implied) {
    const named = entries.get(path);
    if (named && named.type !== 'directory') {
      throw new Error(`'/${path}' is a ${named.type} in the tree and also the folder of other entries`);
    }
    if (!named) entries.set(path, { path, segments, type: 'directory', mode: DIRECTORY_MODE, mtime });
  }
  return [...entries.values()]
    .sort((a, b) => compareSegments(a.segments, b.segments))
    .map(({ segments: _, ...entry }) => entry);
}

export function createTreeLayer(tree: ReadonlyMap<string, TreeEntry>, options: TreeLayerOptions = {}): Layer {
  return layerOf(writeTar(treeLayerEntries(tree, options)));
}

/** A layer whose gzipped blob was made before (a build cache), checked against the diffID it was made with. */
export function layerFromBlob(blob: Buffer, diffId: string): Layer {
  verifyDigest(layerTar(blob), diffId, 'the cached layer (uncompressed)');
  return { diffId, digest: sha256Digest(blob), size: blob.length, blob, mediaType: LAYER_MEDIA_TYPE };
}

/** The uncompressed tar of a layer blob: gzipped (by its magic bytes) or plain. */
export function layerTar(blob: Buffer): Buffer {
  return blob[0] === 0x1f && blob[1] === 0x8b ? gunzipSync(blob) : blob;
}

export function readLayer(blob: Buffer): TarEntry[] {
  return readTar(layerTar(blob));
}
