import { ApiClientError } from '@pagemagic/api/client';
import { getSite } from '@pagemagic/api/contract/sites';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { unhandledCount } from '@/components/messages/unhandled-count.ts';
import { SiteTabs } from '@/components/site-tabs.tsx';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { businessName } from '@/lib/business-name.ts';

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ siteId: string }>;
}) {
  const { siteId } = await params;
  const client = await serverClient();
  // Another workspace's site is "not found", the same as one that does not exist: the API answers 404.
  const [site, business, unhandled] = await Promise.all([
    readOrSignIn(
      () =>
        client.call(getSite, { params: { siteId } }).catch((error: unknown) => {
          if (error instanceof ApiClientError && (error.status === 404 || error.status === 400)) notFound();
          throw error;
        }),
      `/sites/${siteId}`,
    ),
    businessName(siteId),
    unhandledCount(client, siteId),
  ]);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words">{business ?? site.name}</h1>
          {business ? (
            <p className="mt-1 text-sm text-slate-700" data-site-name>
              Site name: <span className="font-mono">{site.name}</span>
            </p>
          ) : null}
        </div>
        {site.status.url ? (
          <a href={site.status.url} className="text-sm text-brand-700 underline" rel="noopener">
            {site.status.url}
          </a>
        ) : null}
      </div>
      <SiteTabs siteId={site.id} unhandled={unhandled} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
