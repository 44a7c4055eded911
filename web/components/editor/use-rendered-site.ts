'use client';

// The site rendered in the browser by the same renderer the builds use, at most once per animation frame
// however fast edits come, so the preview follows typing without rendering every keystroke.

import type { SiteDocument } from '@pagemagic/crds/site-document';
import { type RenderedSite, renderSite } from '@pagemagic/operator/render';
import { useEffect, useState } from 'react';

/** Absolute links and canonical URLs need an origin; the preview never loads anything from it. */
const PREVIEW_BASE_URL = 'https://preview.invalid';

export interface RenderState {
  /** The latest document that could be rendered (the previous one while a newer render fails). */
  site?: RenderedSite;
  /** The document `site` was rendered from. */
  rendered?: SiteDocument;
  /** Why the latest document could not be rendered, or undefined when it was. */
  error?: string;
}

export function useRenderedSite(document: SiteDocument): RenderState {
  const [state, setState] = useState<RenderState>({});
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      try {
        const site = renderSite(document, { baseUrl: PREVIEW_BASE_URL });
        setState({ site, rendered: document });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setState((previous) => ({ ...previous, error: message }));
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [document]);
  return state;
}
