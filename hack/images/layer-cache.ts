// Gzipping a layer is most of an image build's time (Node alone is 120 MB), so finished layers are kept
// under .local/images/layers by diffID, the digest of the uncompressed tar: the tar of a tree is cheap
// to make and hash, and when its diffID is known the gzipped blob from last time is used. Since the gzip
// is deterministic that blob is exactly what gzipping again would give; layerFromBlob checks it still
// holds that tar, so a damaged cache cannot put wrong bytes in an image.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  deterministicGzip,
  type Layer,
  layerFromBlob,
  sha256Digest,
  type TreeEntry,
  treeLayerEntries,
  writeTar,
} from '@pagemagic/operator/image';

export interface CachedLayer {
  layer: Layer;
  /** False when the blob came from the cache. */
  compressed: boolean;
}

export async function cachedTreeLayer(
  tree: ReadonlyMap<string, TreeEntry>,
  cacheDir: string,
): Promise<CachedLayer> {
  const tar = writeTar(treeLayerEntries(tree));
  const diffId = sha256Digest(tar);
  const path = join(cacheDir, `${diffId.replace(':', '-')}.tar.gz`);
  const cached = await readFile(path).catch(() => undefined);
  if (cached) {
    try {
      return { layer: layerFromBlob(cached, diffId), compressed: false };
    } catch {
      // A damaged or partial blob: made again below and written over.
    }
  }
  const blob = deterministicGzip(tar);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${path}.tmp`, blob);
  await rename(`${path}.tmp`, path);
  return {
    layer: {
      diffId,
      digest: sha256Digest(blob),
      size: blob.length,
      blob,
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    },
    compressed: true,
  };
}
