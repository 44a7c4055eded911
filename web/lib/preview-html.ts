// A rendered page made self-contained for an iframe `srcdoc` (the editor's live preview, the dashboard's
// thumbnails): files the page refers to by root path (art, favicon) are inlined as data URLs, since a
// srcdoc document has no server to fetch them from. Runs on the server and in the browser.
//
// A srcdoc document runs under the policy of the page that frames it (lib/csp.ts), so the site's inline
// stylesheet needs that page's nonce. The renderer writes the one `<style>` itself and escapes every `<` of
// the site's content, so each `<style` in the page is one of its own.

export interface PreviewFile {
  body: Uint8Array;
  contentType: string;
}

const INLINED_TYPES = /^image\//;
const decoder = new TextDecoder();

function dataUrl(file: PreviewFile): string {
  const type = file.contentType.split(';')[0]?.trim() ?? 'application/octet-stream';
  if (type === 'image/svg+xml')
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(decoder.decode(file.body))}`;
  let binary = '';
  for (const byte of file.body) binary += String.fromCharCode(byte);
  return `data:${type};base64,${btoa(binary)}`;
}

export interface SelfContainedOptions {
  /** The framing page's Content-Security-Policy nonce, put on the page's inline stylesheet. */
  styleNonce?: string;
}

const NONCE = /^[A-Za-z0-9+/=_-]+$/;

/** `html` with `nonce` on each of its inline stylesheets (a value that is not a nonce changes nothing). */
export function withStyleNonce(html: string, nonce: string | undefined): string {
  if (nonce === undefined || !NONCE.test(nonce)) return html;
  return html.replace(/<style(?=[\s>])/g, `<style nonce="${nonce}"`);
}

/** The page at `file` (e.g. "/index.html") with its images inlined; undefined when there is no such page. */
export function selfContainedPage(
  files: ReadonlyMap<string, PreviewFile>,
  file: string,
  options: SelfContainedOptions = {},
): string | undefined {
  const page = files.get(file);
  if (!page) return undefined;
  const html = withStyleNonce(decoder.decode(page.body), options.styleNonce);
  return html.replace(
    /(\s(?:src|href)=")(\/[^"#?]+)(")/g,
    (whole, before: string, path: string, after: string) => {
      const target = files.get(path);
      return target && INLINED_TYPES.test(target.contentType) ? `${before}${dataUrl(target)}${after}` : whole;
    },
  );
}
