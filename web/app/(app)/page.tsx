import { listSiteBuilds } from '@pagemagic/api/contract/builds';
import { listSites } from '@pagemagic/api/contract/sites';
import type { Metadata } from 'next';
import Link from 'next/link';
import { LimitNotice } from '@/components/billing/limit-notice.tsx';
import { limitReached } from '@/components/billing/plan-limit.ts';
import { readBilling } from '@/components/billing/read-billing.ts';
import { messagesPath, newMessagesLabel } from '@/components/messages/message-words.ts';
import { unhandledCount } from '@/components/messages/unhandled-count.ts';
import { PhaseBadge } from '@/components/phase-badge.tsx';
import { SiteDeletedNotice } from '@/components/site-deleted-notice.tsx';
import { SiteThumbnail } from '@/components/site-thumbnail.tsx';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export const metadata: Metadata = { title: 'Your sites' };

/** A site's name as the delete action sends it back here (a DNS label), or undefined for anything else. */
function deletedSite(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,62}$/.test(value) ? value : undefined;
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const deleted = deletedSite((await searchParams).deleted);
  const client = await serverClient();
  const { items: listed } = await readOrSignIn(() => client.call(listSites, { query: { limit: 50 } }), '/');
  // The site just deleted may still be listed for a moment while its parts are removed.
  const sites = listed.filter((site) => site.id !== deleted);
  // Every site's live Build at once (when it went live), not one after the other; its new messages too.
  const [published, unhandled, billing] = await Promise.all([
    Promise.all(
      sites.map(async (site) => {
        if (!site.status.liveBuild) return undefined;
        const { items } = await client.call(listSiteBuilds, { params: { siteId: site.id } });
        const live = items.find((build) => build.live);
        return live?.completedAt ?? live?.createdAt;
      }),
    ),
    Promise.all(sites.map((site) => unhandledCount(client, site.id))),
    currentWorkspace('/').then(({ workspace }) => readBilling(client, workspace?.id)),
  ]);
  const siteLimit = billing ? limitReached(billing, 'websites') : undefined;

  const notice = <SiteDeletedNotice siteId={deleted} />;
  if (sites.length === 0) {
    return (
      <section className="mx-auto max-w-2xl py-16 text-center">
        {notice}
        <h1 className="text-3xl font-bold tracking-tight">Your first site is one sentence away</h1>
        <p className="mt-4 text-lg text-slate-700">
          Describe your business and Page Magic writes the pages, picks a look, builds the site and puts it
          online.
        </p>
        <Link
          href="/new"
          className="mt-8 inline-block rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          Describe your business
        </Link>
      </section>
    );
  }

  return (
    <section>
      {notice}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight">Your sites</h1>
        {siteLimit ? (
          <button
            type="button"
            disabled
            aria-describedby="site-limit"
            className="cursor-not-allowed rounded-md bg-brand-700 px-4 py-2 font-semibold text-white opacity-70"
          >
            New site
          </button>
        ) : (
          <Link
            href="/new"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            New site
          </Link>
        )}
      </div>
      {siteLimit ? (
        <div className="mt-3">
          <LimitNotice id="site-limit" limit={siteLimit} />
        </div>
      ) : null}
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {sites.map((site, index) => (
          <li key={site.id} className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            <SiteThumbnail siteId={site.id} hasContent={Boolean(site.status.contentRevision)} />
            <div className="space-y-2 p-4">
              <div className="flex items-center justify-between gap-2">
                <h2 className="truncate text-lg font-semibold">
                  <Link href={`/sites/${site.id}`} className="hover:text-brand-700 hover:underline">
                    {site.name}
                  </Link>
                </h2>
                <PhaseBadge phase={site.status.phase} />
              </div>
              {site.status.url ? (
                <p className="truncate text-sm">
                  <a href={site.status.url} className="text-brand-700 underline" rel="noopener">
                    {site.status.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  </a>
                </p>
              ) : null}
              <p className="text-sm text-slate-700">
                Last published: {published[index] ? formatDateTime(published[index]) : 'not yet'}
              </p>
              {unhandled[index] ? (
                <p>
                  <Link
                    href={messagesPath(site.id, { state: 'unhandled' })}
                    className="inline-block rounded-full bg-brand-100 px-2.5 py-0.5 text-sm font-semibold text-brand-800 underline-offset-2 hover:underline"
                  >
                    {newMessagesLabel(unhandled[index])}
                    <span className="sr-only"> for {site.name}</span>
                  </Link>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
