// The web export has no WebView: the preview link in a frame that allows nothing (preview pages carry no
// script), cannot be focused or pressed, and loads only when scrolled near. Browsers report few failed
// frame loads; the ones they do report leave the picture for "No preview".

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
      // Four times the box, shown at a quarter from the top-left corner: the page is laid out at a desktop
      // width and fills the 2:1 box exactly at any card width.
      style={{
        position: 'absolute',
        left: 0,
        top: 0,
        width: '400%',
        height: '400%',
        transform: 'scale(0.25)',
        transformOrigin: 'top left',
        border: 0,
        pointerEvents: 'none',
      }}
    />
  );
}
