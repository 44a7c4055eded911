// The web export has no WebView: the preview link in a frame that allows nothing (preview pages carry no
// script), cannot be focused or pressed, and loads only when scrolled near. Browsers report few failed
// frame loads; the ones they do report leave the picture for "No preview".

import { PAGE_AT_A_QUARTER, PAGE_SCALE } from './thumbnail-layout.ts';

export function ThumbnailPage({ url, onFailed }: { url: string; onFailed: () => void }) {
  return (
    <iframe
      src={url}
      title="Thumbnail"
      sandbox=""
      tabIndex={-1}
      aria-hidden
      loading="lazy"
      onError={onFailed}
      style={{ ...PAGE_AT_A_QUARTER, transform: `scale(${PAGE_SCALE})`, border: 0, pointerEvents: 'none' }}
    />
  );
}
