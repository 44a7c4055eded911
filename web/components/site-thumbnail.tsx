// A true thumbnail: the site's home page rendered by the site engine from its current content, shown
// scaled down in a sandboxed frame (no scripts, not focusable).

import { getSiteContent } from '@pagemagic/api/contract/sites';
import { renderSite } from '@pagemagic/operator/render';
import { headers } from 'next/headers';
import { serverClient } from '@/lib/api.ts';
import { selfContainedPage } from '@/lib/preview-html.ts';
import { ThumbnailFrame } from './thumbnail-frame.tsx';

async function homePage(siteId: string): Promise<string | undefined> {
  const client = await serverClient();
  try {
    const { document } = await client.call(getSiteContent, { params: { siteId } });
    const rendered = renderSite(document, { baseUrl: 'https://preview.invalid' });
    const home = rendered.pages[0];
    return home ? selfContainedPage(rendered.files, home.file) : undefined;
  } catch {
    // A site still being written, or content the engine refuses, has no picture yet; the card says so.
    return undefined;
  }
}

export async function SiteThumbnail({ siteId, hasContent }: { siteId: string; hasContent: boolean }) {
  const html = hasContent ? await homePage(siteId) : undefined;
  return (
    <div
      className="relative aspect-[2/1] overflow-hidden border-b border-slate-200 bg-slate-100"
      aria-hidden="true"
      data-thumbnail
    >
      {html ? (
        <ThumbnailFrame siteId={siteId} html={html} nonce={(await headers()).get('x-nonce') ?? undefined} />
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-600">Being written…</div>
      )}
    </div>
  );
}
