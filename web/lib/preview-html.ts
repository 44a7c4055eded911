// A rendered page made self-contained for an iframe `srcdoc` (the editor's live preview, the dashboard's
// thumbnails): files the page refers to by root path (art, favicon) are inlined as data URLs, since a
// srcdoc document has no server to fetch them from. Runs on the server and in the browser.

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

/** The page at `file` (e.g. "/index.html") with its images inlined; undefined when there is no such page. */
export function selfContainedPage(files: ReadonlyMap<string, PreviewFile>, file: string): string | undefined {
  const page = files.get(file);
  if (!page) return undefined;
  const html = decoder.decode(page.body);
  return html.replace(
    /(\s(?:src|href)=")(\/[^"#?]+)(")/g,
    (whole, before: string, path: string, after: string) => {
      const target = files.get(path);
      return target && INLINED_TYPES.test(target.contentType) ? `${before}${dataUrl(target)}${after}` : whole;
    },
  );
}
