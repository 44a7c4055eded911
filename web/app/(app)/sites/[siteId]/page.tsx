import { getSite } from '@pagemagic/api/contract/sites';
import { mayDeleteSites } from '@/components/account/roles.ts';
import { DeleteSite } from '@/components/delete-site.tsx';
import { SiteProgress } from '@/components/site-progress.tsx';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { businessName } from '@/lib/business-name.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export default async function SiteOverviewPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const client = await serverClient();
  const [site, business, { workspace }] = await Promise.all([
    readOrSignIn(() => client.call(getSite, { params: { siteId } }), `/sites/${siteId}`),
    businessName(siteId),
    currentWorkspace(`/sites/${siteId}`),
  ]);
  return (
    <div className="space-y-6">
      <SiteProgress
        key={site.generation}
        initial={{
          id: site.id,
          phase: site.status.phase,
          url: site.status.url,
          conditions: site.status.conditions,
          ...(site.pinnedBuild ? { pinnedBuild: site.pinnedBuild } : {}),
          ...(site.status.latestBuild ? { latestBuild: site.status.latestBuild } : {}),
          ...(site.status.notPickedUp ? { notPickedUp: site.status.notPickedUp } : {}),
        }}
      />
      <section
        aria-labelledby="brief-heading"
        className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="brief-heading" className="text-lg font-semibold">
          What you asked for
        </h2>
        <p className="mt-2 text-slate-800">{site.prompt}</p>
        <p className="mt-2 text-sm text-slate-700">
          Languages: {site.locales.length > 0 ? site.locales.join(', ') : 'the language of your description'}
        </p>
      </section>
      {mayDeleteSites(workspace?.role) ? <DeleteSite siteId={site.id} title={business ?? site.name} /> : null}
    </div>
  );
}
