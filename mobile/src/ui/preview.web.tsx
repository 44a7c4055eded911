// The web export has no WebView: the same preview link in a sandboxed frame (preview pages carry no
// script, so the frame allows none).

export function BuildPreview({ url, title }: { url: string; title: string }) {
  return (
    <iframe
      src={url}
      title={title}
      sandbox=""
      style={{ height: 480, width: '100%', border: '1px solid #9ca3af', borderRadius: 8 }}
    />
  );
}
