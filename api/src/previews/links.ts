// Preview links for Builds: `${publicUrl}/preview/<token>/`, the token signed with the API's preview key.

import type { ApiConfig } from '../config.ts';
import { type PreviewTarget, PreviewTokens } from './token.ts';

const signers = new WeakMap<ApiConfig, PreviewTokens>();

/**
 * Fixed rather than the public URL: the key is what makes a link genuine, and a URL that differs between
 * replicas or changes on a redeploy would void every link handed out.
 */
export const PREVIEW_ISSUER = 'pagemagic-api/preview';

/** The signer for this configuration (one per process: the key is copied once). */
export function previewTokens(config: ApiConfig): PreviewTokens {
  let signer = signers.get(config);
  if (!signer) {
    signer = new PreviewTokens({
      key: config.preview.signingKey,
      ttlSeconds: config.preview.ttlSeconds,
      issuer: PREVIEW_ISSUER,
    });
    signers.set(config, signer);
  }
  return signer;
}

export const PREVIEW_PREFIX = '/preview/';

/** A fresh preview link for one Build; the namespace must be the caller's workspace's. */
export async function previewLink(
  config: ApiConfig,
  target: PreviewTarget,
  now?: Date,
): Promise<{ previewUrl: string; expiresAt: Date }> {
  const { token, expiresAt } = await previewTokens(config).sign(target, now);
  return { previewUrl: `${config.publicUrl}${PREVIEW_PREFIX}${token}/`, expiresAt };
}

/** Just the URL, for lists of Builds (GET /sites/:siteId/builds fills `previewUrl` with it). */
export async function previewUrlFor(config: ApiConfig, namespace: string, build: string): Promise<string> {
  return (await previewLink(config, { namespace, build })).previewUrl;
}
