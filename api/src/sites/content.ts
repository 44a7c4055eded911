// Content revisions as the operator keeps them: an immutable ConfigMap per site document, named by its
// content hash, labelled and owned by the Website. The API makes them with the operator's own builder, so
// an edit from the API and a revision the operator stores itself are the same object, down to the name:
// the operator finds the revision already there and creates nothing.

import type { Website } from '@pagemagic/crds';
import { type ChangeCause, causeAnnotations } from '@pagemagic/crds';
import {
  ANNOTATION_CONTENT_HASH,
  CONTENT_KEY,
  contentConfigMap,
  contentHashOf,
  LABEL_WEBSITE,
} from '@pagemagic/crds/content';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import {
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  resources,
} from '@pagemagic/operator/runtime';
import { ApiError } from '../errors.ts';
import { kubeCall } from './store.ts';

interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

export interface ContentIssue {
  path: string;
  message: string;
}

/**
 * Every problem with a document, each with where it is (as the request's own validation errors name
 * `body/...` paths), or the document itself when it is valid.
 */
export function checkSiteDocument(document: unknown): SiteDocument {
  const validation = validateSiteDocument(document);
  if (validation.ok) return validation.value;
  const issues: ContentIssue[] = validation.errors.map((error) => ({
    path: `body/document${error.path}`,
    message: error.message,
  }));
  const first = issues[0];
  throw new ApiError(
    'validation_failed',
    `The site document is not valid: ${first ? `${first.path} ${first.message}` : 'see details'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}; fix every listed path and send it again`,
    { issues },
  );
}

/** Stores `document` as a content revision of `website` (which must be read from the API server: its uid owns it). */
export async function storeContentRevision(
  kube: KubeClient,
  website: Website,
  document: SiteDocument,
  cause?: ChangeCause,
): Promise<string> {
  const hash = contentHashOf(document);
  const configMap = contentConfigMap(website, document, hash, cause ? causeAnnotations(cause) : {});
  const name = configMap.metadata.name;
  try {
    await kubeCall(() => kube.create(resources.configMaps, configMap));
    return name;
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  // Names are content-addressed, so an existing one is this very revision, unless the short hash in the
  // name collided: the full hash is in an annotation.
  const existing = await kubeCall(() =>
    kube.get<ConfigMap>(resources.configMaps, website.metadata.namespace, name),
  );
  const sameSite = existing.metadata?.labels?.[LABEL_WEBSITE] === website.metadata.name;
  if (!sameSite || existing.metadata?.annotations?.[ANNOTATION_CONTENT_HASH] !== hash) {
    throw new ApiError(
      'conflict',
      `A different content revision named ${name} already exists; change the document slightly and save again`,
    );
  }
  return name;
}

/** The document stored in a content revision of `site`; not_found when it is gone or not this site's. */
export async function readContentRevision(
  kube: KubeClient,
  namespace: string,
  site: string,
  revision: string,
): Promise<SiteDocument> {
  let configMap: ConfigMap;
  try {
    configMap = await kubeCall(() => kube.get<ConfigMap>(resources.configMaps, namespace, revision));
  } catch (error) {
    if (isNotFound(error)) throw gone(site, revision);
    throw error;
  }
  const text = configMap.data?.[CONTENT_KEY];
  if (text === undefined) throw gone(site, revision);
  const validation = validateSiteDocument(JSON.parse(text));
  if (!validation.ok) {
    throw new ApiError(
      'conflict',
      `The content revision ${revision} of site ${site} is not a valid site document; save a corrected one`,
      { issues: validation.errors, hint: `PUT /api/v1/sites/${site}/content saves one` },
    );
  }
  return validation.value;
}

function gone(site: string, revision: string): ApiError {
  return new ApiError(
    'not_found',
    `The content revision ${revision} of site ${site} is gone (replaced and pruned); read the site again and use its current content`,
  );
}
