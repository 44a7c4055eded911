// Content revisions, as both the operator and the API write them: an immutable ConfigMap per site
// document, named by the hash of its canonical JSON, labelled and owned by its Website. An edit stored by
// the API and a revision the operator stores itself are the same object, down to the name.
// Node only (it hashes with node:crypto): imported as @pagemagic/crds/content, never from a browser.

import { createHash } from 'node:crypto';
import { controllerReference, type ObjectMeta } from './meta.ts';
import type { SiteDocument } from './site-document.ts';
import type { Website } from './website.ts';

/** On every child of a Website (Builds, content ConfigMaps, Deployments, ...): the Website's name. */
export const LABEL_WEBSITE = 'pagemagic.dev/website';
/** The content hash (cut to the 63 characters a label value holds) on content ConfigMaps and Builds. */
export const LABEL_CONTENT_HASH = 'pagemagic.dev/content-hash';
export const LABEL_COMPONENT = 'pagemagic.dev/component';
/**
 * The whole content hash (a label value stops at 63 characters): the operator caches only the metadata of
 * content ConfigMaps, and reads the hash of a stored revision from here.
 */
export const ANNOTATION_CONTENT_HASH = 'pagemagic.dev/content-sha256';
/** The key of a content ConfigMap that holds the site document, as canonical JSON. */
export const CONTENT_KEY = 'site.json';

/** JSON with object keys sorted at every level, so equal documents hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function contentHashOf(site: SiteDocument): string {
  return sha256Hex(canonicalJson(site));
}

export function contentConfigMapName(website: string, contentHash: string): string {
  return `${website}-content-${contentHash.slice(0, 10)}`;
}

/** A content revision as written: a plain ConfigMap object. */
export type ContentConfigMap = {
  apiVersion: 'v1';
  kind: 'ConfigMap';
  metadata: ObjectMeta & { name: string; namespace: string };
  immutable: true;
  data: Record<string, string>;
};

/** One content revision: immutable, so a Build's input can never change under it. */
export function contentConfigMap(
  website: Website,
  site: SiteDocument,
  contentHash: string,
  annotations: Record<string, string> = {},
): ContentConfigMap {
  const websiteName = website.metadata.name ?? '';
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: contentConfigMapName(websiteName, contentHash),
      namespace: website.metadata.namespace ?? '',
      labels: {
        [LABEL_WEBSITE]: websiteName,
        [LABEL_CONTENT_HASH]: contentHash.slice(0, 63),
        [LABEL_COMPONENT]: 'content',
      },
      ownerReferences: [controllerReference(website)],
      annotations: { [ANNOTATION_CONTENT_HASH]: contentHash, ...annotations },
    },
    immutable: true,
    data: { [CONTENT_KEY]: canonicalJson(site) },
  };
}
