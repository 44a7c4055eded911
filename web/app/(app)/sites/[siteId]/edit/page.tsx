import { ApiClientError } from '@pagemagic/api/client';
import { getSite, getSiteContent } from '@pagemagic/api/contract/sites';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Editor } from '@/components/editor/editor.tsx';
import { RefreshWhileWriting } from '@/components/editor/refresh-while-writing.tsx';
import { readOrSignIn, serverClient } from '@/lib/api.ts';

export const metadata: Metadata = { title: 'Edit site' };

export default async function EditSitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const client = await serverClient();
  // 409: the site has no stored content yet, because the AI is still writing it.
  const content = await readOrSignIn(
    () =>
      client.call(getSiteContent, { params: { siteId } }).catch((error: unknown) => {
        if (error instanceof ApiClientError && error.status === 409) return undefined;
        throw error;
      }),
    `/sites/${siteId}/edit`,
  );

  if (!content) {
    return (
      <section
        aria-labelledby="still-writing"
        className="max-w-2xl rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="still-writing" className="text-xl font-semibold">
          This site is still being written
        </h2>
        <p className="mt-2 text-slate-700">
          Page Magic is writing the pages right now. The editor opens as soon as the first version is stored,
          usually within a minute or two; this page checks again every few seconds.
        </p>
        <RefreshWhileWriting />
        <p className="mt-4">
          <Link
            href={`/sites/${siteId}`}
            className="font-medium text-brand-700 underline hover:text-brand-800"
          >
            Watch the progress
          </Link>
        </p>
      </section>
    );
  }

  const site = await readOrSignIn(
    () => client.call(getSite, { params: { siteId } }),
    `/sites/${siteId}/edit`,
  );
  return (
    <Editor
      siteId={siteId}
      revision={content.revision}
      document={content.document}
      {...(site.pinnedBuild ? { pinnedBuild: site.pinnedBuild } : {})}
    />
  );
}
