'use client';

// The thumbnail's frame. Its srcdoc page runs under the framing document's Content-Security-Policy, so
// the page's stylesheet carries that document's nonce: the one this response was rendered with on a first
// load, and the first load's nonce (read from the document) after a client-side navigation.

import { useMemo } from 'react';
import { documentNonce } from '@/lib/document-nonce.ts';
import { withStyleNonce } from '@/lib/preview-html.ts';

export function ThumbnailFrame({ siteId, html, nonce }: { siteId: string; html: string; nonce?: string }) {
  const srcDoc = useMemo(() => withStyleNonce(html, documentNonce() ?? nonce), [html, nonce]);
  return (
    <iframe
      title={`${siteId} thumbnail`}
      srcDoc={srcDoc}
      sandbox=""
      tabIndex={-1}
      loading="lazy"
      // Four times the box, shown at a quarter: the page is laid out at a desktop width and fills the box
      // exactly at any card width (the box's aspect ratio is the frame's).
      className="pointer-events-none absolute left-0 top-0 h-[400%] w-[400%] origin-top-left scale-[0.25] border-0"
    />
  );
}
