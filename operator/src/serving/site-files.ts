// A Build's site, read straight from its image in the OCI registry: the one layer the Build added on top of
// the base image, under /srv/site. Extracted layers are kept in memory by layer digest (content addressed,
// so an entry can never go stale), up to a byte budget, least recently used dropped first. The API's Build
// previews and `serve-sites` both read sites through it.

import { extname } from 'node:path';
import {
  DEFAULT_CONTENT_TYPE,
  pullLayerFiles,
  type RegistryOptions,
  resolveImage,
  SITE_PREFIX,
  STATIC_CONTENT_TYPES,
} from '../image/index.ts';
import { type HeaderRule, parseHeadersFile, type RenderedFile } from '../site/render/index.ts';

export interface SiteFiles {
  layerDigest: string;
  files: Map<string, RenderedFile>;
  /** The site's own `_headers`, as its web server applies them. */
  rules: HeaderRule[];
  bytes: number;
}

export class SiteFilesCache {
  readonly #maxBytes: number;
  readonly #registry: RegistryOptions;
  /** Layer digest → files, in least-recently-used order (a Map keeps insertion order). */
  readonly #layers = new Map<string, SiteFiles>();
  /** Image reference (pinned by digest, so it never changes) → its top layer's digest. */
  readonly #topLayers = new Map<string, string>();
  /** One pull per layer however many requests arrive for it at once. */
  readonly #pulling = new Map<string, Promise<SiteFiles>>();
  #bytes = 0;

  constructor(options: { maxBytes: number; registry?: RegistryOptions }) {
    this.#maxBytes = options.maxBytes;
    this.#registry = options.registry ?? {};
  }

  get bytes(): number {
    return this.#bytes;
  }

  has(layerDigest: string): boolean {
    return this.#layers.has(layerDigest);
  }

  async get(image: string): Promise<SiteFiles> {
    const layerDigest = await this.#topLayer(image);
    const cached = this.#layers.get(layerDigest);
    if (cached) {
      this.#layers.delete(layerDigest);
      this.#layers.set(layerDigest, cached);
      return cached;
    }
    let pulling = this.#pulling.get(layerDigest);
    if (!pulling) {
      pulling = this.#pull(image, layerDigest).finally(() => this.#pulling.delete(layerDigest));
      this.#pulling.set(layerDigest, pulling);
    }
    return pulling;
  }

  async #topLayer(image: string): Promise<string> {
    const known = this.#topLayers.get(image);
    if (known) return known;
    const resolved = await resolveImage(image, { registry: this.#registry });
    const top = resolved.manifest.layers.at(-1);
    if (!top) throw new Error(`image ${image} has no layers`);
    // Only references pinned by digest are remembered: a tag can move.
    if (image.includes('@sha256:')) {
      if (this.#topLayers.size >= 10_000) this.#topLayers.clear();
      this.#topLayers.set(image, top.digest);
    }
    return top.digest;
  }

  async #pull(image: string, layerDigest: string): Promise<SiteFiles> {
    const pulled = await pullLayerFiles(image, { registry: this.#registry, prefix: SITE_PREFIX });
    const files = new Map<string, RenderedFile>();
    let bytes = 0;
    for (const [path, { body }] of pulled) {
      files.set(path, { body, contentType: STATIC_CONTENT_TYPES[extname(path)] ?? DEFAULT_CONTENT_TYPE });
      bytes += body.length;
    }
    const headers = files.get('/_headers');
    const site: SiteFiles = {
      layerDigest,
      files,
      rules: headers ? parseHeadersFile(new TextDecoder().decode(headers.body)) : [],
      bytes,
    };
    // A site larger than the whole budget is served but not kept.
    if (bytes <= this.#maxBytes) {
      this.#layers.set(layerDigest, site);
      this.#bytes += bytes;
      for (const [digest, entry] of this.#layers) {
        if (this.#bytes <= this.#maxBytes) break;
        this.#layers.delete(digest);
        this.#bytes -= entry.bytes;
      }
    }
    return site;
  }
}
